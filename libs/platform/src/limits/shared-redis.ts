import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';

/**
 * This node's Redis connection for counters every API node shares (the HTTP throttler, the live-room send
 * limit), or none without REDIS_URL. Commands fail at once while Redis is unreachable (no offline queue),
 * so each limit falls back to counting on this node instead of holding requests.
 */
@Injectable()
export class SharedRedis implements OnApplicationShutdown {
  readonly client: Redis | null;
  private readonly logger = new Logger(SharedRedis.name);
  private reachable = true;

  constructor(config: AppConfig) {
    this.client = config.redisUrl ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
    this.client?.on('error', (error: Error) => {
      if (this.reachable) this.logger.warn(`redis unreachable, limits count per node until it is back: ${error.message}`);
      this.reachable = false;
    });
    this.client?.on('ready', () => {
      if (!this.reachable) this.logger.log('redis reachable again, limits shared across nodes');
      this.reachable = true;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client?.quit().catch(() => this.client?.disconnect());
  }
}
