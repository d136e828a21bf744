import type { ErrorCode } from '@trainaction/contracts';

/** A message typed by this person that the server has not acknowledged yet. */
export interface PendingMessage {
  clientMsgId: string;
  body: string;
  threadRootId?: string;
  queuedAt: string;
  attempts: number;
  /** Set when the server refused it for good (locked room, invalid body…): shown, not retried. */
  failed?: ErrorCode | 'UNKNOWN';
}

/** Key-value storage for the outbox (localStorage in the browser, a Map in tests). */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Server refusals worth retrying later with the same clientMsgId. */
export const RETRYABLE = new Set<string>(['RATE_LIMITED', 'SLOW_MODE', 'UNAVAILABLE', 'INTERNAL', 'TIMEOUT', 'OFFLINE']);

export function defaultBackoff(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.min(attempt - 1, 5)) + Math.floor(Math.random() * 500);
}

export function newClientId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

/** The outbox key: per room and per person, so a shared computer never sends someone else's draft. */
export function outboxKey(roomId: string, userId: string): string {
  return `ta_room_outbox:${roomId}:${userId}`;
}

/** The outbox kept in storage for this room and person (nothing when unreadable). */
export function readOutbox(storage: OutboxStorage | null, roomId: string, userId: string): PendingMessage[] {
  try {
    const raw = storage?.getItem(outboxKey(roomId, userId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed)
      ? parsed.filter((p): p is PendingMessage => typeof p?.clientMsgId === 'string' && typeof p?.body === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Stores the outbox (or forgets it when empty); a full or disabled storage leaves it to this page. */
export function writeOutbox(storage: OutboxStorage | null, roomId: string, userId: string, outbox: readonly PendingMessage[]): void {
  if (!storage) return;
  try {
    const key = outboxKey(roomId, userId);
    if (outbox.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(outbox));
  } catch {
    // Storage full or disabled: the outbox still works for this page.
  }
}
