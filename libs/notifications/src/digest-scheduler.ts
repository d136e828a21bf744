import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@trainaction/platform';
import { NotificationDigests } from './notification-digests.service';

/** The first pass waits this long after start, so a restart does not add to the start-up work. */
const FIRST_PASS_MS = 10_000;

/**
 * Runs the digest pass every DIGEST_INTERVAL_SECONDS on every API node (0: never; tests call
 * `NotificationDigests.runDigests` with their own clock). Passes on one node never overlap; nodes need no
 * coordination, since each digest is claimed by a unique insert.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DigestScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly digests: NotificationDigests,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { intervalMs, hour } = this.config.digest;
    if (intervalMs === 0) return;
    this.logger.log(`daily digests go out from ${String(hour).padStart(2, '0')}:00 in each person's time zone`);
    this.timer = setTimeout(() => this.tick(intervalMs), Math.min(FIRST_PASS_MS, intervalMs));
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(intervalMs: number): void {
    this.running ??= this.digests
      .runDigests(new Date())
      .then(({ sent }) => {
        if (sent) this.logger.log(`queued ${sent} daily digests`);
      })
      .catch((error: unknown) => this.logger.warn({ err: error }, 'digest pass failed; the next pass tries again'))
      .finally(() => {
        this.running = undefined;
      });
    if (!this.timer) return; // shutting down
    this.timer = setTimeout(() => this.tick(intervalMs), intervalMs);
    this.timer.unref();
  }
}
