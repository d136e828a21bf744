/**
 * Sync tokens say "I have seen every change up to here". A change is found by its `changedAt`; because
 * API nodes' clocks and in-flight writes can disagree by a little, a final token is read with a safety
 * window, and clients de-duplicate by message id (newest `changedAt` wins).
 */
export const SYNC_WINDOW_MS = 10_000;

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
    if (typeof token.t !== 'number' || !Number.isFinite(token.t) || token.t < 0) return null;
    return new Date(token.w === false ? token.t : token.t - SYNC_WINDOW_MS);
  } catch {
    return null;
  }
}
