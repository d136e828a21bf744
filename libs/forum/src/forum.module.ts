import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CatalogModule } from '@trainaction/catalog';
import { CohortsModule } from '@trainaction/cohorts';
import { RoomsModule } from '@trainaction/rooms';
import { IdentityModule } from '@trainaction/identity';
import { NotificationsModule } from '@trainaction/notifications';
import { AuditModule } from '@trainaction/audit';
import { ActivityModule } from '@trainaction/activity';
import { ForumController } from './forum.controller';
import { ForumGateway } from './forum.gateway';
import { ForumNotices } from './forum-notices';
import { ForumRepository } from './forum.repository';
import { ForumErasure } from './ports/forum-erasure';
import { CourseModeratorsRepository } from './course-moderators.repository';
import { CourseForumModerators } from './course-moderators.service';
import {
  COURSE_MODERATORS_MODEL,
  CourseModeratorsSchema,
  FOLLOW_MODEL,
  FollowSchema,
  FORUM_EDIT_MODEL,
  ForumEditSchema,
  POST_MODEL,
  PostSchema,
  SEARCH_TERM_MODEL,
  SearchTermSchema,
  THREAD_MODEL,
  THREAD_READ_MODEL,
  ThreadReadSchema,
  ThreadSchema,
} from './forum.schema';
import { ForumReads } from './forum-reads';
import { ForumSearch } from './forum-search';
import { ForumSearchIndex } from './forum-search-index';
import { ForumAccessPolicy } from './forum-access';
import { ForumPosts } from './forum-posts.service';
import { ForumProgress } from './forum-progress';
import { ForumSessionArchive } from './forum-sessions.service';
import { ForumThreads } from './forum-threads.service';
import { ForumWarmUp } from './forum-warm-up';

@Module({
  imports: [
    ActivityModule,
    AuditModule,
    CatalogModule,
    CohortsModule,
    RoomsModule,
    IdentityModule,
    NotificationsModule,
    MongooseModule.forFeature([
      { name: THREAD_MODEL, schema: ThreadSchema },
      { name: POST_MODEL, schema: PostSchema },
      { name: FORUM_EDIT_MODEL, schema: ForumEditSchema },
      { name: FOLLOW_MODEL, schema: FollowSchema },
      { name: THREAD_READ_MODEL, schema: ThreadReadSchema },
      { name: COURSE_MODERATORS_MODEL, schema: CourseModeratorsSchema },
      { name: SEARCH_TERM_MODEL, schema: SearchTermSchema },
    ]),
  ],
  controllers: [ForumController],
  providers: [
    ForumRepository,
    ForumErasure,
    ForumAccessPolicy,
    ForumProgress,
    ForumThreads,
    ForumPosts,
    ForumSessionArchive,
    ForumReads,
    ForumSearch,
    ForumSearchIndex,
    ForumNotices,
    ForumGateway,
    CourseModeratorsRepository,
    CourseForumModerators,
    ForumWarmUp,
  ],
  // The repository (and search index) are exported for the seeding entry point only (apps/api/src/demo, tests); libs use the ports.
  exports: [ForumThreads, ForumPosts, ForumErasure, ForumRepository, ForumSearchIndex, CourseForumModerators],
})
export class ForumModule {}
