import type { PostView } from '@trainaction/contracts';

/** The deepest level a reply can have (the API nests posts up to three levels). */
export const MAX_DEPTH = 3;

export interface PostNode {
  post: PostView;
  children: PostNode[];
}

/**
 * Posts as a tree in reading order (oldest first at each level). A post whose parent is missing (hidden by the
 * post-first rule, or not yet arrived) is shown at the top level rather than lost.
 */
export function buildPostTree(posts: readonly PostView[]): PostNode[] {
  const sorted = [...posts].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const nodes = new Map<string, PostNode>();
  for (const post of sorted) nodes.set(post.id, { post, children: [] });
  const roots: PostNode[] = [];
  for (const post of sorted) {
    const node = nodes.get(post.id)!;
    const parent = post.parentId ? nodes.get(post.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Whether one can reply under this post (the reply would be at most MAX_DEPTH deep). */
export function canReplyTo(post: PostView): boolean {
  return !post.deleted && post.depth < MAX_DEPTH;
}

/** Which of two versions of a post to show: the later change wins; a deletion always wins. */
export function newerPost(a: PostView, b: PostView): PostView {
  if (a.deleted !== b.deleted) return a.deleted ? a : b;
  const at = a.editedAt ?? a.createdAt;
  const bt = b.editedAt ?? b.createdAt;
  return bt > at ? b : a;
}

/** Merges live posts into loaded ones by id (a loaded version wins ties, it may name an anonymous author). */
export function mergePosts(loaded: readonly PostView[], live: readonly PostView[]): PostView[] {
  const byId = new Map<string, PostView>();
  for (const post of loaded) byId.set(post.id, post);
  for (const post of live) {
    const known = byId.get(post.id);
    byId.set(post.id, known ? newerPost(known, post) : post);
  }
  return [...byId.values()];
}

export interface Completion {
  initialPost: boolean;
  replies: number;
  required: number;
  complete: boolean;
}

export interface CompletionLabels {
  initial: string;
  initialMissing: string;
  replies: (count: number, required: number) => string;
  complete: string;
}

/** "Aporte inicial ✓, respuestas 1 de 2" — the learner's progress in a forum activity. */
export function completionText(completion: Completion, labels: CompletionLabels): string {
  const parts = [completion.initialPost ? `${labels.initial} ✓` : labels.initialMissing];
  if (completion.required > 0) parts.push(labels.replies(Math.min(completion.replies, completion.required), completion.required));
  const text = parts.join(', ');
  return completion.complete ? `${text} · ${labels.complete}` : text;
}

/** Upserts a thread into a list sorted by last activity, newest first. */
export function upsertThread<T extends { id: string; lastActivityAt: string; deleted?: boolean }>(list: readonly T[], thread: T): T[] {
  const rest = list.filter((t) => t.id !== thread.id);
  if (thread.deleted) return rest;
  return [...rest, thread].sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
}
