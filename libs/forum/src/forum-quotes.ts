import type { PostQuote, PostView } from '@trainaction/contracts';
import type { PostRecord, ThreadRecord } from './forum.repository';
import { toPostView } from './forum-view';
import { canSeePost, type ForumViewer } from './post-visibility';

const EXCERPT = 280;

/**
 * The quotes of these posts as this viewer may read them. A quote is stored as a reference to a post of the
 * same thread and shown as that post reads now, through `canSeePost` and the post's own view (an anonymous
 * author stays anonymous): deleted or withheld, the quote keeps only its id and the page says it is unavailable.
 */
export async function quotesOf(
  posts: PostRecord[],
  thread: ThreadRecord,
  viewer: ForumViewer,
  viewerPostedFirst: boolean,
  findPosts: (ids: string[]) => Promise<PostRecord[]>,
): Promise<Map<string, PostQuote>> {
  const wanted = [...new Set(posts.map((p) => p.quotedPostId).filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const known = new Map(posts.map((p) => [p.id, p]));
  const missing = wanted.filter((id) => !known.has(id));
  for (const post of missing.length ? await findPosts(missing) : []) known.set(post.id, post);
  return new Map(
    wanted.map((id) => {
      const quoted = known.get(id);
      if (!quoted || quoted.threadId !== thread.id || !canSeePost(quoted, thread, viewer, viewerPostedFirst)) return [id, { postId: id }];
      const view = toPostView(quoted, viewer, thread.acceptedPostId);
      const text = view.body.replace(/\s+/g, ' ').trim();
      return [id, { postId: id, author: view.author.displayName, excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text }];
    }),
  );
}

/** The post's view with its quote, if it has one. */
export function withQuote(view: PostView, post: PostRecord, quotes: Map<string, PostQuote>): PostView {
  const quote = post.quotedPostId ? quotes.get(post.quotedPostId) : undefined;
  return quote ? { ...view, quote } : view;
}
