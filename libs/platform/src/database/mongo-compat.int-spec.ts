import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import mongoose, { Schema, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The mongoose usage TrainAction relies on, run against the embedded database (FerretDB on SQLite) and,
 * with TEST_MONGODB_URI, against MongoDB: one code base must behave the same on both (docs/database.md).
 */
interface Item {
  key: string;
  keyLower: string;
  n: number;
  tags: string[];
  note?: string;
  group: string;
  at: Date;
}

const ItemSchema = new Schema<Item>(
  {
    key: { type: String, required: true },
    keyLower: { type: String, required: true, unique: true },
    n: { type: Number, default: 0 },
    tags: { type: [String], default: [] },
    note: String,
    group: { type: String, index: true },
    at: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);

interface Reaction {
  messageId: string;
  userId: string;
  emoji: string;
}
const ReactionSchema = new Schema<Reaction>({ messageId: String, userId: String, emoji: String }, { versionKey: false });
ReactionSchema.index({ messageId: 1, userId: 1, emoji: 1 }, { unique: true });

let uri: string;
let connection: Connection;
const itemModel = (c: Connection) => c.model('Item', ItemSchema, 'compat_items');
const reactionModel = (c: Connection) => c.model('Reaction', ReactionSchema, 'compat_reactions');
let items: ReturnType<typeof itemModel>;
let reactions: ReturnType<typeof reactionModel>;

const item = (key: string, extra: Partial<Item> = {}) => ({ key, keyLower: key.toLowerCase(), group: 'a', ...extra });

beforeAll(async () => {
  uri = testDatabaseUri('compat');
  connection = await mongoose.createConnection(uri, { autoIndex: true, bufferCommands: false }).asPromise();
  items = itemModel(connection);
  reactions = reactionModel(connection);
  await items.init();
  await reactions.init();
});

afterAll(async () => {
  await connection?.close();
  await dropDatabase(uri);
});

describe('embedded database compatibility', () => {
  it('creates and reads back documents with lean()', async () => {
    const created = await items.create(item('Alpha', { n: 1, tags: ['x'] }));
    const found = await items.findById(created._id).lean().exec();
    expect(found).toMatchObject({ key: 'Alpha', n: 1, tags: ['x'], group: 'a' });
    expect(found?.at).toBeInstanceOf(Date);
  });

  it('reports a duplicate key (E11000) from a unique index, on a lower-cased copy', async () => {
    await items.create(item('Dup@Example.org'));
    await expect(items.create(item('dup@example.ORG'))).rejects.toMatchObject({ code: 11000 });
    expect(await items.countDocuments({ keyLower: 'dup@example.org' })).toBe(1);
  });

  it('keeps the good documents of an unordered insertMany with duplicates', async () => {
    await items.create(item('many-1'));
    const error = await items.insertMany([item('many-1'), item('many-2'), item('many-3')], { ordered: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 11000 });
    expect(await items.countDocuments({ keyLower: /^many-/ })).toBe(3);
  });

  it('settles concurrent inserts of one key on the unique index: exactly one wins', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => reactions.create({ messageId: 'm1', userId: 'u1', emoji: '👍' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await reactions.countDocuments({ messageId: 'm1' })).toBe(1);
  });

  it('pages by _id with $gt, sort and limit', async () => {
    await items.insertMany(Array.from({ length: 7 }, (_, i) => item(`page-${i}`, { group: 'paged' })));
    const seen: string[] = [];
    let after: mongoose.Types.ObjectId | undefined;
    for (;;) {
      const filter = after ? { group: 'paged', _id: { $gt: after } } : { group: 'paged' };
      const page = await items.find(filter).sort({ _id: 1 }).limit(3).lean().exec();
      if (page.length === 0) break;
      seen.push(...page.map((p) => p.key));
      after = page[page.length - 1]._id;
    }
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `page-${i}`));
    const newestFirst = await items.find({ group: 'paged' }).sort({ _id: -1 }).skip(1).limit(2).lean().exec();
    expect(newestFirst.map((p) => p.key)).toEqual(['page-5', 'page-4']);
  });

  it('applies $set, $unset, $inc, $addToSet, $pull and $push', async () => {
    const { _id } = await items.create(item('ops', { note: 'remove me', tags: ['a'] }));
    await items.updateOne({ _id }, { $set: { group: 'b' }, $unset: { note: 1 }, $inc: { n: 2 } }).exec();
    await items.updateOne({ _id }, { $addToSet: { tags: 'b' } }).exec();
    await items.updateOne({ _id }, { $addToSet: { tags: 'b' } }).exec();
    await items.updateOne({ _id }, { $push: { tags: 'c' } }).exec();
    await items.updateOne({ _id }, { $pull: { tags: 'a' } }).exec();
    const after = await items.findById(_id).lean().exec();
    expect(after).toMatchObject({ group: 'b', n: 2, tags: ['b', 'c'] });
    expect(after).not.toHaveProperty('note');
  });

  it('upserts, updates many, deletes many, counts, finds distinct values and checks existence', async () => {
    await items.updateOne({ keyLower: 'upserted' }, { $setOnInsert: { key: 'Upserted', group: 'u' } }, { upsert: true }).exec();
    await items.updateOne({ keyLower: 'upserted' }, { $setOnInsert: { key: 'Other', group: 'u' } }, { upsert: true }).exec();
    expect(await items.findOne({ keyLower: 'upserted' }).lean().exec()).toMatchObject({ key: 'Upserted' });

    await items.insertMany([item('bulk-1', { group: 'bulk' }), item('bulk-2', { group: 'bulk' })]);
    const updated = await items.updateMany({ group: 'bulk' }, { $set: { note: 'seen' } }).exec();
    expect(updated.modifiedCount).toBe(2);
    expect(await items.distinct('note', { group: 'bulk' })).toEqual(['seen']);
    expect(await items.exists({ group: 'bulk', note: 'seen' })).not.toBeNull();
    expect(await items.exists({ group: 'bulk', note: { $exists: false } })).toBeNull();
    const deleted = await items.deleteMany({ group: 'bulk' }).exec();
    expect(deleted.deletedCount).toBe(2);
  });

  it('returns the updated document from findOneAndUpdate without a projection', async () => {
    await items.create(item('foau', { n: 1 }));
    const updated = await items
      .findOneAndUpdate({ keyLower: 'foau' }, { $inc: { n: 1 } }, { returnDocument: 'after' })
      .lean()
      .exec();
    expect(updated?.n).toBe(2);
  });

  it('filters with $in, $gte/$lt on dates, and case-insensitive regex', async () => {
    const t0 = new Date('2026-01-01T00:00:00Z');
    await items.insertMany([
      item('when-1', { group: 'when', at: new Date(t0.getTime() + 1000) }),
      item('when-2', { group: 'when', at: new Date(t0.getTime() + 86_400_000) }),
    ]);
    const day = await items
      .find({ group: { $in: ['when', 'none'] }, at: { $gte: t0, $lt: new Date(t0.getTime() + 3_600_000) } })
      .lean()
      .exec();
    expect(day.map((d) => d.key)).toEqual(['when-1']);
    expect(await items.countDocuments({ key: { $regex: '^WHEN-', $options: 'i' } })).toBe(2);
  });

  // FerretDB v1.24 findings (docs/database.md): $unwind keeps only _id and the unwound field, and a
  // $group with two accumulators computes only the first. So: one accumulator per $group, and $unwind
  // only to count the unwound values.
  it('aggregates with $match, $group/$sum, $sort and $limit (one accumulator per $group)', async () => {
    await items.insertMany([
      item('agg-1', { group: 'agg', note: 'p', n: 1, tags: ['x', 'y'] }),
      item('agg-2', { group: 'agg', note: 'q', n: 2, tags: ['x'] }),
      item('agg-3', { group: 'agg', note: 'q', n: 3, tags: [] }),
    ]);
    const sums = await items
      .aggregate<{ _id: string; total: number }>([
        { $match: { group: 'agg' } },
        { $group: { _id: '$note', total: { $sum: '$n' } } },
        { $sort: { total: -1 } },
        { $limit: 10 },
      ])
      .exec();
    expect(sums).toEqual([
      { _id: 'q', total: 5 },
      { _id: 'p', total: 1 },
    ]);
  });

  it('counts unwound array values with $unwind then $group/$sum: 1, and counts with $count', async () => {
    await items.insertMany([item('unw-1', { group: 'unw', tags: ['x', 'y'] }), item('unw-2', { group: 'unw', tags: ['x'] })]);
    const byTag = await items
      .aggregate<{ _id: string; count: number }>([
        { $match: { group: 'unw' } },
        { $unwind: '$tags' },
        { $group: { _id: '$tags', count: { $sum: 1 } } },
        { $sort: { _id: 1 } },
      ])
      .exec();
    expect(byTag).toEqual([
      { _id: 'x', count: 2 },
      { _id: 'y', count: 1 },
    ]);
    const [{ n }] = await items.aggregate<{ n: number }>([{ $match: { group: 'unw' } }, { $count: 'n' }]).exec();
    expect(n).toBe(2);
  });

  it('finds a document by _id through an index, not a scan of the collection', async () => {
    const created = await items.create(item('by-id'));
    const info = await connection.db!.admin().command({ buildInfo: 1 });
    const plan = JSON.stringify(await connection.db!.collection('compat_items').find({ _id: created._id }).explain());
    // FerretDB reports SQLite's query plan; stock FerretDB 1.24 says "SCAN" here (tools/embedded-db/_patches).
    if (info.ferretdbVersion) expect(plan).toMatch(/SEARCH compat_items\S* USING INDEX/);
    else expect(plan).not.toContain('COLLSCAN');
  });

  // The embedded engine cannot store a NaN: stock FerretDB closed the connection on one (its wire check, which
  // also decoded every reply again); the patched engine answers BadValue and checks requests only.
  it('refuses a NaN with BadValue on the embedded database (MongoDB stores it)', async () => {
    const info = await connection.db!.admin().command({ buildInfo: 1 });
    const write = items.collection.insertOne({ key: 'nan', keyLower: 'nan', group: 'nan', n: NaN, tags: [] });
    if (info.ferretdbVersion) await expect(write).rejects.toMatchObject({ code: 2, codeName: 'BadValue' });
    else await write;
    expect(await items.countDocuments({ group: 'nan' })).toBe(info.ferretdbVersion ? 0 : 1);
  });
});

describe('single-document updates are atomic, as on MongoDB', () => {
  const ROUNDS = 5;
  const CALLERS = 10;

  it('applies every one of concurrent $inc and $addToSet on one document', async () => {
    const { _id } = await items.create(item('atomic-inc'));
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => items.updateOne({ _id }, { $inc: { n: 1 }, $addToSet: { tags: `t${i}` } }).exec()),
    );
    const stored = await items.findById(_id).lean().exec();
    expect(stored?.n).toBe(40);
    expect(stored?.tags).toHaveLength(40);
  });

  it('lets exactly one of concurrent conditional updates match, round after round', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { _id } = await items.create(item(`claim-${round}`, { note: 'pending' }));
      const results = await Promise.all(
        Array.from({ length: CALLERS }, () => items.updateOne({ _id, note: 'pending' }, { $set: { note: 'sending' } }).exec()),
      );
      expect(results.filter((r) => r.matchedCount === 1)).toHaveLength(1);
      const claims = await Promise.all(
        Array.from({ length: CALLERS }, () => items.findOneAndUpdate({ _id, note: 'sending' }, { $set: { note: 'sent' } }).exec()),
      );
      expect(claims.filter((c) => c !== null)).toHaveLength(1);
    }
  });

  it('lets concurrent upserts of one new _id make one document holding every change', async () => {
    const _id = new mongoose.Types.ObjectId();
    const results = await Promise.allSettled(
      Array.from({ length: CALLERS }, (_, i) =>
        items
          .updateOne(
            { _id },
            { $setOnInsert: { key: 'up', keyLower: 'up-atomic', group: 'up' }, $addToSet: { tags: `t${i}` } },
            { upsert: true },
          )
          .exec(),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect((await items.findById(_id).lean().exec())?.tags).toHaveLength(CALLERS);
  });
});
