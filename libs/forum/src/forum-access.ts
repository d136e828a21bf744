import { Injectable } from '@nestjs/common';
import { CohortAccess, CohortsRepository, isStaff } from '@trainaction/cohorts';
import { UsersRepository } from '@trainaction/identity';
import { AppError, type AuthUser } from '@trainaction/platform';
import { CourseForumModerators } from './course-moderators.service';
import type { ForumAccess } from './forum-common';
import { ForumRepository, type PostRecord, type ThreadRecord } from './forum.repository';

/**
 * The one place that decides who reaches a forum, a thread or a post and with which rights; every forum
 * service (threads, posts, session archive) asks it. Outside one's forums a thread or post answers 404.
 */
@Injectable()
export class ForumAccessPolicy {
  constructor(
    private readonly repo: ForumRepository,
    private readonly access: CohortAccess,
    private readonly cohorts: CohortsRepository,
    private readonly users: UsersRepository,
    private readonly courseModerators: CourseForumModerators,
  ) {}

  /** A cohort forum is for the cohort; a course forum for everyone in any cohort of the course. */
  async forum(caller: AuthUser, forum: Pick<ThreadRecord, 'scope' | 'cohortId' | 'courseId'>): Promise<ForumAccess> {
    if (forum.scope === 'cohort') {
      const { canModerate, memberRole, mutedUntil, emailUnverified } = await this.access.visible(caller, forum.cohortId!);
      return { canModerate, learner: memberRole === 'learner', mutedUntil, emailUnverified };
    }
    const emailUnverified = await this.access.emailUnverified(caller);
    if (isStaff(caller)) return { canModerate: true, learner: false, emailUnverified };
    const now = new Date();
    const mine = (await this.cohorts.membershipsOfUser(caller.id)).filter(
      (m) => m.courseId === forum.courseId && !(m.bannedUntil && m.bannedUntil > now),
    );
    const canModerate = await this.courseModerators.moderates(caller, forum.courseId);
    if (mine.length === 0 && !canModerate) throw AppError.notFound('Forum');
    // A member muted in their cohort is muted in its course-wide forum too.
    const mutedUntil = mine.map((m) => m.mutedUntil).find((until) => until && until > now);
    return { canModerate, learner: mine.some((m) => m.role === 'learner'), mutedUntil, emailUnverified };
  }

  async thread(caller: AuthUser, threadId: string): Promise<{ thread: ThreadRecord; access: ForumAccess }> {
    const thread = await this.repo.findThread(threadId);
    if (!thread) throw AppError.notFound('Thread');
    const access = await this.forum(caller, thread).catch(() => {
      throw AppError.notFound('Thread');
    });
    return { thread, access };
  }

  async post(caller: AuthUser, postId: string): Promise<{ post: PostRecord; thread: ThreadRecord; access: ForumAccess }> {
    const post = await this.repo.findPost(postId);
    if (!post) throw AppError.notFound('Post');
    const { thread, access } = await this.thread(caller, post.threadId).catch(() => {
      throw AppError.notFound('Post');
    });
    return { post, thread, access };
  }

  /** The caller's account as an author (a deleted account publishes nothing). */
  async author(userId: string) {
    const user = (await this.users.findByIds([userId]))[0];
    if (!user) throw new AppError('UNAUTHENTICATED', 'This account no longer exists');
    return user;
  }
}
