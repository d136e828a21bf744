import type { Indexed } from './forum-search-index';
import type { PostRecord, ThreadRecord } from './forum.repository';

/** Replies nest at most this deep. */
export const MAX_DEPTH = 3;

/** A caller's rights in one forum, as decided by `ForumAccessPolicy.forum`. */
export interface ForumAccess {
  canModerate: boolean;
  learner: boolean;
  /** Muted in the cohort (or, for a course's shared forum, in any of the caller's cohorts of the course). */
  mutedUntil?: Date;
  /** Registered and not yet verified: reads, publishes nothing (`assertMayPublish`). */
  emailUnverified: boolean;
}

/** The socket room of a forum (a cohort's, or a course's shared one). */
export function forumRoom(thread: Pick<ThreadRecord, 'scope' | 'cohortId' | 'courseId'>): string {
  return thread.scope === 'cohort' ? `forum:cohort:${thread.cohortId}` : `forum:course:${thread.courseId}`;
}

/** The socket room of one thread. */
export function threadRoom(threadId: string): string {
  return `forum:thread:${threadId}`;
}

export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number })?.code === 11000;
}

export function indexed(item: ThreadRecord | PostRecord, kind: Indexed['kind']): Indexed {
  return { id: item.id, kind, scope: item.scope, cohortId: item.cohortId, courseId: item.courseId };
}

export function searchText(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join(' ').toLowerCase();
}
