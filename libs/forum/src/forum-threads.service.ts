import { Injectable } from '@nestjs/common';
import {
  THREAD_POSTS_PAGE,
  type ActivityThreadView,
  type PostView,
  type ThreadCreateInput,
  type ThreadDetail,
  type ThreadSort,
  type ThreadView,
} from '@trainaction/contracts';
import { CatalogService } from '@trainaction/catalog';
import { assertMayPublish, CohortAccess } from '@trainaction/cohorts';
import { AppError, newId, RealtimePublisher, type AuthUser } from '@trainaction/platform';
import { ForumAccessPolicy } from './forum-access';
import { forumRoom, indexed, searchText, threadRoom, type ForumAccess } from './forum-common';
import { ForumNotices } from './forum-notices';
import { ForumProgress } from './forum-progress';
import { quotesOf, withQuote } from './forum-quotes';
import { ForumReads } from './forum-reads';
import { ForumSearchIndex } from './forum-search-index';
import { toPostView, toThreadView } from './forum-view';
import { ForumRepository, type PostRecord, type ThreadRecord } from './forum.repository';

/**
 * Forum threads: a forum per cohort and one per course shared by all its cohorts; listing, opening (with a
 * page of posts under the post-first rule), creating (forum activities and announcements by moderators),
 * editing, accepting an answer, deleting, locking, following and the socket rooms to watch.
 */
@Injectable()
export class ForumThreads {
  constructor(
    private readonly repo: ForumRepository,
    private readonly policy: ForumAccessPolicy,
    private readonly progress: ForumProgress,
    private readonly access: CohortAccess,
    private readonly catalog: CatalogService,
    private readonly publisher: RealtimePublisher,
    private readonly notices: ForumNotices,
    private readonly reads: ForumReads,
    private readonly searchIndex: ForumSearchIndex,
  ) {}

  async threads(
    caller: AuthUser,
    cohortId: string,
    courseWide: boolean,
    page: { sort: ThreadSort; cursor?: string; limit: number },
  ): Promise<{ items: ThreadView[]; nextCursor: string | null }> {
    const { cohort } = await this.access.visible(caller, cohortId);
    if (courseWide) await this.policy.forum(caller, { scope: 'course', courseId: cohort.courseId });
    return this.threadPage(caller.id, { scope: courseWide ? 'course' : 'cohort', cohortId, courseId: cohort.courseId }, page);
  }

  /** A page of a forum's threads as this reader sees it (`threads`, after its access checks; the warm-up). */
  async threadPage(
    readerId: string,
    forum: { scope: 'cohort' | 'course'; cohortId?: string; courseId: string },
    page: { sort: ThreadSort; cursor?: string; limit: number },
  ): Promise<{ items: ThreadView[]; nextCursor: string | null }> {
    const records = await this.repo.listThreads({ ...forum, ...page });
    // A page's follows and read marks in one query each (no post is read to count unread ones: ForumReads).
    const ids = records.map((t) => t.id);
    const [followed, unread] = await Promise.all([this.repo.followedAmong(readerId, ids), this.reads.unread(readerId, records)]);
    const items = records.map((t) => toThreadView(t, { following: followed.has(t.id), unread: unread.get(t.id) ?? 0 }));
    const last = records[records.length - 1];
    return { items, nextCursor: records.length === page.limit ? ForumRepository.cursorAfter(last, page.sort) : null };
  }

  async createThread(caller: AuthUser, cohortId: string, input: ThreadCreateInput): Promise<ThreadView> {
    const { cohort, canModerate } = await this.access.visible(caller, cohortId);
    const scope = input.courseWide ? ('course' as const) : ('cohort' as const);
    assertMayPublish(await this.policy.forum(caller, { scope, cohortId: cohort.id, courseId: cohort.courseId }));
    if (input.activityId || input.postFirst || input.allowAnonymous || input.announcement) {
      if (!canModerate) throw new AppError('FORBIDDEN', 'Only moderators create forum activities and announcements');
    }
    if (input.activityId) {
      const { activity, course } = await this.catalog.activity(caller, input.activityId);
      if (course.id !== cohort.courseId || activity.kind !== 'forum')
        throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
          { path: 'activityId', message: 'is not a forum activity of this course' },
        ]);
    }
    const author = await this.policy.author(caller.id);
    const now = new Date();
    const id = newId();
    const thread = await this.repo.createThread({
      id,
      scope,
      cohortId: scope === 'cohort' ? cohort.id : undefined,
      courseId: cohort.courseId,
      title: input.title,
      body: input.body,
      kind: input.kind,
      authorId: caller.id,
      authorName: author.displayName,
      authorCountry: author.country,
      activityId: input.activityId,
      postFirst: input.postFirst,
      allowAnonymous: input.allowAnonymous,
      opensAt: input.opensAt ? new Date(input.opensAt) : undefined,
      dueAt: input.dueAt ? new Date(input.dueAt) : undefined,
      sourceKey: id,
      searchText: searchText(input.title, input.body),
      replyCount: 0,
      lastActivityAt: now,
      createdAt: now,
    });
    await this.repo.follow(thread.id, caller.id, true);
    await this.searchIndex.changed(indexed(thread, 'thread'), undefined, thread.searchText);
    const view = toThreadView(thread);
    this.publisher.toRoom(forumRoom(thread), 'forum:thread', view);
    const link = `/forum/threads/${thread.id}`;
    if (input.announcement) await this.notices.announced(thread, caller.id);
    await this.notices.mentioned(
      thread,
      `${input.title}\n${input.body}`,
      { id: caller.id, displayName: author.displayName },
      `thread:${thread.id}`,
      link,
    );
    return view;
  }

  /** A thread with the first page of its posts (`nextCursor`: more follow); reading it clears its unread count. */
  async thread(caller: AuthUser, threadId: string, limit = THREAD_POSTS_PAGE): Promise<ThreadDetail> {
    const { thread, access } = await this.policy.thread(caller, threadId);
    const [own, following, mark] = await Promise.all([
      this.repo.ownPosts(thread.id, caller.id),
      this.repo.isFollowing(thread.id, caller.id),
      this.reads.markOf(thread.id, caller.id),
    ]);
    const { posts, nextCursor, mustPostFirst } = await this.page(caller, thread, access, own, undefined, limit);
    await this.reads.markRead(thread, caller.id, mark);
    return {
      ...toThreadView(thread, { following, unread: 0 }),
      posts,
      nextCursor,
      mustPostFirst,
      completion: thread.activityId ? await this.progress.completion(thread, caller.id, own) : undefined,
    };
  }

  /** A forum activity's threads in the caller's cohort (its own forum and the course's), each with the caller's progress. */
  async activityThreads(caller: AuthUser, activityId: string, cohortId: string): Promise<ActivityThreadView[]> {
    const { cohort } = await this.access.visible(caller, cohortId);
    const threads = await this.repo.activityThreads(activityId, { cohortId: cohort.id, courseId: cohort.courseId });
    return Promise.all(
      threads.map(async (thread) => ({ ...toThreadView(thread), completion: await this.progress.completion(thread, caller.id) })),
    );
  }

  /** The posts of a thread after `cursor`, in order (under the post-first rule, until one posts: only one's own). */
  async posts(
    caller: AuthUser,
    threadId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<{ items: PostView[]; nextCursor: string | null }> {
    const { thread, access } = await this.policy.thread(caller, threadId);
    const { posts, nextCursor } = await this.page(caller, thread, access, await this.repo.ownPosts(thread.id, caller.id), cursor, limit);
    return { items: posts, nextCursor };
  }

  private async page(
    caller: AuthUser,
    thread: ThreadRecord,
    access: ForumAccess,
    own: PostRecord[],
    after: string | undefined,
    limit: number,
  ) {
    const mustPostFirst = thread.postFirst && access.learner && !access.canModerate && !own.some((p) => p.depth === 1);
    const page = await this.repo.postsPage(thread.id, { authorId: mustPostFirst ? caller.id : undefined, after, limit });
    const viewer = { id: caller.id, canModerate: access.canModerate };
    const quotes = await quotesOf(page.items, thread, viewer, !mustPostFirst, (ids) => this.repo.findPosts(ids));
    const posts = page.items.map((p) => withQuote(toPostView(p, viewer, thread.acceptedPostId), p, quotes));
    return { posts, nextCursor: page.nextCursor, mustPostFirst };
  }

  async updateThread(
    caller: AuthUser,
    threadId: string,
    input: { title?: string; body?: string; acceptedPostId?: string | null },
  ): Promise<ThreadView> {
    const { thread, access } = await this.policy.thread(caller, threadId);
    if (thread.deletedAt) throw new AppError('CONFLICT', 'The thread was deleted');
    assertMayPublish(access);
    const set: Partial<ThreadRecord> = {};
    const unset: 'acceptedPostId'[] = [];
    if (input.title !== undefined || input.body !== undefined) {
      if (thread.authorId !== caller.id) throw new AppError('FORBIDDEN', 'Only the author edits a thread');
      await this.repo.recordEdit({
        targetId: thread.id,
        title: thread.title,
        body: thread.body,
        editedAt: new Date(),
        editorId: caller.id,
      });
      Object.assign(set, { title: input.title ?? thread.title, body: input.body ?? thread.body, editedAt: new Date() });
      set.searchText = searchText(set.title, set.body);
    }
    if (input.acceptedPostId !== undefined) {
      if (thread.kind !== 'question')
        throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
          { path: 'acceptedPostId', message: 'only questions have accepted answers' },
        ]);
      if (thread.authorId !== caller.id && !access.canModerate)
        throw new AppError('FORBIDDEN', 'Only the author or a moderator accepts an answer');
      if (input.acceptedPostId === null) unset.push('acceptedPostId');
      else {
        const post = await this.repo.findPost(input.acceptedPostId);
        if (!post || post.threadId !== thread.id || post.deletedAt)
          throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
            { path: 'acceptedPostId', message: 'is not a post of this thread' },
          ]);
        set.acceptedPostId = post.id;
      }
    }
    const updated = (await this.repo.updateThread(thread.id, set, unset))!;
    if (set.searchText) await this.searchIndex.changed(indexed(updated, 'thread'), thread.searchText, updated.searchText);
    const view = toThreadView(updated);
    this.publisher.toRoom(forumRoom(updated), 'forum:thread', view);
    return view;
  }

  async deleteThread(caller: AuthUser, threadId: string): Promise<void> {
    const { thread, access } = await this.policy.thread(caller, threadId);
    if (thread.authorId !== caller.id && !access.canModerate)
      throw new AppError('FORBIDDEN', 'Only the author or a moderator deletes a thread');
    const updated = (await this.repo.updateThread(thread.id, { deletedAt: new Date() }))!;
    await this.searchIndex.changed(indexed(thread, 'thread'), thread.searchText, undefined);
    this.publisher.toRoom(forumRoom(updated), 'forum:thread', toThreadView(updated));
  }

  /** For the moderation library: lock or unlock a forum thread. */
  async setThreadLocked(
    caller: AuthUser,
    threadId: string,
    locked: boolean,
  ): Promise<{ thread: ThreadView; cohortId?: string; courseId: string }> {
    const { thread, access } = await this.policy.thread(caller, threadId);
    if (!access.canModerate) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators can do this');
    const updated = (await this.repo.updateThread(thread.id, { locked }))!;
    const view = toThreadView(updated);
    this.publisher.toRoom(forumRoom(updated), 'forum:thread', view);
    return { thread: view, cohortId: thread.cohortId, courseId: thread.courseId };
  }

  async follow(caller: AuthUser, threadId: string, on: boolean): Promise<{ following: boolean }> {
    const { thread } = await this.policy.thread(caller, threadId);
    await this.repo.follow(thread.id, caller.id, on);
    return { following: on };
  }

  /** Socket rooms for live forum updates. */
  async watchRooms(caller: AuthUser, cohortId: string, threadId?: string): Promise<string[]> {
    const { cohort } = await this.access.visible(caller, cohortId);
    const rooms = [
      forumRoom({ scope: 'cohort', cohortId: cohort.id, courseId: cohort.courseId }),
      forumRoom({ scope: 'course', courseId: cohort.courseId }),
    ];
    if (threadId) rooms.push(threadRoom((await this.policy.thread(caller, threadId)).thread.id));
    return rooms;
  }
}
