import { Injectable } from '@nestjs/common';
import {
  THREAD_POSTS_PAGE,
  type PostCreateInput,
  type PostView,
  type ThreadCreateInput,
  type ActivityThreadView,
  type ThreadDetail,
  type ThreadSort,
  type ThreadView,
} from '@trainaction/contracts';
import { CatalogService } from '@trainaction/catalog';
import { assertMayPublish, CohortAccess, CohortsRepository, isStaff } from '@trainaction/cohorts';
import { RoomsRepository, RoomsService } from '@trainaction/rooms';
import { UsersRepository } from '@trainaction/identity';
import { AppError, newId, RealtimePublisher, type AuthUser } from '@trainaction/platform';
import { ActivityCounters } from '@trainaction/activity';
import { ForumNotices } from './forum-notices';
import { CourseForumModerators } from './course-moderators.service';
import { ForumRepository, type PostRecord, type ThreadRecord } from './forum.repository';
import { ForumReads } from './forum-reads';
import { ForumSearchIndex, type Indexed } from './forum-search-index';
import { quotesOf, withQuote } from './forum-quotes';
import { toPostView, toThreadView } from './forum-view';
import { canSeePost } from './post-visibility';

export const MAX_DEPTH = 3;

interface ForumAccess {
  canModerate: boolean;
  learner: boolean;
  /** Muted in the cohort (or, for a course's shared forum, in any of the caller's cohorts of the course). */
  mutedUntil?: Date;
  /** Registered and not yet verified: reads, publishes nothing (`assertMayPublish`). */
  emailUnverified: boolean;
}

export function forumRoom(thread: Pick<ThreadRecord, 'scope' | 'cohortId' | 'courseId'>): string {
  return thread.scope === 'cohort' ? `forum:cohort:${thread.cohortId}` : `forum:course:${thread.courseId}`;
}

export function threadRoom(threadId: string): string {
  return `forum:thread:${threadId}`;
}

function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number })?.code === 11000;
}

function indexed(item: ThreadRecord | PostRecord, kind: Indexed['kind']): Indexed {
  return { id: item.id, kind, scope: item.scope, cohortId: item.cohortId, courseId: item.courseId };
}

function searchText(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join(' ').toLowerCase();
}

/**
 * Forums: a forum per cohort and one per course shared by all its cohorts; threads with nested replies,
 * questions with accepted answers, forum activities (post-first rule, completion by posts and replies),
 * following with notifications, search, and live sessions turned into threads.
 */
@Injectable()
export class ForumService {
  constructor(
    private readonly repo: ForumRepository,
    private readonly access: CohortAccess,
    private readonly cohorts: CohortsRepository,
    private readonly catalog: CatalogService,
    private readonly users: UsersRepository,
    private readonly rooms: RoomsService,
    private readonly messages: RoomsRepository,
    private readonly publisher: RealtimePublisher,
    private readonly counters: ActivityCounters,
    private readonly notices: ForumNotices,
    private readonly courseModerators: CourseForumModerators,
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
    if (courseWide) await this.forumAccess(caller, { scope: 'course', courseId: cohort.courseId });
    const records = await this.repo.listThreads({
      scope: courseWide ? 'course' : 'cohort',
      cohortId,
      courseId: cohort.courseId,
      ...page,
    });
    // A page's follows and read marks in one query each (no post is read to count unread ones: ForumReads).
    const ids = records.map((t) => t.id);
    const [followed, unread] = await Promise.all([this.repo.followedAmong(caller.id, ids), this.reads.unread(caller.id, records)]);
    const items = records.map((t) => toThreadView(t, { following: followed.has(t.id), unread: unread.get(t.id) ?? 0 }));
    const last = records[records.length - 1];
    return { items, nextCursor: records.length === page.limit ? ForumRepository.cursorAfter(last, page.sort) : null };
  }

  async createThread(caller: AuthUser, cohortId: string, input: ThreadCreateInput): Promise<ThreadView> {
    const { cohort, canModerate } = await this.access.visible(caller, cohortId);
    const scope = input.courseWide ? ('course' as const) : ('cohort' as const);
    assertMayPublish(await this.forumAccess(caller, { scope, cohortId: cohort.id, courseId: cohort.courseId }));
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
    const author = await this.author(caller.id);
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
    const { thread, access } = await this.threadFor(caller, threadId);
    const [own, following] = await Promise.all([this.repo.ownPosts(thread.id, caller.id), this.repo.isFollowing(thread.id, caller.id)]);
    const { posts, nextCursor, mustPostFirst } = await this.page(caller, thread, access, own, undefined, limit);
    await this.reads.markRead(thread, caller.id);
    return {
      ...toThreadView(thread, { following, unread: 0 }),
      posts,
      nextCursor,
      mustPostFirst,
      completion: thread.activityId ? await this.completion(thread, caller.id, own) : undefined,
    };
  }

  /** A forum activity's threads in the caller's cohort (its own forum and the course's), each with the caller's progress. */
  async activityThreads(caller: AuthUser, activityId: string, cohortId: string): Promise<ActivityThreadView[]> {
    const { cohort } = await this.access.visible(caller, cohortId);
    const threads = await this.repo.activityThreads(activityId, { cohortId: cohort.id, courseId: cohort.courseId });
    return Promise.all(threads.map(async (thread) => ({ ...toThreadView(thread), completion: await this.completion(thread, caller.id) })));
  }

  /** The posts of a thread after `cursor`, in order (under the post-first rule, until one posts: only one's own). */
  async posts(
    caller: AuthUser,
    threadId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<{ items: PostView[]; nextCursor: string | null }> {
    const { thread, access } = await this.threadFor(caller, threadId);
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

  async createPost(caller: AuthUser, threadId: string, input: PostCreateInput): Promise<PostView> {
    const { thread, access } = await this.threadFor(caller, threadId);
    if (thread.deletedAt) throw new AppError('CONFLICT', 'The thread was deleted');
    if (thread.locked && !access.canModerate) throw new AppError('ROOM_LOCKED', 'This thread is locked by its moderators');
    assertMayPublish(access);
    if (input.anonymous && !thread.allowAnonymous)
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
        { path: 'anonymous', message: 'is not allowed in this thread' },
      ]);
    const clientKey = `${caller.id}:${input.clientPostId ?? newId()}`;
    const retried = await this.repo.findPostByClientKey(clientKey);
    if (retried) return toPostView(retried, { id: caller.id, canModerate: access.canModerate }, thread.acceptedPostId);

    let parent: PostRecord | null = null;
    if (input.parentId) {
      parent = await this.repo.findPost(input.parentId);
      if (!parent || parent.threadId !== thread.id || parent.deletedAt)
        throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
          { path: 'parentId', message: 'is not a post of this thread' },
        ]);
      if (parent.depth >= MAX_DEPTH)
        throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
          { path: 'parentId', message: `replies nest at most ${MAX_DEPTH} levels` },
        ]);
    }
    const before = thread.activityId ? await this.completion(thread, caller.id) : undefined;
    const viewer = { id: caller.id, canModerate: access.canModerate };
    const quoted = input.quotedPostId ? await this.repo.findPost(input.quotedPostId) : null;
    if (input.quotedPostId && (!quoted || quoted.threadId !== thread.id || !canSeePost(quoted, thread, viewer, true)))
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
        { path: 'quotedPostId', message: 'is not a post of this thread you can read' },
      ]);
    const author = await this.author(caller.id);
    const now = new Date();
    let post: PostRecord;
    try {
      post = await this.repo.createPost({
        threadId: thread.id,
        scope: thread.scope,
        cohortId: thread.cohortId,
        courseId: thread.courseId,
        parentId: parent?.id,
        parentAuthorId: parent?.authorId,
        quotedPostId: quoted?.id,
        depth: parent ? parent.depth + 1 : 1,
        authorId: caller.id,
        authorName: author.displayName,
        authorCountry: author.country,
        anonymous: input.anonymous,
        clientPostId: input.clientPostId,
        clientKey,
        body: input.body,
        searchText: searchText(input.body),
        createdAt: now,
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return toPostView(
        (await this.repo.findPostByClientKey(clientKey))!,
        { id: caller.id, canModerate: access.canModerate },
        thread.acceptedPostId,
      );
    }
    const updated = (await this.repo.updateThread(thread.id, { replyCount: await this.repo.countPosts(thread.id), lastActivityAt: now }))!;
    await this.repo.follow(thread.id, caller.id, true);
    await this.reads.posted(thread.id, caller.id);
    await this.searchIndex.changed(indexed(post, 'post'), undefined, post.searchText);

    const cohortId = thread.cohortId ?? (await this.learnerCohortOf(caller.id, thread.courseId));
    if (access.learner && cohortId) {
      await this.counters.record({ userId: caller.id, cohortId, courseId: thread.courseId, kind: 'post', at: now });
      const after = before ? await this.completion(thread, caller.id) : undefined;
      if (before && after && !before.complete && after.complete)
        await this.counters.record({ userId: caller.id, cohortId, courseId: thread.courseId, kind: 'completion', at: now });
    }

    // Live: the full post, unless peers' posts are withheld until one posts (then only a nudge to refetch).
    const quotes = (who: { id: string; canModerate: boolean }) => quotesOf([post], thread, who, true, (ids) => this.repo.findPosts(ids));
    const broadcast = withQuote(
      toPostView(post, { canModerate: false }, thread.acceptedPostId),
      post,
      await quotes({ id: '', canModerate: false }),
    );
    if (thread.postFirst) this.publisher.toRoom(threadRoom(thread.id), 'forum:activity', { threadId: thread.id });
    else this.publisher.toRoom(threadRoom(thread.id), 'forum:post', broadcast);
    this.publisher.toRoom(forumRoom(thread), 'forum:thread', toThreadView(updated));

    const followers = await this.repo.followers(thread.id);
    const replied = { id: post.id, authorId: caller.id, parentAuthorId: parent?.authorId };
    await this.notices.replied(thread, replied, followers, input.anonymous ? undefined : author.displayName);
    if (!thread.postFirst && !input.anonymous)
      await this.notices.mentioned(
        thread,
        input.body,
        { id: caller.id, displayName: author.displayName },
        `post:${post.id}`,
        `/forum/threads/${thread.id}#post-${post.id}`,
      );
    return withQuote(toPostView(post, viewer, thread.acceptedPostId), post, await quotes(viewer));
  }

  async updateThread(
    caller: AuthUser,
    threadId: string,
    input: { title?: string; body?: string; acceptedPostId?: string | null },
  ): Promise<ThreadView> {
    const { thread, access } = await this.threadFor(caller, threadId);
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
    const { thread, access } = await this.threadFor(caller, threadId);
    if (thread.authorId !== caller.id && !access.canModerate)
      throw new AppError('FORBIDDEN', 'Only the author or a moderator deletes a thread');
    const updated = (await this.repo.updateThread(thread.id, { deletedAt: new Date() }))!;
    await this.searchIndex.changed(indexed(thread, 'thread'), thread.searchText, undefined);
    this.publisher.toRoom(forumRoom(updated), 'forum:thread', toThreadView(updated));
  }

  async editPost(caller: AuthUser, postId: string, body: string): Promise<PostView> {
    const { post, thread, access } = await this.postFor(caller, postId);
    assertMayPublish(access);
    if (post.authorId !== caller.id) throw new AppError('FORBIDDEN', 'Only the author edits a post');
    if (post.deletedAt) throw new AppError('CONFLICT', 'The post was deleted');
    await this.repo.recordEdit({ targetId: post.id, body: post.body, editedAt: new Date(), editorId: caller.id });
    const updated = (await this.repo.updatePost(post.id, { body, searchText: searchText(body), editedAt: new Date() }))!;
    await this.searchIndex.changed(indexed(post, 'post'), post.searchText, updated.searchText);
    this.broadcastPost(thread, updated);
    return toPostView(updated, { id: caller.id, canModerate: access.canModerate }, thread.acceptedPostId);
  }

  async deletePost(caller: AuthUser, postId: string): Promise<void> {
    const { post, thread, access } = await this.postFor(caller, postId);
    if (post.authorId !== caller.id && !access.canModerate)
      throw new AppError('FORBIDDEN', 'Only the author or a moderator deletes a post');
    if (post.deletedAt) return;
    await this.repo.recordEdit({ targetId: post.id, body: post.body, editedAt: new Date(), editorId: caller.id });
    const updated = (await this.repo.updatePost(post.id, { deletedAt: new Date() }))!;
    await this.repo.updateThread(thread.id, { replyCount: await this.repo.countPosts(thread.id) });
    await this.reads.postDeleted(post);
    await this.searchIndex.changed(indexed(post, 'post'), post.searchText, undefined);
    this.broadcastPost(thread, updated);
  }

  async postHistory(caller: AuthUser, postId: string) {
    const { post, access } = await this.postFor(caller, postId);
    if (!access.canModerate && post.authorId !== caller.id)
      throw new AppError('FORBIDDEN', 'Only moderators and the author see the history');
    return { postId, versions: await this.repo.editsOf(post.id), current: post.deletedAt ? undefined : post.body };
  }

  /** For the moderation library: lock or unlock a forum thread. */
  async setThreadLocked(
    caller: AuthUser,
    threadId: string,
    locked: boolean,
  ): Promise<{ thread: ThreadView; cohortId?: string; courseId: string }> {
    const { thread, access } = await this.threadFor(caller, threadId);
    if (!access.canModerate) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators can do this');
    const updated = (await this.repo.updateThread(thread.id, { locked }))!;
    const view = toThreadView(updated);
    this.publisher.toRoom(forumRoom(updated), 'forum:thread', view);
    return { thread: view, cohortId: thread.cohortId, courseId: thread.courseId };
  }

  /** For the moderation library: a post with the caller's rights over its forum (404 outside it). */
  async postWithAccess(caller: AuthUser, postId: string) {
    return this.postFor(caller, postId);
  }

  /** A post the caller may see (for flags): 404 for a deleted, hidden or withheld post, as for one that does not exist. */
  async visiblePost(caller: AuthUser, postId: string) {
    const found = await this.postFor(caller, postId);
    const viewer = { id: caller.id, canModerate: found.access.canModerate };
    const postedFirst = found.thread.postFirst && (await this.repo.threadsWithInitialPost(caller.id, [found.thread.id])).size > 0;
    if (!canSeePost(found.post, found.thread, viewer, postedFirst)) throw AppError.notFound('Post');
    return found;
  }

  async setPostHidden(postId: string, hidden: boolean, reason: string): Promise<PostView> {
    const updated = hidden
      ? await this.repo.updatePost(postId, { hiddenAt: new Date(), hiddenReason: reason })
      : await this.repo.updatePost(postId, {}, ['hiddenAt', 'hiddenReason']);
    const thread = (await this.repo.findThread(updated!.threadId))!;
    this.broadcastPost(thread, updated!);
    return toPostView(updated!, { canModerate: false }, thread.acceptedPostId);
  }

  async follow(caller: AuthUser, threadId: string, on: boolean): Promise<{ following: boolean }> {
    const { thread } = await this.threadFor(caller, threadId);
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
    if (threadId) rooms.push(threadRoom((await this.threadFor(caller, threadId)).thread.id));
    return rooms;
  }

  /**
   * Closing a live session: its pinned messages and the moderator's summary become one forum thread that
   * links back to the room; the room then links to the thread. A unique key per session makes a second
   * close (or two at once) answer the same thread.
   */
  async closeSession(caller: AuthUser, roomId: string, summary: string): Promise<ThreadView> {
    const { room, access } = await this.rooms.roomFor(caller, roomId);
    if (!access.canModerate) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators close a session');
    const sourceKey = `session:${room.id}:${room.sessionCount ?? 0}`;
    const existing = await this.repo.findThreadBySource(sourceKey);
    if (existing) return toThreadView(existing);
    const pinned = (await Promise.all(room.pinnedMessageIds.map((id) => this.messages.findMessage(id)))).filter(
      (m) => m && !m.deletedAt && !m.hiddenAt,
    );
    const date = new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());
    const quotes = pinned.map((m) => `> **${m!.authorName}**: ${m!.body.replace(/\n/g, '\n> ')}`).join('\n\n');
    const body = `${summary}\n\n${pinned.length ? `### Mensajes destacados\n\n${quotes}\n\n` : ''}[Ver la conversación de la sesión](/rooms/${room.id})`;
    const author = await this.author(caller.id);
    const now = new Date();
    let thread: ThreadRecord;
    try {
      thread = await this.repo.createThread({
        id: newId(),
        scope: 'cohort',
        cohortId: room.cohortId,
        courseId: access.cohort.courseId,
        title: `Sesión en vivo: ${room.name} (${date})`,
        body,
        kind: 'discussion',
        authorId: caller.id,
        authorName: author.displayName,
        authorCountry: author.country,
        postFirst: false,
        allowAnonymous: false,
        roomId: room.id,
        sourceKey,
        searchText: searchText(room.name, summary, ...pinned.map((m) => m!.body)),
        replyCount: 0,
        lastActivityAt: now,
        createdAt: now,
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return toThreadView((await this.repo.findThreadBySource(sourceKey))!);
    }
    await this.searchIndex.changed(indexed(thread, 'thread'), undefined, thread.searchText);
    await this.rooms.sessionClosed(room.id, thread.id);
    const view = toThreadView(thread);
    this.publisher.toRoom(forumRoom(thread), 'forum:thread', view);
    return view;
  }

  private broadcastPost(thread: ThreadRecord, post: PostRecord): void {
    if (thread.postFirst) this.publisher.toRoom(threadRoom(thread.id), 'forum:activity', { threadId: thread.id });
    else this.publisher.toRoom(threadRoom(thread.id), 'forum:post', toPostView(post, { canModerate: false }, thread.acceptedPostId));
  }

  /** From the person's own posts in the thread (read from the index, not from the thread's posts). */
  private async completion(thread: ThreadRecord, userId: string, own?: PostRecord[]) {
    const { activity } = await this.catalog.activity({ id: userId, role: 'admin', sessionId: '' }, thread.activityId!);
    const required = activity.completion.kind === 'forum_posts' ? activity.completion.replies : 0;
    const mine = own ?? (await this.repo.ownPosts(thread.id, userId));
    const initialPost = mine.some((p) => p.depth === 1);
    const replies = mine.filter((p) => p.depth > 1 && p.parentAuthorId !== userId).length;
    return { initialPost, replies, required, complete: initialPost && replies >= required };
  }

  private async learnerCohortOf(userId: string, courseId: string): Promise<string | undefined> {
    return (await this.cohorts.membershipsOfUser(userId)).find((m) => m.courseId === courseId && m.role === 'learner')?.cohortId;
  }

  private async author(userId: string) {
    const user = (await this.users.findByIds([userId]))[0];
    if (!user) throw new AppError('UNAUTHENTICATED', 'This account no longer exists');
    return user;
  }

  private async threadFor(caller: AuthUser, threadId: string): Promise<{ thread: ThreadRecord; access: ForumAccess }> {
    const thread = await this.repo.findThread(threadId);
    if (!thread) throw AppError.notFound('Thread');
    const access = await this.forumAccess(caller, thread).catch(() => {
      throw AppError.notFound('Thread');
    });
    return { thread, access };
  }

  private async postFor(caller: AuthUser, postId: string) {
    const post = await this.repo.findPost(postId);
    if (!post) throw AppError.notFound('Post');
    const { thread, access } = await this.threadFor(caller, post.threadId).catch(() => {
      throw AppError.notFound('Post');
    });
    return { post, thread, access };
  }

  /** A cohort forum is for the cohort; a course forum for everyone in any cohort of the course. */
  private async forumAccess(caller: AuthUser, forum: Pick<ThreadRecord, 'scope' | 'cohortId' | 'courseId'>): Promise<ForumAccess> {
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
}
