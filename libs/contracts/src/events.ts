import type { Ack } from './errors';

/** Events the server emits to clients. Grows with each feature; both ends import it. */
export interface ServerToClientEvents {
  'session:revoked': (payload: { reason: string }) => void;
  'notification:new': (payload: { id: string; kind: string; text: string; createdAt: string }) => void;
}

/** Events clients send; each takes an ack answered only after the change is stored. */
export interface ClientToServerEvents {
  'session:whoami': (payload: Record<string, never>, ack: (res: Ack<{ userId: string; role: string }>) => void) => void;
}

/** The personal room every authenticated socket joins. */
export function userRoom(userId: string): string {
  return `user:${userId}`;
}
