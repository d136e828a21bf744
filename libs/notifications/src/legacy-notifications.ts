import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { paramsFromLegacyText } from './legacy-text';
import { NotificationsRepository } from './notifications.repository';

const MIGRATION = 'notifications-kind-params-v1';
const BATCH = 500;

/**
 * Startup migration of notifications stored as Spanish sentences (before kinds had parameters): each
 * sentence the services used to write is read back into parameters and dropped; any other keeps its
 * sentence, shown as written, with empty parameters. Runs in the background on every node until one
 * finishes and records it; running twice writes the same values.
 */
@Injectable()
export class LegacyNotifications implements OnApplicationBootstrap {
  private readonly logger = new Logger(LegacyNotifications.name);
  private running?: Promise<void>;

  constructor(private readonly repo: NotificationsRepository) {}

  onApplicationBootstrap(): void {
    this.running = this.migrate().catch((error: unknown) =>
      this.logger.warn({ err: error }, 'notification migration stopped; it resumes at the next start'),
    );
  }

  /** Resolves when the migration started at bootstrap is done. */
  async done(): Promise<void> {
    await this.running;
  }

  /** Reads back what is still stored as a sentence, unless a node recorded the migration done. */
  async migrate(): Promise<void> {
    if (await this.repo.migrated(MIGRATION)) return;
    let mapped = 0;
    let kept = 0;
    for (let after: string | undefined; ;) {
      const batch = await this.repo.withoutParams(after, BATCH);
      for (const n of batch) {
        const params = paramsFromLegacyText(n.kind, n.text ?? '', n.link);
        await this.repo.setParams(n.id, params ?? {}, !params);
        if (params) mapped++;
        else kept++;
      }
      if (batch.length < BATCH) break;
      after = batch[batch.length - 1].id;
    }
    await this.repo.recordMigrated(MIGRATION, new Date());
    if (mapped || kept) this.logger.log(`notifications migrated to kind and parameters: ${mapped} read back, ${kept} kept as written`);
  }
}
