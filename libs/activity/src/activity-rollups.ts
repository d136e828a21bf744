import type { Model } from 'mongoose';
import { validCounter, type ActivityCounterDoc, type ActivityMigrationDoc, type ActivityRollupDoc } from './activity-counter.schema';
import { rollupId, rollupKey } from './totals-view';

/** The name of the one-off build of roll-ups from the day counters stored before roll-ups existed. */
export const ROLLUPS_MIGRATION = 'rollups-v1';

/** Day counters read per step of the build. */
const BUILD_BATCH = 5000;

/** The roll-ups' increments for some day counters' increments (or totals), one per person and course. */
export function rollupsOf(counters: Iterable<ActivityCounterDoc>): Map<string, ActivityRollupDoc> {
  const rollups = new Map<string, ActivityRollupDoc>();
  for (const counter of counters) {
    if (!validCounter(counter)) continue;
    const id = rollupId(counter);
    const rollup = rollups.get(id) ?? { _id: id, userId: counter.userId, courseId: counter.courseId, c: {}, v: 0 };
    const key = rollupKey(counter);
    rollup.c[key] = (rollup.c[key] ?? 0) + counter.count;
    rollups.set(id, rollup);
  }
  return rollups;
}

function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number })?.code === 11000;
}

/**
 * Adds a roll-up's increments to the stored one (creating it when missing) and raises its version; the
 * roll-up as stored.
 */
export async function addToRollup(
  rollups: Model<ActivityRollupDoc>,
  entry: ActivityRollupDoc,
  exists: boolean,
): Promise<ActivityRollupDoc | null> {
  const inc: Record<string, number> = { v: 1 };
  for (const [key, count] of Object.entries(entry.c)) inc[`c.${key}`] = count;
  const add = () =>
    rollups.findOneAndUpdate({ _id: entry._id }, { $inc: inc }, { returnDocument: 'after' }).lean<ActivityRollupDoc>().exec();
  const stored = exists ? await add() : null;
  if (stored) return stored;
  return rollups.create({ ...entry, v: 1 }).then(
    () => ({ ...entry, c: { ...entry.c }, v: 1 }),
    (error: unknown) => {
      if (!isDuplicateKey(error)) throw error;
      return add(); // created meanwhile: add to it
    },
  );
}

/**
 * Builds every person's roll-ups from the day counters stored so far: the counters are read in `_id`
 * order, which keeps each person's together, and each person's roll-ups are set to their recount (never
 * added to, so running it twice, or on two nodes, gives the same result). Each step runs through `serial`
 * (the counters' write queue), so no write of this node falls between a step's read and its writes.
 */
export async function buildRollups(
  counters: Model<ActivityCounterDoc>,
  rollups: Model<ActivityRollupDoc>,
  migrations: Model<ActivityMigrationDoc>,
  serial: <T>(work: () => Promise<T>) => Promise<T>,
): Promise<void> {
  if (await migrations.exists({ _id: ROLLUPS_MIGRATION }).exec()) return;
  let after = '';
  for (let done = false; !done;) {
    done = await serial(async () => {
      const filter = after ? { _id: { $gt: after } } : {};
      const batch = await counters.find(filter).sort({ _id: 1 }).limit(BUILD_BATCH).lean<ActivityCounterDoc[]>().exec();
      const last = batch.length === BUILD_BATCH;
      // A person's counters may go on in the next batch: leave that person (the last one) for it.
      const lastUser = batch.at(-1)?.userId;
      const complete = last ? batch.filter((c) => c.userId !== lastUser) : batch;
      if (last && complete.length === 0) throw new Error(`more than ${BUILD_BATCH} activity counters for one person`);
      for (const rollup of rollupsOf(complete).values()) {
        const set = () =>
          rollups
            .updateOne(
              { _id: rollup._id },
              { $set: { userId: rollup.userId, courseId: rollup.courseId, c: rollup.c }, $inc: { v: 1 } },
              { upsert: true },
            )
            .exec();
        await set().catch((error: unknown) => (isDuplicateKey(error) ? set() : Promise.reject(error)));
      }
      after = complete.at(-1)?._id ?? after;
      return !last;
    });
  }
  await migrations.create({ _id: ROLLUPS_MIGRATION, at: new Date() }).catch((error: unknown) => {
    if (!isDuplicateKey(error)) throw error;
  });
}
