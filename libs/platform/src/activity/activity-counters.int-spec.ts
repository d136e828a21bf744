import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_COUNTER_MODEL, ActivityCounterSchema, type ActivityCounterDoc } from './activity-counter.schema';
import { ActivityCounters } from './activity-counters';

/** Participation counters on the embedded database: what reports read is what services recorded. */
let uri: string;
let connection: Connection;
let counters: ActivityCounters;

beforeAll(async () => {
  uri = testDatabaseUri('counters');
  connection = await mongoose.createConnection(uri, { autoIndex: true, bufferCommands: false }).asPromise();
  const model = connection.model<ActivityCounterDoc>(ACTIVITY_COUNTER_MODEL, ActivityCounterSchema);
  await model.init();
  counters = new ActivityCounters(model);
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
    expect(await counters.totals({ courseId: 'k1' })).toEqual([{ userId: 'ana', cohortId: 'c1', courseId: 'k1', kind: 'message', month: '2026-07', count: 5 }]);
  });

  it('stores course-level counters (lessons have no cohort), and an undo takes one back from the stored count', async () => {
    await counters.record({ userId: 'ana', cohortId: '', courseId: 'k2', kind: 'lesson', at });
    await counters.record({ userId: 'ana', cohortId: '', courseId: 'k2', kind: 'lesson', at });
    await counters.flush();
    await counters.record({ userId: 'ana', cohortId: '', courseId: 'k2', kind: 'lesson', at, delta: -1 });
    expect(await counters.totals({ courseId: 'k2' })).toEqual([{ userId: 'ana', cohortId: '', courseId: 'k2', kind: 'lesson', month: '2026-07', count: 1 }]);
  });

  it('drops a counter the database refuses, and keeps writing and reading the others', async () => {
    await counters.record({ userId: 'ana', cohortId: '', courseId: 'k3', kind: 'post', at }); // only lessons go without a cohort
    await counters.record({ userId: 'bo', cohortId: 'c3', courseId: 'k3', kind: 'post', at });
    for (let i = 0; i < 2; i++) expect(await counters.totals({ courseId: 'k3' })).toEqual([{ userId: 'bo', cohortId: 'c3', courseId: 'k3', kind: 'post', month: '2026-07', count: 1 }]);
  });
});
