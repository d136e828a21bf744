import { Injectable } from '@nestjs/common';
import type { PostCreateInput, PostHistory, PostView } from '@trainaction/contracts';
import { assertMayPublish } from '@trainaction/cohorts';
import { AppError, newId, RealtimePublisher, type AuthUser } from '@trainaction/platform';
import { ActivityCounters } from '@trainaction/activity';
import { ForumAccessPolicy } from './forum-access';
import { forumRoom, indexed, isDuplicateKey, MAX_DEPTH, searchText, threadRoom } from './forum-common';
import { ForumNotices } from './forum-notices';
import { ForumProgress } from './forum-progress';
import { quotesOf, withQuote } from './forum-quotes';
import { ForumReads } from './forum-reads';
import { ForumSearchIndex } from './forum-search-index';
import { toPostView, toThreadView } from './forum-view';
import { ForumRepository, type PostRecord, type ThreadRecord } from './forum.repository';
import { canSeePost } from './post-visibility';

/**
 * Forum posts: replying (nested, quoted, anonymous where allowed, idempotent by the client's id), with the
 * activity counters and completion, notices to followers and mentions; editing with history, deleting,
 * and for the moderation library hiding a post and reading one with the caller's rights.
 */
@Injectable()
export class ForumPosts {
  constructor(
    private readonly repo: ForumRepository,
    private readonly policy: ForumAccessPolicy,
    private readonly progress: ForumProgress,
    private readonly publisher: RealtimePublisher,
    private readonly counters: ActivityCounters,
    private readonly notices: ForumNotices,
    private readonly reads: ForumReads,
    private readonly searchIndex: ForumSearchIndex,
  ) {}

  async createPost(caller: AuthUser, threadId: string, input: PostCreateInput): Promise<PostView> {
    const { thread, access } = await this.policy.thread(caller, threadId);
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
    const before = thread.activityId ? await this.progress.completion(thread, caller.id) : undefined;
    const viewer = { id: caller.id, canModerate: access.canModerate };
    const quoted = input.quotedPostId ? await this.repo.findPost(input.quotedPostId) : null;
    if (input.quotedPostId && (!quoted || quoted.threadId !== thread.id || !canSeePost(quoted, thread, viewer, true)))
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
        { path: 'quotedPostId', message: 'is not a post of this thread you can read' },
      ]);
    const author = await this.policy.author(caller.id);
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
    await this.searchIndex.changed(indexed(post, 'post'), undefined, searchText(post.body));

    const cohortId = thread.cohortId ?? (await this.progress.learnerCohortOf(caller.id, thread.courseId));
    if (access.learner && cohortId) {
      await this.counters.record({ userId: caller.id, cohortId, courseId: thread.courseId, kind: 'post', at: now });
      const after = before ? await this.progress.completion(thread, caller.id) : undefined;
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

  async editPost(caller: AuthUser, postId: string, body: string): Promise<PostView> {
    const { post, thread, access } = await this.policy.post(caller, postId);
    assertMayPublish(access);
    if (post.authorId !== caller.id) throw new AppError('FORBIDDEN', 'Only the author edits a post');
    if (post.deletedAt) throw new AppError('CONFLICT', 'The post was deleted');
    await this.repo.recordEdit({ targetId: post.id, body: post.body, editedAt: new Date(), editorId: caller.id });
    const updated = (await this.repo.updatePost(post.id, { body, editedAt: new Date() }))!;
    await this.searchIndex.changed(indexed(post, 'post'), searchText(post.body), searchText(updated.body));
    this.broadcastPost(thread, updated);
    return toPostView(updated, { id: caller.id, canModerate: access.canModerate }, thread.acceptedPostId);
  }

  async deletePost(caller: AuthUser, postId: string): Promise<void> {
    const { post, thread, access } = await this.policy.post(caller, postId);
    if (post.authorId !== caller.id && !access.canModerate)
      throw new AppError('FORBIDDEN', 'Only the author or a moderator deletes a post');
    if (post.deletedAt) return;
    await this.repo.recordEdit({ targetId: post.id, body: post.body, editedAt: new Date(), editorId: caller.id });
    const updated = (await this.repo.updatePost(post.id, { deletedAt: new Date() }))!;
    await this.repo.updateThread(thread.id, { replyCount: await this.repo.countPosts(thread.id) });
    await this.reads.postDeleted(post);
    await this.searchIndex.changed(indexed(post, 'post'), searchText(post.body), undefined);
    this.broadcastPost(thread, updated);
  }

  async postHistory(caller: AuthUser, postId: string): Promise<PostHistory> {
    const { post, access } = await this.policy.post(caller, postId);
    if (!access.canModerate && post.authorId !== caller.id)
      throw new AppError('FORBIDDEN', 'Only moderators and the author see the history');
    const versions = (await this.repo.editsOf(post.id)).map((e) => ({
      body: e.body,
      title: e.title,
      editedAt: new Date(e.editedAt).toISOString(),
      editorId: e.editorId,
    }));
    return { postId, versions, current: post.deletedAt ? undefined : post.body };
  }

  /** For the moderation library: a post with the caller's rights over its forum (404 outside it). */
  async postWithAccess(caller: AuthUser, postId: string) {
    return this.policy.post(caller, postId);
  }

  /** A post the caller may see (for flags): 404 for a deleted, hidden or withheld post, as for one that does not exist. */
  async visiblePost(caller: AuthUser, postId: string) {
    const found = await this.policy.post(caller, postId);
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

  private broadcastPost(thread: ThreadRecord, post: PostRecord): void {
    if (thread.postFirst) this.publisher.toRoom(threadRoom(thread.id), 'forum:activity', { threadId: thread.id });
    else this.publisher.toRoom(threadRoom(thread.id), 'forum:post', toPostView(post, { canModerate: false }, thread.acceptedPostId));
  }
}
