import type { Ack } from '@trainaction/contracts';
import { io, type Socket } from 'socket.io-client';

/** A real socket.io client connected with an access token (websocket only, no automatic reconnection). */
export function connectSocket(url: string, token: string, options: { reconnection?: boolean } = {}): Promise<Socket> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: options.reconnection ?? false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Emits an event and waits for its ack. */
export function call<T>(socket: Socket, event: string, payload: unknown, timeoutMs = 10_000): Promise<Ack<T>> {
  return socket.timeout(timeoutMs).emitWithAck(event, payload);
}

/** Emits an event and returns the ack's data, or throws with the error the server answered. */
export async function callOk<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  const reply = await call<T>(socket, event, payload);
  if (!reply.ok) throw new Error(`${event} failed: ${JSON.stringify(reply.error)}`);
  return reply.data;
}
