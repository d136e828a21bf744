import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import { TtlCache } from './ttl-cache';

const EVENT = 'cache:invalidate';

/**
 * The read caches of this API node, by name. When socket.io runs on Redis (several nodes), an entry
 * dropped here because of a write is dropped on every other node too, so a mute, a ban or a room lock
 * applies everywhere at once, and the caches can live long (CACHE_TTL_MS).
 */
@Injectable()
export class CacheBus {
  /** What to drop here when another node says `name` changed, by name. */
  private readonly droppers = new Map<string, (key: unknown) => void>();
  /** Who wants to know when a named cache drops entries here (see `watch`). */
  private readonly watchers = new Map<string, ((key: string | null) => void)[]>();
  private server?: Server;

  cache<V>(name: string, ttlMs = CACHE_TTL_MS, maxEntries = 20_000): TtlCache<V> {
    const cache: TtlCache<V> = new TtlCache<V>(
      ttlMs,
      maxEntries,
      this.channel(name, (key) => cache.drop(key)),
      (key) => this.watchers.get(name)?.forEach((watcher) => watcher(key)),
    );
    return cache;
  }

  /**
   * Calls `watcher` whenever the cache `name` drops entries on this node: after a write of its documents
   * here or on another node. For state derived from those documents (e.g. reports from memberships).
   */
  watch(name: string, watcher: (key: string | null) => void): void {
    this.watchers.set(name, [...(this.watchers.get(name) ?? []), watcher]);
  }

  /**
   * A named invalidation for state kept outside a TtlCache: `drop` runs here when another node (or a
   * reconnection to Redis) says the key (null: everything) changed; the function returned tells the others.
   * The key may be any JSON value: what changed, as precisely as the receiver needs.
   */
  channel<K = string>(name: string, drop: (key: K | null) => void): (key: K | null) => void {
    this.droppers.set(name, drop as (key: unknown) => void);
    return (key) => this.server?.serverSideEmit(EVENT, name, key);
  }

  /** Empties every cache of this node (after missing invalidations). */
  dropAll(): void {
    for (const drop of this.droppers.values()) drop(null);
  }

  /** Called by the realtime adapter once socket.io uses the Redis adapter. */
  connect(server: Server): void {
    this.server = server;
    server.on(EVENT as 'connection', ((name: string, key: unknown) => this.droppers.get(name)?.(key)) as never);
  }
}

/** How long a cached document is trusted without a write telling otherwise. */
export const CACHE_TTL_MS = 5 * 60_000;
