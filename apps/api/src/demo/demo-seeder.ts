import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { CatalogService, LessonMediaService } from '@trainaction/catalog';
import { CohortsRepository } from '@trainaction/cohorts/seeding';
import { RoomsService } from '@trainaction/rooms';
import { RoomsRepository, MessageSearchIndex } from '@trainaction/rooms/seeding';
import { ForumRepository, ForumSearchIndex } from '@trainaction/forum/seeding';
import { PasswordHasher } from '@trainaction/identity';
import { UsersRepository } from '@trainaction/identity/seeding';
import { AppConfig } from '@trainaction/platform';
import { ActivityCounters } from '@trainaction/activity';
import { SubmissionsRepository } from '@trainaction/submissions/seeding';
import type { Connection } from 'mongoose';
import { seedDemoAcademy, type SeedProgress } from './demo-academy';

/**
 * Creates the demo academy on first start when SEED_DEMO is on, with five months of activity at real
 * volume when SEED_VOLUME is full. Idempotent: a second start finds the academy and keeps everything (the
 * named accounts are re-created only if missing); an academy made at demo volume stays at demo volume.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly catalog: CatalogService,
    private readonly media: LessonMediaService,
    private readonly cohorts: CohortsRepository,
    private readonly discussions: RoomsService,
    private readonly messages: RoomsRepository,
    private readonly submissions: SubmissionsRepository,
    private readonly counters: ActivityCounters,
    private readonly forum: ForumRepository,
    private readonly forumSearch: ForumSearchIndex,
    private readonly messageSearch: MessageSearchIndex,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemo) await this.seed();
  }

  async seed(progress?: SeedProgress): Promise<boolean> {
    const full = this.config.seedVolume === 'full';
    // Under `npm start` only warnings show: say why this first start takes minutes (step 1 means the academy is being created).
    const report: SeedProgress =
      progress ??
      ((_, done) =>
        done === 1 && full && this.logger.warn('SEED_VOLUME=full: creating the demo academy with five months of activity (a few minutes)'));
    const deps = {
      users: this.users,
      hasher: this.hasher,
      catalog: this.catalog,
      media: this.media,
      cohorts: this.cohorts,
      discussions: this.discussions,
      messages: this.messages,
      submissions: this.submissions,
      counters: this.counters,
      forum: this.forum,
      connection: this.connection,
    };
    const created = await seedDemoAcademy(deps, report, this.config.seedVolume);
    // The academy's posts, threads and messages are written in bulk, past the word indexes: index them now.
    if (created) await Promise.all([this.forumSearch.rebuild(), this.messageSearch.rebuild()]);
    if (created) this.logger.log(full ? 'demo academy created at full volume' : 'demo academy created');
    else if (full && (await this.connection.collection('messages').estimatedDocumentCount()) < 10_000) {
      this.logger.warn(
        'SEED_VOLUME=full: the demo academy already exists at demo volume and is kept; remove the data folder to create it at full volume',
      );
    }
    return created;
  }
}
