import type { PostRecord, ThreadRecord } from './forum.repository';

/** Who is looking at a forum: their id and whether they moderate that forum. */
export interface ForumViewer {
  id: string;
  canModerate: boolean;
}

/**
 * The one rule for who may see a forum post's content. The thread page, search, flags and notifications
 * all ask it, so a post one path withholds is withheld by every path:
 * - a deleted post is a tombstone for everybody;
 * - a hidden post is for the forum's moderators only;
 * - under the post-first rule, a learner sees peers' posts only after posting their own first post.
 */
export function canSeePost(
  post: PostRecord,
  thread: Pick<ThreadRecord, 'postFirst' | 'deletedAt'>,
  viewer: ForumViewer,
  viewerPostedFirst: boolean,
): boolean {
  if (post.deletedAt) return false;
  if (viewer.canModerate) return true;
  if (thread.deletedAt || post.hiddenAt) return false;
  return !thread.postFirst || post.authorId === viewer.id || viewerPostedFirst;
}

/** Anonymous posts name their author only to the author and the forum's moderators. */
export function seesAuthor(post: Pick<PostRecord, 'anonymous' | 'authorId'>, viewer: Partial<ForumViewer>): boolean {
  return !post.anonymous || Boolean(viewer.canModerate) || viewer.id === post.authorId;
}
