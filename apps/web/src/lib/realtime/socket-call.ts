import type { Ack, ErrorCode } from '@trainaction/contracts';

/** The part of a socket.io client socket the page states need; a fake in tests. */
export interface EmitterSocket {
  readonly connected: boolean;
  on(event: string, handler: (...args: never[]) => void): unknown;
  off(event: string, handler: (...args: never[]) => void): unknown;
  emit(event: string, ...args: unknown[]): unknown;
}

export type CallResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode | 'TIMEOUT' | 'OFFLINE'; message: string };

/** One ack'ed socket call with a timeout; never throws. */
export function socketCall<T>(socket: EmitterSocket | null, event: string, payload: unknown, timeoutMs = 10_000): Promise<CallResult<T>> {
  if (!socket?.connected) return Promise.resolve({ ok: false, code: 'OFFLINE', message: 'not connected' });
  return new Promise((resolve) => {
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      resolve({ ok: false, code: 'TIMEOUT', message: 'no answer' });
    }, timeoutMs);
    socket.emit(event, payload, (res: Ack<T>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (res && res.ok) resolve({ ok: true, data: res.data });
      else resolve({ ok: false, code: res?.error?.code ?? 'INTERNAL', message: res?.error?.message ?? 'unknown error' });
    });
  });
}
