import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CatalogService } from '@trainaction/catalog';
import { CohortsRepository } from '@trainaction/cohorts';
import { DiscussionsRepository, DiscussionsService } from '@trainaction/discussions';
import { ForumRepository } from '@trainaction/forum';
import { PasswordHasher, UsersRepository } from '@trainaction/identity';
import { ActivityCounters, AppConfig } from '@trainaction/platform';
import { SubmissionsRepository } from '@trainaction/submissions';
import { seedDemoAcademy, type SeedProgress } from './demo-academy';

/**
 * Creates the demo academy on first start when SEED_DEMO is on. Idempotent: a second start finds the
 * academy and keeps everything (the named accounts are re-created only if missing).
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly catalog: CatalogService,
    private readonly cohorts: CohortsRepository,
    private readonly discussions: DiscussionsService,
    private readonly messages: DiscussionsRepository,
    private readonly submissions: SubmissionsRepository,
    private readonly counters: ActivityCounters,
    private readonly forum: ForumRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemo) await this.seed();
  }

  async seed(progress?: SeedProgress): Promise<boolean> {
    const created = await seedDemoAcademy({ users: this.users, hasher: this.hasher, catalog: this.catalog, cohorts: this.cohorts, discussions: this.discussions, messages: this.messages, submissions: this.submissions, counters: this.counters, forum: this.forum }, progress);
    if (created) this.logger.log('demo academy created');
    return created;
  }
}
