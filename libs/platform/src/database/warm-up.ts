import { Injectable, Logger } from '@nestjs/common';
import type { Connection } from 'mongoose';

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

/**
 * What libs warm after the reads, before the API listens (`main.ts`): a lib adds a task when it is built (the
 * analytics compute the dashboard as coordinators first open it, whose first request otherwise costs half a
 * second of CPU in a new process). A task reads and computes; it must write nothing. A failure is logged and
 * the start goes on.
 */
@Injectable()
export class WarmUps {
  private readonly logger = new Logger(WarmUps.name);
  private readonly tasks = new Map<string, () => Promise<unknown>>();

  add(name: string, task: () => Promise<unknown>): void {
    this.tasks.set(name, task);
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
}
