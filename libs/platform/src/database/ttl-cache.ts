/**
 * A small read cache with a time limit, for documents read on every message (room, cohort, membership,
 * author). `write` also tells the other API nodes (see CacheBus); the time limit is the safety net for
 * writes made outside the API.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();
  private nextSweep = 0;
  /** Bumped by every drop: a load that began before a drop is returned but not kept. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 20_000,
    /** Called with the key (null: everything) when this node drops entries because of a write. */
    private readonly onInvalidate: (key: string | null) => void = () => undefined,
  ) {}

  async get(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const generation = this.generation;
    const value = await load();
    if (generation !== this.generation) return value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    if (now >= this.nextSweep) this.sweep(now);
    this.entries.set(key, { value, until: now + this.ttlMs });
    return value;
  }

  /** Expired entries are dropped at most once per time limit, so memory follows the active keys. */
  private sweep(now: number): void {
    this.nextSweep = now + this.ttlMs;
    for (const [key, entry] of this.entries) if (entry.until <= now) this.entries.delete(key);
  }

  /**
   * Runs a write of the document under `key` (null: of any), then drops it here and on the other nodes.
   * Dropping after the write (and ignoring loads that began before) keeps a read racing the write from
   * caching the old document.
   */
  async write<T>(key: string | null, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      this.drop(key);
      this.onInvalidate(key);
    }
  }

  /** Drops an entry (null: all) on this node only: what another node's invalidation does here. */
  drop(key: string | null): void {
    this.generation++;
    if (key === null) this.entries.clear();
    else this.entries.delete(key);
  }
}
