import { Injectable } from '@nestjs/common';
import type { ForumSearchQuery, PostView, ThreadView } from '@trainaction/contracts';
import { CohortsRepository, isStaff } from '@trainaction/cohorts';
import type { AuthUser } from '@trainaction/platform';
import { CourseForumModerators } from './course-moderators.service';
import { ForumRepository, type PostRecord, type ThreadRecord } from './forum.repository';
import { ForumSearchIndex, forumKey, type Hits } from './forum-search-index';
import { toPostView, toThreadView } from './forum-view';
import { canSeePost, seesAuthor } from './post-visibility';
import { queryWords, termsOf, textMatches } from './search-terms';

/** Candidates read per round after the first (`limit` + a few): those the rules withhold are replaced by the next. */
const NEXT_ROUND = 100;

/** Newest first, as before the index (ObjectIds grow with time). */
function ranked(hits: Hits): string[] {
  return [...hits].sort((a, b) => (a < b ? 1 : -1));
}

/**
 * Search across every forum the caller can see. Words are looked up in the forum's word index
 * (`ForumSearchIndex`): folded for case, accents and plurals, every word required, newest first. Each candidate is then read as stored now and shown
 * only if `canSeePost` (and `seesAuthor` for an author filter) allow it and its text still holds the words.
 */
@Injectable()
export class ForumSearch {
  constructor(
    private readonly repo: ForumRepository,
    private readonly index: ForumSearchIndex,
    private readonly cohorts: CohortsRepository,
    private readonly courseModerators: CourseForumModerators,
  ) {}

  async search(caller: AuthUser, query: ForumSearchQuery): Promise<{ threads: ThreadView[]; posts: PostView[] }> {
    const now = new Date();
    const memberships = (await this.cohorts.membershipsOfUser(caller.id)).filter((m) => !(m.bannedUntil && m.bannedUntil > now));
    const staff = isStaff(caller);
    const moderatedCourses = staff ? [] : await this.courseModerators.coursesOf(caller.id);
    const all = staff ? await this.cohorts.list({}) : [];
    const scope = staff
      ? { cohortIds: all.map((c) => c.id), courseIds: [...new Set(all.map((c) => c.courseId))] }
      : {
          cohortIds: memberships.map((m) => m.cohortId),
          courseIds: [...new Set([...memberships.map((m) => m.courseId), ...moderatedCourses])],
        };
    // Cohort forums are moderated by the cohort's moderators; a course's shared forum by its own (CourseForumModerators).
    const moderated = new Set([...memberships.filter((m) => m.role === 'moderator').map((m) => m.cohortId), ...moderatedCourses]);
    const viewerOf = (thread: ThreadRecord) => ({ id: caller.id, canModerate: staff || moderated.has(thread.cohortId ?? thread.courseId) });
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    const inFilters = (item: { authorId: string; createdAt: Date }) =>
      (!query.authorId || item.authorId === query.authorId) && (!from || item.createdAt >= from) && (!to || item.createdAt < to);

    const words = queryWords(query.q);
    if (!words.length) {
      if (query.q?.trim()) return { threads: [], posts: [] }; // only words too common to search ("de la")
      const found = await this.repo.search({ ...scope, authorId: query.authorId, from, to, limit: query.limit });
      return {
        threads: found.threads.map((t) => toThreadView(t)),
        posts: await this.visiblePosts(caller.id, found.posts, viewerOf, query.authorId),
      };
    }
    await this.index.ready();
    const keys = [
      ...scope.cohortIds.map((cohortId) => forumKey({ scope: 'cohort', cohortId, courseId: '' })),
      ...scope.courseIds.map((courseId) => forumKey({ scope: 'course', courseId })),
    ];
    const hits = await this.index.lookup(keys, words);
    const holds = (text: string) => textMatches(termsOf(text), words);
    const [threads, posts] = await Promise.all([
      this.take(ranked(hits.threads), query.limit, async (ids) =>
        (await this.repo.findThreads(ids)).filter((t) => !t.deletedAt && inFilters(t) && holds(t.searchText)).map((t) => toThreadView(t)),
      ),
      this.take(ranked(hits.posts), query.limit, async (ids) =>
        this.visiblePosts(
          caller.id,
          (await this.repo.findPosts(ids)).filter((p) => inFilters(p) && holds(p.searchText)),
          viewerOf,
          query.authorId,
        ),
      ),
    ]);
    return { threads, posts };
  }

  /** The first `limit` results in rank order, read a round of candidates at a time (a round keeps what it may show). */
  private async take<R extends { id: string }>(ids: string[], limit: number, round: (ids: string[]) => Promise<R[]>): Promise<R[]> {
    const out: R[] = [];
    for (let i = 0, size = limit + 10; i < ids.length && out.length < limit; i += size, size = NEXT_ROUND) {
      const slice = ids.slice(i, i + size);
      const byId = new Map((await round(slice)).map((r) => [r.id, r]));
      for (const id of slice) {
        const result = byId.get(id);
        if (result && out.length < limit) out.push(result);
      }
    }
    return out;
  }

  /** What the caller may see of these posts: their threads and the post-first checks read once for all. */
  private async visiblePosts(
    userId: string,
    posts: PostRecord[],
    viewerOf: (thread: ThreadRecord) => { id: string; canModerate: boolean },
    authorFilter: string | undefined,
  ): Promise<PostView[]> {
    const threads = new Map((await this.repo.findThreads([...new Set(posts.map((p) => p.threadId))])).map((t) => [t.id, t]));
    const postFirst = [...threads.values()].filter((t) => t.postFirst).map((t) => t.id);
    const postedFirst = await this.repo.threadsWithInitialPost(userId, postFirst);
    const views: PostView[] = [];
    for (const post of posts) {
      const thread = threads.get(post.threadId);
      if (!thread || thread.deletedAt) continue;
      const viewer = viewerOf(thread);
      if (!canSeePost(post, thread, viewer, postedFirst.has(thread.id))) continue;
      // An author filter must not attribute anonymous posts to their author.
      if (authorFilter && !seesAuthor(post, viewer)) continue;
      views.push(toPostView(post, viewer, thread.acceptedPostId));
    }
    return views;
  }
}
