import { Injectable } from '@nestjs/common';
import { AppConfig, SharedRedis } from '@trainaction/platform';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Per-person limit on live-room message sends (rate-limiter-flexible): at most `burst` messages in each
 * window of `burst / perSecond` seconds (whole seconds, at least one), which is `perSecond` on average.
 * With REDIS_URL every API node counts into Redis, so a person with sockets on several nodes gets the limit
 * once; while Redis cannot answer, each node counts on its own (the insurance limiter). Excess sends are
 * refused before anything is stored.
 */
@Injectable()
export class SendRateLimiter {
  private readonly limiter: RateLimiterAbstract;

  constructor(config: AppConfig, redis: SharedRedis) {
    const { burst, perSecond } = config.messageRate;
    const duration = Math.max(1, Math.ceil(burst / perSecond));
    const options = { keyPrefix: 'ta-message-send', points: Math.max(burst, Math.floor(duration * perSecond)), duration };
    const local = new RateLimiterMemory(options);
    this.limiter = redis.client ? new RateLimiterRedis({ ...options, storeClient: redis.client, insuranceLimiter: local }) : local;
  }

  /** Spends one send of `userId`'s budget; false when it is spent. */
  async take(userId: string): Promise<boolean> {
    try {
      await this.limiter.consume(userId);
      return true;
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return false;
      throw outcome;
    }
  }
}
