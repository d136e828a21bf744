import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATION_MODEL, NotificationSchema, type NotificationDoc } from './notification.schema';

/** The unread count and list on the embedded database: right, and answered from an index. */
let uri: string;
let connection: Connection;
let model: mongoose.Model<NotificationDoc>;

beforeAll(async () => {
  uri = testDatabaseUri('notifications-index');
  connection = await mongoose.createConnection(uri, { autoIndex: true, bufferCommands: false }).asPromise();
  model = connection.model<NotificationDoc>(NOTIFICATION_MODEL, NotificationSchema);
  await model.init();
});

afterAll(async () => {
  await connection?.close();
  await dropDatabase(uri);
});

const unread = (userId: string) => model.countDocuments({ userId, readAt: { $exists: false } }).exec();

describe('notifications index', () => {
  it('counts a person’s unread notifications from an index on userId and readAt, before and after reading some', async () => {
    const at = new Date('2026-07-14T15:00:00Z');
    await model.insertMany(
      Array.from({ length: 60 }, (_, i) => ({
        userId: `p${i % 3}`,
        kind: 'mention',
        params: {},
        key: `k${i}`,
        createdAt: new Date(at.getTime() + i * 1000),
        ...(i % 4 === 0 ? { readAt: at } : {}),
      })),
    );
    expect(await Promise.all(['p0', 'p1', 'p2'].map(unread))).toEqual([15, 15, 15]);
    await model
      .updateMany({ userId: 'p1', key: { $in: ['k1', 'k7', 'k10'] }, readAt: { $exists: false } }, { $set: { readAt: at } })
      .exec();
    expect(await unread('p1')).toBe(12);
    const newest = await model.find({ userId: 'p1' }).sort({ _id: -1 }).limit(5).lean<NotificationDoc[]>().exec();
    expect(newest.map((n) => n.key)).toEqual(['k58', 'k55', 'k52', 'k49', 'k46']);

    const indexes = await model.collection.indexes();
    expect(indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['userId_1_readAt_1', 'userId_1__id_-1']));
    if (!process.env.TEST_MONGODB_URI) {
      const plan = JSON.stringify(await model.collection.find({ userId: 'p1', readAt: { $exists: false } }).explain());
      expect(plan).toMatch(/USING (COVERING )?INDEX \S*userId_1_readAt_1/);
    }
  });
});
