import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, PeriodicTask } from '@trainaction/platform';
import { NotificationDigests } from './notification-digests.service';

/**
 * Runs the digest pass every DIGEST_INTERVAL_SECONDS on every API node (0: never; tests call
 * `NotificationDigests.runDigests` with their own clock). Passes on one node never overlap; nodes need no
 * coordination, since each digest is claimed by a unique insert.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DigestScheduler.name);
  private readonly task = new PeriodicTask(
    async () => {
      const { sent } = await this.digests.runDigests(new Date());
      if (sent) this.logger.log(`queued ${sent} daily digests`);
    },
    (error) => this.logger.warn({ err: error }, 'digest pass failed; the next pass tries again'),
  );

  constructor(
    private readonly digests: NotificationDigests,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { intervalMs, hour } = this.config.digest;
    if (this.task.start(intervalMs))
      this.logger.log(`daily digests go out from ${String(hour).padStart(2, '0')}:00 in each person's time zone`);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }
}
