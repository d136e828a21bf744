import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CacheBus } from '@trainaction/platform';
import { ACTIVITY_COUNTER_MODEL, ActivityCounterSchema, type ActivityCounterDoc } from './activity-counter.schema';
import { ActivityCounters, type TotalsFilter } from './activity-counters';

/** Participation counters on the embedded database: what reports read is what services recorded. */
let uri: string;
let connection: Connection;
let counters: ActivityCounters;
let model: mongoose.Model<ActivityCounterDoc>;
let bus: CacheBus;

beforeAll(async () => {
  uri = testDatabaseUri('counters');
  connection = await mongoose.createConnection(uri, { autoIndex: true, bufferCommands: false }).asPromise();
  model = connection.model<ActivityCounterDoc>(ACTIVITY_COUNTER_MODEL, ActivityCounterSchema);
  await model.init();
  bus = new CacheBus();
  counters = new ActivityCounters(model, bus);
});

afterAll(async () => {
  await counters?.onModuleDestroy();
  await connection?.close();
  await dropDatabase(uri);
});

const at = new Date('2026-07-14T15:00:00Z');

describe('activity counters', () => {
  it('sums actions per person, cohort, kind and month, also into a counter already stored', async () => {
    for (let i = 0; i < 3; i++) await counters.record({ userId: 'ana', cohortId: 'c1', courseId: 'k1', kind: 'message', at });
    await counters.record({ userId: 'ana', cohortId: 'c1', courseId: 'k1', kind: 'message', at: new Date('2026-07-20T10:00:00Z') });
    await counters.flush();
    await counters.record({ userId: 'ana', cohortId: 'c1', courseId: 'k1', kind: 'message', at });
    expect(await counters.totals({ courseId: 'k1' })).toEqual([
      { userId: 'ana', cohortId: 'c1', courseId: 'k1', kind: 'message', month: '2026-07', count: 5 },
    ]);
  });

  it('stores course-level counters (lessons have no cohort), and an undo takes one back from the stored count', async () => {
    await counters.record({ userId: 'ana', cohortId: '', courseId: 'k2', kind: 'lesson', at });
    await counters.record({ userId: 'ana', cohortId: '', courseId: 'k2', kind: 'lesson', at });
    await counters.flush();
    await counters.record({ userId: 'ana', cohortId: '', courseId: 'k2', kind: 'lesson', at, delta: -1 });
    expect(await counters.totals({ courseId: 'k2' })).toEqual([
      { userId: 'ana', cohortId: '', courseId: 'k2', kind: 'lesson', month: '2026-07', count: 1 },
    ]);
  });

  it('drops a counter the database refuses, and keeps writing and reading the others', async () => {
    await counters.record({ userId: 'ana', cohortId: '', courseId: 'k3', kind: 'post', at }); // only lessons go without a cohort
    await counters.record({ userId: 'bo', cohortId: 'c3', courseId: 'k3', kind: 'post', at });
    for (let i = 0; i < 2; i++)
      expect(await counters.totals({ courseId: 'k3' })).toEqual([
        { userId: 'bo', cohortId: 'c3', courseId: 'k3', kind: 'post', month: '2026-07', count: 1 },
      ]);
  });

  /** What the database holds now, read by a node that has kept nothing. */
  const stored = (filter: TotalsFilter) => new ActivityCounters(model, new CacheBus()).totals(filter);
  const sorted = <T extends { userId: string; kind: string; month: string }>(rows: T[]) =>
    [...rows].sort((a, b) => `${a.userId}${a.kind}${a.month}`.localeCompare(`${b.userId}${b.kind}${b.month}`));

  it("keeps a report's sums and adds this node's later writes to them, as stored", async () => {
    const week = { courseId: 'k4', from: '2026-07-13', to: '2026-07-19' };
    await counters.record({ userId: 'ana', cohortId: 'c4', courseId: 'k4', kind: 'message', at });
    expect(await counters.totals(week)).toEqual(await stored(week)); // read and kept
    await counters.record({ userId: 'ana', cohortId: 'c4', courseId: 'k4', kind: 'message', at });
    await counters.record({ userId: 'bo', cohortId: 'c4', courseId: 'k4', kind: 'post', at });
    await counters.record({ userId: 'bo', cohortId: 'c4', courseId: 'k4', kind: 'post', at: new Date('2026-07-25T10:00:00Z') }); // after the range
    await counters.record({ userId: 'bo', cohortId: 'c5', courseId: 'k5', kind: 'post', at }); // another course
    const kept = await counters.totals(week);
    expect(sorted(kept)).toEqual(sorted(await stored(week)));
    expect(sorted(kept).map((r) => `${r.userId}:${r.kind}:${r.count}`)).toEqual(['ana:message:2', 'bo:post:1']);
  });

  it('counts writes made while a report reads the counters once, neither lost nor twice', async () => {
    const filter = { courseId: 'k6' };
    // Enough counters for the read to take a while (recordMany also drops kept sums).
    await counters.recordMany(
      Array.from({ length: 3000 }, (_, i) => ({ userId: `bulk${i}`, cohortId: 'c6', courseId: 'k6', kind: 'post' as const, at })),
    );
    const during = counters.totals(filter);
    await new Promise((r) => setTimeout(r, 20)); // the read is under way…
    const writes = Array.from({ length: 30 }, (_, i) =>
      counters.record({ userId: `u${i % 3}`, cohortId: 'c6', courseId: 'k6', kind: 'message', at }).then(() => counters.flush()),
    );
    await Promise.all([...writes, during]); // …while these are written
    const kept = await counters.totals(filter);
    expect(sorted(kept)).toEqual(sorted(await stored(filter)));
    expect(kept.filter((r) => r.kind === 'message').reduce((sum, r) => sum + r.count, 0)).toBe(30);
  });

  /**
   * Two nodes on one database whose buses carry messages between them with a delay, as Redis does: some
   * arrive while the other node reads, some after its read already saw the write.
   */
  function twoNodes(delayMs: () => number): [ActivityCounters, ActivityCounters] {
    const buses = [new CacheBus(), new CacheBus()];
    const receivers: ((...args: unknown[]) => void)[] = [];
    buses.forEach((bus, i) =>
      bus.connect({
        serverSideEmit: (_event: string, ...args: unknown[]) => void setTimeout(() => receivers[1 - i](...args), delayMs()),
        on: (_event: string, receive: (...args: unknown[]) => void) => (receivers[i] = receive),
      } as never),
    );
    return [new ActivityCounters(model, buses[0]), new ActivityCounters(model, buses[1])];
  }

  it("keeps another node's writes in the sums, each once, however late their messages arrive", async () => {
    const filter = { courseId: 'k7' };
    let delay = 0;
    const [one, two] = twoNodes(() => delay);
    await counters.recordMany(
      Array.from({ length: 2000 }, (_, i) => ({ userId: `bulk${i}`, cohortId: 'c7', courseId: 'k7', kind: 'post' as const, at })),
    );
    expect(sorted(await two.totals(filter))).toEqual(sorted(await stored(filter))); // node two keeps the sums
    // Node one writes while node two reads again (its sums dropped) and after. Messages take 120 ms or
    // none, so a counter's next write often arrives first.
    const writes = async () => {
      for (let i = 0; i < 40; i++) {
        delay = i % 4 < 2 ? 120 : 0;
        await one.record({
          userId: `u${i % 2}`,
          cohortId: 'c7',
          courseId: 'k7',
          kind: i % 5 ? 'message' : 'lesson',
          at,
          delta: i % 10 === 9 ? -1 : 1,
        });
        await one.flush();
      }
    };
    await Promise.all([writes(), two.recordMany([]).then(() => two.totals(filter))]);
    await new Promise((r) => setTimeout(r, 200)); // the last messages arrive
    const kept = await two.totals(filter);
    expect(sorted(kept)).toEqual(sorted(await stored(filter)));
    expect(kept.filter((r) => r.userId.startsWith('u')).reduce((sum, r) => sum + r.count, 0)).toBe(32); // 36 up, 4 down
    await Promise.all([one.onModuleDestroy(), two.onModuleDestroy()]);
  });

  describe('in the background', () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const storedIn = async (courseId: string) => (await model.find({ courseId }).lean().exec()).length;
    const record = (node: ActivityCounters, courseId: string, userId: string) =>
      node.record({ userId, cohortId: 'c8', courseId, kind: 'message', at });

    it('writes nothing while actions go on, and every counter once they pause, a batch at a time', async () => {
      const node = new ActivityCounters(model, new CacheBus());
      Object.assign(node.pacing, { idleMs: 300, batch: 2 });
      for (let i = 0; i < 10; i++) {
        await record(node, 'k8', `p${i}`);
        await sleep(100);
      }
      expect(await storedIn('k8')).toBe(0); // 1 s of actions, none 300 ms apart
      await vi.waitFor(async () => expect(await storedIn('k8')).toBe(10), { timeout: 3_000, interval: 50 });
      await node.onModuleDestroy();
    });

    it('writes counters that waited too long at its pace while actions go on', async () => {
      const node = new ActivityCounters(model, new CacheBus());
      Object.assign(node.pacing, { idleMs: 60_000, maxWaitMs: 300, batch: 2, paceMs: 100 });
      for (let i = 0; i < 6; i++) await record(node, 'k9', `p${i}`);
      const started = Date.now();
      let going = true;
      const actions = (async () => {
        while (going) {
          await record(node, 'k9', 'p0');
          await sleep(50);
        }
      })();
      await vi.waitFor(async () => expect(await storedIn('k9')).toBe(6), { timeout: 3_000, interval: 50 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(300 + 2 * 100); // three batches of two, paced
      going = false;
      await actions;
      await node.onModuleDestroy();
      expect((await model.findOne({ courseId: 'k9', userId: 'p0' }).lean().exec())?.count).toBeGreaterThan(1);
    });
  });
});
