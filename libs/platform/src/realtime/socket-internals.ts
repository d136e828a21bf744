/**
 * The socket stack's releases this folder and `../cache-bus` were written against, for what they use beyond
 * socket.io's and Nest's documented API. `socket-internals.spec.ts` checks that the installed copies (the
 * ones socket.io itself loads) are of these lines and exercises each internal below, so an upgrade fails
 * there, by name, instead of as slower rooms or silent presence. After an upgrade: read the upstream
 * changes for each item, run the spec and realtime.adapter.spec.ts, turn-writes.spec.ts, then raise the line.
 *
 * - engine.io: the server's 'flush' and 'drain' events with the engine socket; `socket.transport.name`,
 *   `.writable` (written to: engine.io holds a socket's next batch until it is true) and `.socket` (the `ws`
 *   WebSocket) — `turn-writes.ts`.
 * - ws: `WebSocket#_socket`, the TCP socket under a websocket, corked for a turn — `turn-writes.ts`.
 * - socket.io: `server.engine.clientsCount` (metrics), `server.sockets.adapter.rooms` and
 *   `server.sockets.sockets` (`realtime.adapter.ts` closeRevoked, `realtime.publisher.ts` localSockets), the
 *   in-memory adapter's 'leave-room' event (room presence, libs/rooms' gateway).
 * - Nest (@nestjs/websockets calling @nestjs/platform-socket.io's IoAdapter): `bindMessageHandlers` called once
 *   per gateway per connection with `{ message, callback, isAckHandledManually }`, `bindClientDisconnect` only
 *   bound when defined, and `mapPayload` — overridden or used by `realtime.adapter.ts`' shared dispatcher.
 */
export const SOCKET_STACK_WRITTEN_FOR = {
  'socket.io': '4.8.x',
  'engine.io': '6.6.x',
  ws: '8.x',
  '@nestjs/websockets': '11.x',
  '@nestjs/platform-socket.io': '11.x',
} as const;

/** Whether a version is of a line written as `4.8.x` or `8.x`. */
export function isOfLine(version: string, line: string): boolean {
  const fixed = line.split('.').filter((part) => part !== 'x');
  const parts = version.split(/[.+-]/);
  return fixed.every((part, i) => parts[i] === part);
}
