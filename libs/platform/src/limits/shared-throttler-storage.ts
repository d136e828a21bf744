import { Logger } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';

type Hits = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * The HTTP throttler's counts in Redis, shared by every API node (@nest-lab/throttler-storage-redis, one
 * atomic script per request), so N nodes allow the limit once, not N times. While Redis cannot answer,
 * requests are counted on this node (the throttler's own in-memory storage) rather than refused or held.
 */
export class SharedThrottlerStorage implements ThrottlerStorage {
  private readonly shared: ThrottlerStorageRedisService;
  private readonly local = new ThrottlerStorageService();
  private readonly logger = new Logger(SharedThrottlerStorage.name);
  private failing = false;

  constructor(redis: Redis) {
    this.shared = new ThrottlerStorageRedisService(redis);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<Hits> {
    try {
      const hits = await this.shared.increment(key, ttl, limit, blockDuration, throttlerName);
      this.failing = false;
      return hits;
    } catch (error) {
      if (!this.failing) this.logger.warn(`throttler counts on this node only: ${(error as Error).message}`);
      this.failing = true;
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  onApplicationShutdown(): void {
    this.local.onApplicationShutdown();
  }
}
