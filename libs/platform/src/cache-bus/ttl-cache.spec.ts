import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('does not keep a value whose read began before a write of it ended', async () => {
    const invalidated: (string | null)[] = [];
    const cache = new TtlCache<string>(60_000, 100, (key) => invalidated.push(key));
    let stored = 'old';
    let release!: () => void;
    const slowRead = cache.get('k', () => {
      const seen = stored; // read before the write…
      return new Promise<string>((resolve) => (release = () => resolve(seen)));
    });
    await cache.write('k', async () => {
      stored = 'new';
    });
    release();
    expect(await slowRead).toBe('old'); // …answered after it: the caller gets what it read…
    expect(await cache.get('k', async () => 'fresh')).toBe('fresh'); // …but it was not kept
    expect(invalidated).toEqual(['k']); // and the other nodes were told, after the write
  });

  it('serves a cached value until a write drops it, and drops everything after a write of any key', async () => {
    const invalidated: (string | null)[] = [];
    const cache = new TtlCache<number>(60_000, 100, (key) => invalidated.push(key));
    expect(await cache.get('a', async () => 1)).toBe(1);
    expect(await cache.get('a', async () => 2)).toBe(1);
    await cache.write(null, async () => undefined);
    expect(await cache.get('a', async () => 3)).toBe(3);
    expect(invalidated).toEqual([null]);
  });

  it('keeps a value whose read began before a write of another key', async () => {
    const cache = new TtlCache<string>(60_000, 100);
    let release!: () => void;
    const slowRead = cache.get('a', () => new Promise<string>((resolve) => (release = () => resolve('a1'))));
    await cache.write('b', async () => undefined);
    cache.invalidate('c');
    release();
    expect(await slowRead).toBe('a1');
    expect(await cache.get('a', async () => 'a2')).toBe('a1');
  });

  it('does not keep a read that began before the per-key memory of drops overflowed', async () => {
    const cache = new TtlCache<string>(60_000, 2);
    let release!: () => void;
    const slowRead = cache.get('a', () => new Promise<string>((resolve) => (release = () => resolve('a1'))));
    for (const key of ['a', 'b', 'c']) cache.drop(key); // 'a' is forgotten when the memory is cleared…
    release();
    await slowRead;
    expect(await cache.get('a', async () => 'a2')).toBe('a2'); // …but counted as dropped
  });

  it('serves concurrent misses of a key with one load begun after each caller asked', async () => {
    const cache = new TtlCache<number>(60_000, 100);
    const releases: (() => void)[] = [];
    let loads = 0;
    const load = () => new Promise<number>((resolve) => releases.push(() => resolve(++loads)));
    const first = cache.get('k', load);
    await cache.write('k', async () => undefined); // a write lands while the first load runs…
    const [second, third] = [cache.get('k', load), cache.get('k', load)]; // …these ask after it
    releases[0]();
    expect(await first).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    releases[1]();
    expect([await second, await third]).toEqual([2, 2]); // one later load for both, not the first one
    expect(loads).toBe(2);
    expect(await cache.get('k', load)).toBe(2); // and it was kept
  });
});
