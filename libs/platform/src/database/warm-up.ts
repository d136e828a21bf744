import type { RequestListener } from 'node:http';
import { Injectable, Logger } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { AccessTokenService } from '../auth/access-token.service';
import type { AuthUser } from '../auth/auth-user';
import { warmUpRequests, type RequestsSummary } from '../http/warm-up-requests';
import type { BurstLimits } from './warm-in-bursts';

/** What a warm-up did. */
export interface WarmUpSummary {
  rounds: number;
  reads: number;
  ms: number;
}

/** Reads of one collection at once (a burst of people asking), and documents per read (a page). */
const AT_ONCE = 10;
const PAGE = 50;

/**
 * Warms the API's database path before it listens. Right after a start V8 runs the driver's, mongoose's and
 * BSON's code unoptimised, so the first 50 people asking at once cost about twice the API CPU of a later burst
 * (docs/performance.md: "Warm-up before the API listens"). This reads the newest documents of every collection the models use, 10
 * at once per collection and serialised as an answer would be, `rounds` times: the same code, optimised
 * before anyone asks. It writes nothing and needs no identity. No round starts after `budgetMs`; a failed read
 * is skipped (the database's health is /api/ready's to report).
 */
export async function warmUpReads(connection: Connection, rounds: number, budgetMs = 5_000): Promise<WarmUpSummary> {
  const started = Date.now();
  const models = connection.modelNames().map((name) => connection.model(name));
  const summary = { rounds: 0, reads: 0, ms: 0 };
  while (summary.rounds < rounds && Date.now() - started < budgetMs) {
    await Promise.all(
      models.flatMap((model) =>
        Array.from({ length: AT_ONCE }, async () => {
          const docs = await model
            .find({})
            .sort({ _id: -1 })
            .limit(PAGE)
            .lean()
            .exec()
            .catch(() => undefined);
          if (docs) summary.reads += 1;
          JSON.stringify(docs);
        }),
      ),
    );
    summary.rounds += 1;
  }
  return { ...summary, ms: Date.now() - started };
}

/** Whom the warm-ups read and ask as: no one, with a coordinator's sight (no mark, post or reaction is theirs). */
export const WARM_UP_USER: AuthUser = { id: 'warm-up', role: 'coordinator', sessionId: 'warm-up' };

/** The API's own GETs before it listens: after the tasks, up to this many bursts within this long. */
const REQUEST_LIMITS: BurstLimits = { rounds: 10, budgetMs: 2_000, slowMs: 150 };

/**
 * What libs warm after the reads, before the API listens (`main.ts`): a lib adds a task when it is built (the
 * analytics compute the dashboard as coordinators first open it, whose first request otherwise costs half a
 * second of CPU in a new process). A task reads and computes; it must write nothing. A failure is logged and
 * the start goes on.
 *
 * A lib also names the GETs its people make most (`addRequests`: read-only routes, with ids of recent
 * content); the API then serves them to itself as `WARM_UP_USER`, in bursts (`warmUpRequests`). A burst of 50
 * people right after a restart cost about 1.6x the API CPU of one after such a burst through the HTTP stack,
 * where the tasks' calls of the same services, in bursts too, took off much less (docs/performance.md).
 */
@Injectable()
export class WarmUps {
  private readonly logger = new Logger(WarmUps.name);
  private readonly tasks = new Map<string, () => Promise<unknown>>();
  private readonly requests = new Map<string, () => Promise<string[]>>();

  constructor(private readonly tokens: AccessTokenService) {}

  add(name: string, task: () => Promise<unknown>): void {
    this.tasks.set(name, task);
  }

  /** `paths`: GET paths under /api, with their query; each must only read (a thread view, which marks it read, may not). */
  addRequests(name: string, paths: () => Promise<string[]>): void {
    this.requests.set(name, paths);
  }

  /** Runs the tasks one after the other; what each took, or why it failed. */
  async run(): Promise<{ name: string; ms: number; error?: string }[]> {
    const done: { name: string; ms: number; error?: string }[] = [];
    for (const [name, task] of this.tasks) {
      const started = Date.now();
      const error = await task().then(
        () => undefined,
        (failure: unknown) => String(failure),
      );
      done.push({ name, ms: Date.now() - started, ...(error ? { error } : {}) });
      if (error) this.logger.warn(`${name} failed: ${error}`);
      else this.logger.log(`${name}: ${Date.now() - started} ms`);
    }
    return done;
  }

  /** Serves the libs' requests through `handler` (the API's Express application), before it listens. */
  async runRequests(handler: RequestListener): Promise<RequestsSummary> {
    const paths: string[] = [];
    for (const [name, list] of this.requests)
      paths.push(...(await list().catch((failure: unknown) => (this.logger.warn(`${name} requests failed: ${String(failure)}`), []))));
    const summary = await warmUpRequests(handler, paths, this.tokens.sign(WARM_UP_USER), REQUEST_LIMITS);
    this.logger.log(`requests: ${summary.requests} in ${summary.bursts} bursts, ${summary.ms} ms`);
    if (summary.failed.length) this.logger.warn(`requests that did not answer 2xx: ${summary.failed.join(', ')}`);
    return summary;
  }
}
