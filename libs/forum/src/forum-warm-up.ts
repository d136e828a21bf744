import { Injectable } from '@nestjs/common';
import { queryWords } from '@trainaction/contracts';
import { WarmUps } from '@trainaction/platform';
import { ForumRepository } from './forum.repository';
import { ForumSearch } from './forum-search';
import { ForumThreads } from './forum-threads.service';

/** At most this many rounds (a thread list and a search each), for at most this long. */
const ROUNDS = 150;
const BUDGET_MS = 2_000;
/**
 * A round slower than this ends the warm-up: the database is not answering from its indexes (the stock engine
 * of `npm run bench`'s baseline scans for seconds) or the machine is loaded, and warming would delay the start
 * more than it saves.
 */
const SLOW_ROUND_MS = 150;
/** Whom the warm-up reads as: no one (no mark, follow or post is theirs, and nothing is written). */
const READER = 'warm-up';

/**
 * A thread list and a forum search cost a new process about twice the API CPU of a warm one: their code (the
 * ranking's text folding and counting, the views, the queries' building and decoding) runs unoptimised by V8
 * until it has run many times (docs/performance.md, "Warm-up before the API listens"). So before the API
 * listens (`WarmUps`), the newest thread's forum is listed and searched for words of its title, as a reader
 * who moderates nothing, until `ROUNDS` are done, `BUDGET_MS` spent or one round took `SLOW_ROUND_MS`. It only reads.
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
  }

  /** How many rounds ran. */
  async run(): Promise<number> {
    const newest = await this.repo.newestThread();
    const q = newest && queryWords(newest.title).slice(0, 2).join(' ');
    if (!newest || !q) return 0;
    const forum = { scope: newest.scope, cohortId: newest.cohortId, courseId: newest.courseId };
    const scope = { cohortIds: newest.cohortId ? [newest.cohortId] : [], courseIds: [newest.courseId] };
    const viewerOf = () => ({ id: READER, canModerate: false });
    const until = Date.now() + BUDGET_MS;
    let rounds = 0;
    while (rounds < ROUNDS && Date.now() < until) {
      const started = Date.now();
      await this.threads.threadPage(READER, forum, { sort: 'activity', limit: 30 });
      await this.search.searchIn(READER, scope, viewerOf, { q, limit: 50 });
      rounds += 1;
      if (Date.now() - started > SLOW_ROUND_MS) break;
    }
    return rounds;
  }
}
