import { Injectable } from '@nestjs/common';
import { queryWords } from '@trainaction/contracts';
import { WARM_UP_USER, warmInBursts, WarmUps } from '@trainaction/platform';
import { ForumRepository, type ThreadRecord } from './forum.repository';
import { ForumSearch } from './forum-search';
import { forumKey } from './forum-search-index';
import { ForumThreads } from './forum-threads.service';

/** The forums of the newest threads (this many read), at most `FORUMS` of them, are listed and searched at once. */
const NEWEST = 300;
const FORUMS = 25;
/** Searched over HTTP too: a coordinator's search reads every forum. */
const SEARCHES = 5;
const LIMITS = { rounds: 20, budgetMs: 2_000, slowMs: 150 };
/** Whom the task reads as: no one (no mark, follow or post is theirs, and nothing is written). */
const READER = WARM_UP_USER.id;

/**
 * A thread list and a forum search cost a new process about twice the API CPU of a warm one: their code (the
 * ranking's text folding and counting, the views, the queries' building and decoding, the batched reads of many
 * searches at once) runs unoptimised by V8 until it has run many times (docs/performance.md, "Warm-up before
 * the API listens"). So before the API listens (`WarmUps`), the forums of the newest threads are listed and
 * searched for two words of their newest thread's title, in bursts (`warmInBursts`), as a reader who moderates
 * nothing; then the same lists, and the searches of the first forums, are asked over HTTP (`addRequests`). It
 * only reads.
 */
@Injectable()
export class ForumWarmUp {
  constructor(
    private readonly repo: ForumRepository,
    private readonly threads: ForumThreads,
    private readonly search: ForumSearch,
    warmUps: WarmUps,
  ) {
    warmUps.add('forum', () => this.run());
    warmUps.addRequests('forum', async () => {
      const targets = await this.targets();
      return [
        ...targets.filter(({ t }) => t.cohortId).map(({ t }) => `/api/cohorts/${t.cohortId}/threads?courseWide=false&limit=30`),
        ...targets.slice(0, SEARCHES).map(({ q }) => `/api/forum/search?q=${encodeURIComponent(q)}&limit=50`),
      ];
    });
  }

  /** How many bursts ran. */
  async run(): Promise<number> {
    const targets = await this.targets();
    const viewerOf = () => ({ id: READER, canModerate: false });
    return warmInBursts(
      targets.length,
      async (i) => {
        const { t, q } = targets[i];
        const scope = { cohortIds: t.cohortId ? [t.cohortId] : [], courseIds: [t.courseId] };
        await this.threads.threadPage(
          READER,
          { scope: t.scope, cohortId: t.cohortId, courseId: t.courseId },
          { sort: 'activity', limit: 30 },
        );
        await this.search.searchIn(READER, scope, viewerOf, { q, limit: 50 });
      },
      LIMITS,
    );
  }

  /** The forums of the newest threads, each with two words of its newest thread's title. */
  private async targets(): Promise<{ t: ThreadRecord; q: string }[]> {
    const newestByForum = new Map<string, ThreadRecord>();
    for (const t of await this.repo.newestThreads(NEWEST)) if (!newestByForum.has(forumKey(t))) newestByForum.set(forumKey(t), t);
    return [...newestByForum.values()]
      .map((t) => ({ t, q: queryWords(t.title).slice(0, 2).join(' ') }))
      .filter(({ q }) => q)
      .slice(0, FORUMS);
  }
}
