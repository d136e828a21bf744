import { Injectable } from '@nestjs/common';
import { CatalogService } from '@trainaction/catalog';
import { CohortsRepository } from '@trainaction/cohorts';
import { ForumRepository, type PostRecord, type ThreadRecord } from './forum.repository';

/** A learner's progress in a forum activity (post-first rule, completion by posts and replies). */
@Injectable()
export class ForumProgress {
  constructor(
    private readonly repo: ForumRepository,
    private readonly catalog: CatalogService,
    private readonly cohorts: CohortsRepository,
  ) {}

  /** From the person's own posts in the thread (read from the index, not from the thread's posts). */
  async completion(thread: ThreadRecord, userId: string, own?: PostRecord[]) {
    const { activity } = await this.catalog.activity({ id: userId, role: 'admin', sessionId: '' }, thread.activityId!);
    const required = activity.completion.kind === 'forum_posts' ? activity.completion.replies : 0;
    const mine = own ?? (await this.repo.ownPosts(thread.id, userId));
    const initialPost = mine.some((p) => p.depth === 1);
    const replies = mine.filter((p) => p.depth > 1 && p.parentAuthorId !== userId).length;
    return { initialPost, replies, required, complete: initialPost && replies >= required };
  }

  /** The cohort in which the person learns the course (a course forum's post counts there). */
  async learnerCohortOf(userId: string, courseId: string): Promise<string | undefined> {
    return (await this.cohorts.membershipsOfUser(userId)).find((m) => m.courseId === courseId && m.role === 'learner')?.cohortId;
  }
}
