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
  private readonly caches = new Map<string, TtlCache<unknown>>();
  private server?: Server;

  cache<V>(name: string, ttlMs = CACHE_TTL_MS, maxEntries = 20_000): TtlCache<V> {
    const cache = new TtlCache<V>(ttlMs, maxEntries, (key) => this.server?.serverSideEmit(EVENT, name, key));
    this.caches.set(name, cache as TtlCache<unknown>);
    return cache;
  }

  /** Empties every cache of this node (after missing invalidations). */
  dropAll(): void {
    for (const cache of this.caches.values()) cache.drop(null);
  }

  /** Called by the realtime adapter once socket.io uses the Redis adapter. */
  connect(server: Server): void {
    this.server = server;
    server.on(EVENT as 'connection', ((name: string, key: string | null) => this.caches.get(name)?.drop(key)) as never);
  }
}

/** How long a cached document is trusted without a write telling otherwise. */
export const CACHE_TTL_MS = 5 * 60_000;
