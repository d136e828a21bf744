import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, PeriodicTask } from '@trainaction/platform';
import { SubmissionAttachments } from './submission-attachments';

/**
 * Removes files uploaded for a submission version that was never sent, once older than
 * SUBMISSION_DRAFT_MAX_AGE_HOURS, every DRAFT_SWEEP_INTERVAL_SECONDS on every API node (0: never; tests call
 * `SubmissionAttachments.sweepDrafts` with their own clock). Nodes need no coordination: deleting a file
 * another node deleted already is not an error.
 */
@Injectable()
export class DraftSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DraftSweeper.name);
  private readonly task = new PeriodicTask(
    async () => {
      const removed = await this.attachments.sweepDrafts(new Date());
      if (removed) this.logger.log({ removed }, 'unsent submission files removed');
    },
    (error) => this.logger.warn({ err: error }, 'draft file sweep failed; the next pass tries again'),
  );

  constructor(
    private readonly attachments: SubmissionAttachments,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.task.start(this.config.files.drafts.sweepIntervalMs);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }
}
