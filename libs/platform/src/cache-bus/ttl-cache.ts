import { SharedReads } from '../database/shared-reads';

/**
 * A small read cache with a time limit, for documents read on every message (room, cohort, membership,
 * author) and for what a join shows of a room. `write` also tells the other API nodes (see CacheBus);
 * the time limit is the safety net for writes made outside the API.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();
  private nextSweep = 0;
  /**
   * A load that began before a drop of its key (or of everything) is returned but not kept. Every drop
   * takes the next generation; `dropped` remembers it per key, `clearedAt` for drops of everything.
   */
  private generation = 0;
  private clearedAt = 0;
  private readonly dropped = new Map<string, number>();
  /** Misses of one key share a load (each caller's begun after it asked): a join storm reads a room once. */
  private readonly loads = new SharedReads<V>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 20_000,
    /** Called with the key (null: everything) when this node drops entries because of a write. */
    private readonly onInvalidate: (key: string | null) => void = () => undefined,
    /** Called after every drop, whether a write here or another node's invalidation caused it. */
    private readonly onDrop: (key: string | null) => void = () => undefined,
  ) {}

  async get(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const began = this.generation;
    const value = await this.loads.read(key, load);
    if (this.clearedAt > began || (this.dropped.get(key) ?? 0) > began) return value;
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
      this.invalidate(key);
    }
  }

  /** What `write` does after its work, for writes that learn their key from the write itself. */
  invalidate(key: string | null): void {
    this.drop(key);
    this.onInvalidate(key);
  }

  /** Drops an entry (null: all) on this node only: what another node's invalidation does here. */
  drop(key: string | null): void {
    const generation = ++this.generation;
    if (key === null || this.dropped.size >= this.maxEntries) {
      this.clearedAt = generation;
      this.dropped.clear();
    }
    if (key === null) this.entries.clear();
    else {
      this.dropped.set(key, generation);
      this.entries.delete(key);
    }
    this.onDrop(key);
  }
}
