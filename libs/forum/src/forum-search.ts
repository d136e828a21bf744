import { Injectable } from '@nestjs/common';
import { matchCount, queryWords, wordCounts, type ForumSearchQuery, type ForumSearchResult, type PostView } from '@trainaction/contracts';
import { CohortDirectory, isStaff } from '@trainaction/cohorts';
import type { AuthUser } from '@trainaction/platform';
import { CourseForumModerators } from './course-moderators.service';
import { ForumRepository, type PostRecord, type ThreadRecord } from './forum.repository';
import { ForumSearchIndex, forumKey, type Hits } from './forum-search-index';
import { toPostView, toThreadView } from './forum-view';
import { canSeePost, seesAuthor } from './post-visibility';

/**
 * How many candidates, newest first, are read and ranked by relevance. A word common enough to hold more
 * is ranked among its newest RANK_WINDOW holders (a narrower search, or the author and date filters, reach further).
 */
const RANK_WINDOW = 400;

/** Newest first (ObjectIds grow with time). */
function newestFirst(hits: Hits): string[] {
  return [...hits].sort((a, b) => (a < b ? 1 : -1));
}

/** How well a result answers the words: how many of them are in its (thread's) title, then how often they occur. */
interface Relevance {
  id: string;
  inTitle: number;
  occurrences: number;
}

function byRelevance(a: Relevance, b: Relevance): number {
  return b.inTitle - a.inTitle || b.occurrences - a.occurrences || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** `occurrences`: the candidate's `matchCount` (0: its text no longer holds every word). */
function relevance(id: string, title: string, occurrences: number, words: string[]): Relevance {
  return { id, inTitle: wordCounts(title, words).filter((n) => n > 0).length, occurrences };
}

/**
 * Search across every forum the caller can see. Words are looked up in the forum's word index
 * (`ForumSearchIndex`): folded for case, accents and plurals, every word required, ranked by relevance (words in the title, then how often they occur, then newest). Each candidate is then read as stored now and shown
 * only if `canSeePost` (and `seesAuthor` for an author filter) allow it and its text still holds the words.
 */
@Injectable()
export class ForumSearch {
  constructor(
    private readonly repo: ForumRepository,
    private readonly index: ForumSearchIndex,
    private readonly cohorts: CohortDirectory,
    private readonly courseModerators: CourseForumModerators,
  ) {}

  async search(caller: AuthUser, query: ForumSearchQuery): Promise<ForumSearchResult> {
    const { scope, viewerOf } = await this.scopeOf(caller);
    return this.searchIn(caller.id, scope, viewerOf, query);
  }

  /** The forums the caller searches (their cohorts' and courses', every one for staff) and who they are in each. */
  private async scopeOf(caller: AuthUser) {
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
    return { scope, viewerOf };
  }

  /** A search of these forums by this reader (`search`, once it knows them; the warm-up). */
  async searchIn(
    callerId: string,
    scope: { cohortIds: string[]; courseIds: string[] },
    viewerOf: (thread: ThreadRecord) => { id: string; canModerate: boolean },
    query: ForumSearchQuery,
  ): Promise<ForumSearchResult> {
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    const inFilters = (item: { authorId: string; createdAt: Date }) =>
      (!query.authorId || item.authorId === query.authorId) && (!from || item.createdAt >= from) && (!to || item.createdAt < to);

    const words = queryWords(query.q);
    if (!words.length) {
      if (query.q?.trim()) return { threads: [], posts: [] }; // only words too common to search ("de la")
      const found = await this.repo.search({ ...scope, authorId: query.authorId, from, to, limit: query.limit });
      const threadsById = await this.threadsById(found.posts.map((p) => p.threadId));
      return {
        threads: found.threads.map((t) => toThreadView(t)),
        posts: await this.visiblePosts(callerId, found.posts, threadsById, viewerOf, query.authorId),
      };
    }
    await this.index.ready();
    const keys = [
      ...scope.cohortIds.map((cohortId) => forumKey({ scope: 'cohort', cohortId, courseId: '' })),
      ...scope.courseIds.map((courseId) => forumKey({ scope: 'course', courseId })),
    ];
    const hits = await this.index.lookup(keys, words);
    // The candidate posts, then the threads of those that still match and the candidate threads, in one read.
    const threadHits = newestFirst(hits.threads).slice(0, RANK_WINDOW);
    const found = await this.repo.findPosts(newestFirst(hits.posts).slice(0, RANK_WINDOW));
    const counts = new Map(found.filter(inFilters).map((p) => [p.id, matchCount(p.body, words)]));
    const matched = found.filter((p) => counts.get(p.id));
    const threadsById = await this.threadsById([...threadHits, ...matched.map((p) => p.threadId)]);
    const threads = threadHits
      .map((id) => threadsById.get(id))
      .filter((t): t is ThreadRecord => Boolean(t && !t.deletedAt && inFilters(t)))
      .map((t) => ({ t, r: relevance(t.id, t.title, matchCount(t.searchText, words), words) }))
      .filter(({ r }) => r.occurrences > 0)
      .sort((x, y) => byRelevance(x.r, y.r))
      .slice(0, query.limit)
      .map(({ t }) => toThreadView(t));
    const shown = await this.visiblePosts(callerId, matched, threadsById, viewerOf, query.authorId);
    const posts = shown
      .map((p) => ({ p, r: relevance(p.id, p.threadTitle, counts.get(p.id)!, words) }))
      .sort((x, y) => byRelevance(x.r, y.r))
      .slice(0, query.limit)
      .map(({ p }) => p);
    return { threads, posts };
  }

  private async threadsById(ids: string[]): Promise<Map<string, ThreadRecord>> {
    return new Map((await this.repo.findThreads([...new Set(ids)])).map((t) => [t.id, t]));
  }

  /** What the caller may see of these posts (`threads`: theirs, read before); the post-first checks read once for all. */
  private async visiblePosts(
    userId: string,
    posts: PostRecord[],
    threads: Map<string, ThreadRecord>,
    viewerOf: (thread: ThreadRecord) => { id: string; canModerate: boolean },
    authorFilter: string | undefined,
  ): Promise<(PostView & { threadTitle: string })[]> {
    const postFirst = [...new Set(posts.map((p) => p.threadId))].filter((id) => threads.get(id)?.postFirst);
    const postedFirst = await this.repo.threadsWithInitialPost(userId, postFirst);
    const views: (PostView & { threadTitle: string })[] = [];
    for (const post of posts) {
      const thread = threads.get(post.threadId);
      if (!thread || thread.deletedAt) continue;
      const viewer = viewerOf(thread);
      if (!canSeePost(post, thread, viewer, postedFirst.has(thread.id))) continue;
      // An author filter must not attribute anonymous posts to their author.
      if (authorFilter && !seesAuthor(post, viewer)) continue;
      views.push({ ...toPostView(post, viewer, thread.acceptedPostId), threadTitle: thread.title });
    }
    return views;
  }
}
