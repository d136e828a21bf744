import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CacheBus } from '@trainaction/platform';
import {
  ACTIVITY_COUNTER_MODEL,
  ACTIVITY_ROLLUP_MODEL,
  ActivityCounterSchema,
  ActivityRollupSchema,
  type ActivityCounterDoc,
  type ActivityKind,
  type ActivityRollupDoc,
} from './activity-counter.schema';
import { ActivityCounters, type CounterRow, type TotalsFilter } from './activity-counters';

/** Roll-ups per person and course on the embedded database: always what a recount of the day counters gives. */
let uri: string;
let connection: Connection;
let days: mongoose.Model<ActivityCounterDoc>;
let rollups: mongoose.Model<ActivityRollupDoc>;

beforeAll(async () => {
  uri = testDatabaseUri('rollups');
  connection = await mongoose.createConnection(uri, { autoIndex: true, bufferCommands: false }).asPromise();
  days = connection.model<ActivityCounterDoc>(ACTIVITY_COUNTER_MODEL, ActivityCounterSchema);
  rollups = connection.model<ActivityRollupDoc>(ACTIVITY_ROLLUP_MODEL, ActivityRollupSchema);
  await Promise.all([days.init(), rollups.init()]);
});

afterAll(async () => {
  await connection?.close();
  await dropDatabase(uri);
});

/** Each person's roll-ups recounted from the day counters stored (`<rollupId> <cohort|kind|month>` → count). */
async function recount(courseIds: string[]): Promise<Record<string, number>> {
  const sums: Record<string, number> = {};
  for (const d of await days.find({ courseId: { $in: courseIds } }).lean<ActivityCounterDoc[]>()) {
    const key = `${d.userId}|${d.courseId} ${d.cohortId}|${d.kind}|${d.month}`;
    sums[key] = (sums[key] ?? 0) + d.count;
  }
  return sums;
}

async function stored(courseIds: string[]): Promise<Record<string, number>> {
  const sums: Record<string, number> = {};
  for (const r of await rollups.find({ courseId: { $in: courseIds } }).lean<ActivityRollupDoc[]>()) {
    for (const [key, count] of Object.entries(r.c)) sums[`${r._id} ${key}`] = count;
  }
  return sums;
}

/** The filter's rows summed from day counters in code, as reports read them before roll-ups. */
async function fromDays(filter: TotalsFilter): Promise<CounterRow[]> {
  const rows = new Map<string, CounterRow>();
  for (const d of await days.find(filter.courseId ? { courseId: filter.courseId } : {}).lean<ActivityCounterDoc[]>()) {
    if ((filter.from && d.day < filter.from) || (filter.to && d.day > filter.to)) continue;
    const key = `${d.userId}|${d.cohortId}|${d.kind}|${d.month}`;
    const row = rows.get(key) ?? { userId: d.userId, cohortId: d.cohortId, courseId: d.courseId, kind: d.kind, month: d.month, count: 0 };
    rows.set(key, { ...row, count: row.count + d.count });
  }
  return sorted([...rows.values()]);
}

const sorted = (rows: CounterRow[]) =>
  [...rows].sort((a, b) => `${a.userId}${a.cohortId}${a.kind}${a.month}`.localeCompare(`${b.userId}${b.cohortId}${b.kind}${b.month}`));
const kinds: ActivityKind[] = ['message', 'post', 'lesson', 'submission'];
const when = (i: number) => new Date(Date.UTC(2026, 6 + (i % 3), 1 + ((i * 7) % 28), 12));

describe('activity roll-ups', () => {
  it('equal a recount of the day counters after writes, undos and writes made while a report reads', async () => {
    const counters = new ActivityCounters(days, new CacheBus());
    await counters.recordMany(
      Array.from({ length: 3000 }, (_, i) => ({
        userId: `p${i % 40}`,
        cohortId: `c${i % 2}`,
        courseId: 'r1',
        kind: 'post' as const,
        at: when(i),
      })),
    );
    const reading = counters.totals({ courseId: 'r1' });
    const writes = Array.from({ length: 60 }, (_, i) => {
      const kind = kinds[i % kinds.length];
      const event = {
        userId: `p${i % 5}`,
        cohortId: kind === 'lesson' ? '' : 'c1',
        courseId: i % 4 ? 'r1' : 'r2',
        kind,
        at: when(i),
        delta: i % 9 === 8 ? -1 : 1,
      };
      return counters.record(event).then(() => (i % 3 ? undefined : counters.flush()));
    });
    await Promise.all([reading, ...writes]);
    await counters.flush();
    expect(await stored(['r1', 'r2'])).toEqual(await recount(['r1', 'r2']));
    // The report kept from the read, brought up to date by the writes, is what a new read gives.
    expect(sorted(await counters.totals({ courseId: 'r1' }))).toEqual(await fromDays({ courseId: 'r1' }));
    expect(sorted(await new ActivityCounters(days, new CacheBus()).totals({ courseId: 'r1' }))).toEqual(await fromDays({ courseId: 'r1' }));
    await counters.onModuleDestroy();
  });

  it('are built for counters stored before they existed, and a report of whole months reads one per person and course', async () => {
    // Counters as the release before roll-ups stored them (a day counter each, no roll-up).
    const old = Array.from({ length: 900 }, (_, i) => {
      const at = when(i).toISOString().slice(0, 10);
      const kind = kinds[i % kinds.length];
      const counter = {
        userId: `old${i % 30}`,
        cohortId: kind === 'lesson' ? '' : `c${i % 3}`,
        courseId: 'r3',
        kind,
        day: at,
        month: at.slice(0, 7),
        count: 1 + (i % 4),
      };
      return { _id: `${counter.userId}|${counter.cohortId}|${counter.courseId}|${counter.kind}|${counter.day}`, ...counter };
    });
    await days.insertMany([...new Map(old.map((c) => [c._id, c])).values()]);
    await connection.collection('activity_migrations').deleteMany({}); // as on a database of that release
    const counters = new ActivityCounters(days, new CacheBus());
    await counters.record({ userId: 'old1', cohortId: 'c1', courseId: 'r3', kind: 'message', at: when(1) }); // written after the build
    expect(sorted(await counters.totals({ courseId: 'r3' }))).toEqual(await fromDays({ courseId: 'r3' }));
    expect(await stored(['r3'])).toEqual(await recount(['r3']));
    expect((await counters.kept({ courseId: 'r3' })).size).toBe(await rollups.countDocuments({ courseId: 'r3' }));
    expect(await rollups.countDocuments({ courseId: 'r3' })).toBe(30);
    // A range with months covered in part sums those months' day counters and the whole ones' roll-ups.
    for (const filter of [
      { courseId: 'r3', from: '2026-07-10', to: '2026-09-05' },
      { courseId: 'r3', from: '2026-08-01', to: '2026-08-31' },
      { courseId: 'r3', from: '2026-08-03', to: '2026-08-20' },
      { courseId: 'r3', to: '2026-08-14' },
    ]) {
      expect(sorted(await counters.totals(filter))).toEqual(await fromDays(filter));
    }
    await counters.onModuleDestroy();
  });
});
