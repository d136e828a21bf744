import { describe, expect, it } from 'vitest';
import { decodeSyncToken, encodeSyncToken, SYNC_WINDOW_MS } from './sync-token';

const raw = (json: string) => Buffer.from(json).toString('base64url');

describe(decodeSyncToken.name, () => {
  it('reads back what the server wrote, with the safety window on final tokens only', () => {
    const t = Date.UTC(2026, 6, 1);
    expect(decodeSyncToken(encodeSyncToken({ t, w: true }))?.getTime()).toBe(t - SYNC_WINDOW_MS);
    expect(decodeSyncToken(encodeSyncToken({ t, w: false }))?.getTime()).toBe(t);
  });

  it('refuses times no Date can hold and anything that is not a whole, non-negative millisecond count', () => {
    for (const json of [
      '{"t":1e308}',
      '{"t":8640000000000001}',
      '{"t":1e16,"w":false}',
      '{"t":-1}',
      '{"t":1.5}',
      '{"t":"1"}',
      '{}',
      'null',
      '[]',
      'not json',
    ]) {
      expect(decodeSyncToken(raw(json)), json).toBeNull();
    }
    expect(decodeSyncToken(raw('{"t":8640000000000000,"w":false}'))?.getTime()).toBe(8.64e15);
  });
});
