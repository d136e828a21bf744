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
 * (docs/performance.md, "Warm-up"). This reads the newest documents of every collection the models use, 10
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
