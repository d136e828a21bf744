import type { ForumAuthor, PostView, ThreadView } from '@trainaction/contracts';
import type { ListedThread, PostRecord } from './forum.repository';
import { seesAuthor } from './post-visibility';

export const ANONYMOUS: ForumAuthor = { id: null, displayName: 'Participante anónimo', country: null };

export function toThreadView(thread: ListedThread, extra: Partial<ThreadView> = {}): ThreadView {
  return {
    id: thread.id,
    scope: thread.scope,
    cohortId: thread.cohortId,
    courseId: thread.courseId,
    title: thread.title,
    body: thread.deletedAt ? '' : thread.body,
    kind: thread.kind,
    author: { id: thread.authorId, displayName: thread.authorName, country: thread.authorCountry },
    activityId: thread.activityId,
    postFirst: thread.postFirst,
    allowAnonymous: thread.allowAnonymous,
    opensAt: thread.opensAt?.toISOString(),
    dueAt: thread.dueAt?.toISOString(),
    acceptedPostId: thread.acceptedPostId,
    locked: thread.locked || undefined,
    roomId: thread.roomId,
    replyCount: thread.replyCount,
    lastActivityAt: thread.lastActivityAt.toISOString(),
    createdAt: thread.createdAt.toISOString(),
    editedAt: thread.editedAt?.toISOString(),
    deleted: thread.deletedAt ? true : undefined,
    ...extra,
  };
}

/** Anonymous posts show their author only to the author and the forum's moderators. */
export function toPostView(post: PostRecord, viewer: { id?: string; canModerate: boolean }, acceptedPostId?: string): PostView {
  return {
    id: post.id,
    threadId: post.threadId,
    parentId: post.parentId,
    depth: post.depth,
    author: seesAuthor(post, viewer) ? { id: post.authorId, displayName: post.authorName, country: post.authorCountry } : ANONYMOUS,
    anonymous: post.anonymous || undefined,
    body: post.deletedAt || post.hiddenAt ? '' : post.body,
    createdAt: post.createdAt.toISOString(),
    editedAt: post.editedAt?.toISOString(),
    deleted: post.deletedAt ? true : undefined,
    hidden: post.hiddenAt ? true : undefined,
    hiddenReason: post.hiddenAt ? post.hiddenReason : undefined,
    accepted: acceptedPostId === post.id || undefined,
  };
}
