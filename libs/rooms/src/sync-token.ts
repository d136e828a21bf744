/**
 * Sync tokens say "I have seen every change up to here". A change is found by its `changedAt`; because
 * API nodes' clocks and in-flight writes can disagree by a little, a final token is read with a safety
 * window, and clients de-duplicate by message id (newest `changedAt` wins).
 */
export const SYNC_WINDOW_MS = 10_000;

/** The latest time a JavaScript Date can hold (ECMAScript: 8.64e15 ms after the epoch). */
const MAX_TIME_MS = 8.64e15;

interface Token {
  t: number;
  /** false for a continuation token (more changes to page through), read without the window */
  w: boolean;
}

export function encodeSyncToken(token: Token): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

export function decodeSyncToken(value: string): Date | null {
  try {
    const token = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Token>;
    // Finite is not enough: `1e308` is finite but no Date can hold it, and an invalid Date fails later
    // in the query. Only a whole number of milliseconds a Date can represent is a time from this server.
    if (typeof token.t !== 'number' || !Number.isSafeInteger(token.t) || token.t < 0 || token.t > MAX_TIME_MS) return null;
    return new Date(token.w === false ? token.t : token.t - SYNC_WINDOW_MS);
  } catch {
    return null;
  }
}
