import type { Writable } from 'node:stream';
import type { Server } from 'socket.io';

/** What this module reads of engine.io's socket and its websocket transport (`ws` underneath). */
interface EngineSocket {
  transport: { name: string; writable: boolean; socket?: { _socket?: Writable } };
}

/**
 * Sends what one turn of the event loop writes to a websocket in one system call, at the end of the turn
 * (the corking uWebSockets does). In a busy room every member receives several messages per turn, and a
 * socket write costs about 9 µs of kernel time on loopback, most of a delivery's cost (docs/performance.md).
 *
 * engine.io sends one packet at a time per socket and holds the next ones until the previous write's
 * callback; with the socket corked that callback waits for the turn's end, so a websocket transport is
 * kept writable: `ws` queues the frames in order in the corked socket, and every frame's callback still
 * runs once it is written. Polling transports are left as they are.
 */
export function writeOncePerTurn(server: Server): void {
  const alwaysWritable = new WeakSet<object>();
  let held: Writable[] = [];
  const release = () => {
    const sockets = held;
    held = [];
    for (const socket of sockets) socket.uncork();
  };
  server.engine.on('flush', (engineSocket: EngineSocket) => {
    const transport = engineSocket.transport;
    if (transport.name !== 'websocket') return;
    const raw = transport.socket?._socket;
    if (!raw || raw.writableCorked > 0) return; // already held this turn
    if (!alwaysWritable.has(transport)) {
      Object.defineProperty(transport, 'writable', { get: () => true, set: () => undefined });
      alwaysWritable.add(transport);
    }
    raw.cork();
    if (held.push(raw) === 1) setImmediate(release);
  });
}
