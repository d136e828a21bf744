import type { Writable } from 'node:stream';
import type { Server } from 'socket.io';

/** What this module reads of engine.io's socket and its websocket transport (`ws` underneath). */
interface EngineSocket {
  transport: { name: string; writable: boolean; socket?: { _socket?: Writable } };
}

/** The TCP socket under a websocket transport; none for polling. */
function tcpSocket(engineSocket: EngineSocket): Writable | undefined {
  const { transport } = engineSocket;
  return transport.name === 'websocket' ? transport.socket?._socket : undefined;
}

/**
 * Sends what one turn of the event loop writes to a websocket in one system call, at the end of the turn
 * (the corking uWebSockets does). In a busy room every member receives several messages per turn, and a
 * socket write costs about 9 µs of kernel time on loopback, most of a delivery's cost (docs/performance.md).
 *
 * engine.io sends one batch at a time per socket and holds later packets until the previous write's
 * callback; with the socket corked that callback waits for the turn's end. So after each batch the
 * websocket transport is made writable again: `ws` queues the frames in order in the corked socket, and
 * every frame's callback still runs once it is written. Polling transports are left as they are.
 *
 * A websocket transport therefore always looks writable: socket.io's `volatile` emits, which are dropped
 * while it is not, are not dropped for websocket clients (the app uses none).
 */
export function writeOncePerTurn(server: Pick<Server, 'engine'>): void {
  let held: Writable[] = [];
  const release = () => {
    const sockets = held;
    held = [];
    for (const socket of sockets) socket.uncork();
  };
  // engine.io emits 'flush' before it hands a socket's packets to the transport, and 'drain' after.
  server.engine.on('flush', (engineSocket: EngineSocket) => {
    const socket = tcpSocket(engineSocket);
    if (!socket || socket.writableCorked > 0) return; // polling, or already held this turn
    socket.cork();
    if (held.push(socket) === 1) setImmediate(release);
  });
  server.engine.on('drain', (engineSocket: EngineSocket) => {
    if (tcpSocket(engineSocket)?.writableCorked) engineSocket.transport.writable = true;
  });
}
