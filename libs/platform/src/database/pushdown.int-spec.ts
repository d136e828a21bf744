import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import { BSON, Double, Int32, Long, ObjectId, type Db, type Document, type Filter, type Sort } from 'mongodb';
import fc from 'fast-check';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDb } from '../../../../scripts/lib/embedded-db.mjs';

/**
 * Differential test of the embedded database's index pushdown (tools/embedded-db/_patches/pushdown.go,
 * issue 19): generated documents and queries, run on the patched engine and on the same engine with the
 * pushdown off (`FERRETDB_INDEX_PUSHDOWN=off`: stock FerretDB 1.24, which reads every document and
 * filters, sorts, skips and limits in Go). Both must return exactly the same documents, in the same
 * order whenever the order is defined (a sort that ends with `_id`, or no sort: both return rowid order).
 *
 * The reference is the stock engine rather than an in-process model of MongoDB's semantics: the question
 * is whether the pushdown changes any answer, and FerretDB's own Go filter is what the pushdown must agree
 * with (a model would also have to reproduce FerretDB's own departures from MongoDB).
 *
 * Four tests:
 * - generated runs: three fields, each given a few values of some kinds (strings plain and escaped,
 *   ObjectIds, dates with 13 digits and not, numbers of the three types, booleans, subdocuments, or a set of
 *   colliding values: a string and an ObjectId of the same hex, 5 as int/long/double, a date and numbers of
 *   its milliseconds, strings whose JSON text sorts differently), sometimes missing, null or arrays
 *   (also written after the engine first read the field's kinds, and by updateMany); queries with
 *   equality, $eq, $in, ranges, $exists, $ne, $and, $or, sorts, skips and limits. On the patched server
 *   the data goes to a collection with single and compound indexes and to one without indexes (the same
 *   SQL, answered by scans). Counts (aggregation), updateMany and deleteMany are compared too.
 * - one-field runs: one field, mostly without nulls or arrays, so that the filter is exact and SQL sorts,
 *   skips and limits: the exactness rules are what these runs check.
 * - the query plan of an indexed lookup, and an array written after the field's kinds were read.
 * - upgrade: a database written by the engine without the pushdown (the format is unchanged, so as the
 *   current release writes it) and read by the patched one: its kinds come from the scan alone.
 * PUSHDOWN_RUNS (default 60) sets the number of generated runs; PUSHDOWN_SEED replays one.
 */

const { EJSON } = BSON;
const root = resolve(__dirname, '../../../..');
const FIELDS = ['a', 'b', 'c'] as const;
type Field = (typeof FIELDS)[number];

const HEX = '6561a0c0e1f2a3b4c5d6e7f8';
const oids = [
  new ObjectId(HEX),
  new ObjectId('6561a0c0e1f2a3b4c5d6e7f9'),
  new ObjectId('000000000000000000000001'),
  new ObjectId('ffffffffffffffffffffff00'),
];
const pools = {
  plain: ['x', 'y', 'xy', '', 'é', HEX],
  escaped: ['x!', 'x y', 'x', 'a<b', 'x\u0001', 'q"q', 'tab\t'],
  oid: oids,
  date13: [1_700_000_000_000, 1_700_000_001_000, 1_700_000_002_000, 1_000_000_000_000, 9_999_999_999_999].map((ms) => new Date(ms)),
  date: [0, 999_999_999_999, -5000, 10_000_000_000_000, 1_700_000_000_000].map((ms) => new Date(ms)),
  number: [
    new Int32(0),
    new Int32(5),
    new Int32(-1),
    new Double(-0),
    new Double(0.5),
    new Double(5),
    Long.fromNumber(5),
    Long.fromNumber(1_700_000_000_000),
    new Double(1_700_000_000_000),
  ],
  bool: [true, false],
  other: [{ k: 1 }, { k: 'x' }],
} as const;
type PoolName = keyof typeof pools;
const POOL_NAMES = Object.keys(pools) as PoolName[];

/**
 * Values that have the same JSON text as a value of another type (the engine compares texts), or that
 * compare equal across types, or whose text order differs from their order as strings.
 */
const collisions: unknown[][] = [
  [HEX, oids[0], oids[2], '7', 'abc'],
  [new Int32(0), new Double(-0)],
  [new Int32(5), new Double(5), Long.fromNumber(5)],
  [new Date(1_700_000_000_000), Long.fromNumber(1_700_000_000_000), new Double(1_700_000_000_000)],
  ['x', 'x!', 'x y', 'x\u0001', 'xy'],
];

/** What one field holds in a run: a few values, and whether it may be missing, null or an array. */
interface FieldSpec {
  values: unknown[];
  missing: boolean;
  nulls: boolean;
  arrays: boolean;
}

const poolValues = (names: PoolName[]) => names.flatMap((n) => [...(pools[n] as readonly unknown[])]);
const fieldSpec: fc.Arbitrary<FieldSpec> = fc.record({
  values: fc.oneof(
    // one type (sort, skip and limit can go to SQL), a set of colliding values, or a few types
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(...POOL_NAMES)
        .chain((n) => fc.subarray(poolValues([n]), { minLength: 1, maxLength: Math.min(4, poolValues([n]).length) })),
    },
    { weight: 3, arbitrary: fc.constantFrom(...collisions) },
    {
      weight: 2,
      arbitrary: fc
        .uniqueArray(fc.constantFrom(...POOL_NAMES), { minLength: 2, maxLength: 3 })
        .chain((ns) => fc.subarray(poolValues(ns), { minLength: 2, maxLength: Math.min(5, poolValues(ns).length) })),
    },
  ),
  missing: fc.boolean(),
  nulls: fc.nat(2).map((n) => n === 0),
  arrays: fc.nat(2).map((n) => n === 0),
});

function valueOf(spec: FieldSpec): fc.Arbitrary<unknown> {
  const scalar = fc.constantFrom(...spec.values);
  const options: fc.WeightedArbitrary<unknown>[] = [{ weight: 10, arbitrary: scalar }];
  if (spec.missing) options.push({ weight: 2, arbitrary: fc.constant(undefined) });
  if (spec.nulls) options.push({ weight: 1, arbitrary: fc.constant(null) });
  if (spec.arrays) options.push({ weight: 2, arbitrary: fc.array(scalar, { maxLength: 3 }) });
  return fc.oneof(...options);
}

const allValues: unknown[] = [...poolValues(POOL_NAMES), ...collisions.flat()];
const anyValue = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...allValues) }, { weight: 1, arbitrary: fc.constant(null) });

/** A value to query a field with: mostly one of its own values, or one that collides with one of them. */
function queryValue(spec: FieldSpec): fc.Arbitrary<unknown> {
  const own = fc.constantFrom(...spec.values);
  const twin = own.chain((v) => fc.constantFrom(...(collisions.find((group) => group.includes(v)) ?? [v])));
  return fc.oneof({ weight: 5, arbitrary: own }, { weight: 3, arbitrary: twin }, { weight: 2, arbitrary: anyValue });
}

function docsOf(specs: Record<Field, FieldSpec>, stringIds: boolean, minLength = 0): fc.Arbitrary<Document[]> {
  const doc = fc.record(Object.fromEntries(FIELDS.map((f) => [f, valueOf(specs[f])])) as Record<Field, fc.Arbitrary<unknown>>);
  return fc.array(doc, { minLength, maxLength: 40, size: 'max' }).map((docs) =>
    docs.map((d, i) => {
      const out: Document = { _id: stringIds ? `k${String(i).padStart(3, '0')}` : idAt(i) };
      for (const f of FIELDS) if (d[f] !== undefined) out[f] = d[f];
      return out;
    }),
  );
}

const idAt = (i: number) => new ObjectId((0x6561a000 + i).toString(16).padStart(8, '0') + '0000000000000000');
const idValue = (stringIds = false) => {
  const oid = fc.integer({ min: 0, max: 45 }).map(idAt);
  const str = fc.integer({ min: 0, max: 45 }).map((i) => `k${String(i).padStart(3, '0')}`);
  return fc.oneof({ weight: 5, arbitrary: stringIds ? str : oid }, { weight: 1, arbitrary: stringIds ? oid : str });
};

const predicate = (value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: value },
    { weight: 1, arbitrary: value.map(($eq) => ({ $eq })) },
    { weight: 2, arbitrary: fc.array(value, { minLength: 1, maxLength: 4 }).map(($in) => ({ $in })) },
    {
      weight: 3,
      arbitrary: fc
        .uniqueArray(fc.constantFrom('$gt', '$gte', '$lt', '$lte'), { minLength: 1, maxLength: 2 })
        .chain((ops) => fc.tuple(...ops.map(() => value)).map((vs) => Object.fromEntries(ops.map((op, i) => [op, vs[i]])))),
    },
    { weight: 1, arbitrary: fc.boolean().map(($exists) => ({ $exists })) },
    { weight: 1, arbitrary: value.map(($ne) => ({ $ne })) },
  );

type Specs = Record<Field, FieldSpec> & { stringIds?: boolean };

const conjunction = (specs: Specs): fc.Arbitrary<Document> =>
  fc
    .oneof(
      { weight: 1, arbitrary: fc.constant<string[]>([]) },
      { weight: 4, arbitrary: fc.uniqueArray(fc.constantFrom<string>(...FIELDS, '_id'), { minLength: 1, maxLength: 1 }) },
      { weight: 3, arbitrary: fc.uniqueArray(fc.constantFrom<string>(...FIELDS, '_id'), { minLength: 2, maxLength: 3 }) },
    )
    .chain((keys) =>
      fc
        .tuple(...keys.map((k) => predicate(k === '_id' ? idValue(specs.stringIds) : queryValue(specs[k as Field]))))
        .map((ps) => Object.fromEntries(keys.map((k, i) => [k, ps[i]]))),
    );

const filterArb = (specs: Specs): fc.Arbitrary<Document> =>
  fc.oneof(
    { weight: 6, arbitrary: conjunction(specs) },
    {
      weight: 1,
      arbitrary: fc.tuple(conjunction(specs), conjunction(specs), conjunction(specs)).map(([base, x, y]) => ({ ...base, $or: [x, y] })),
    },
    { weight: 1, arbitrary: fc.tuple(conjunction(specs), conjunction(specs)).map(([x, y]) => ({ $and: [x, y] })) },
  );

interface Query {
  filter: Document;
  sort?: [string, 1 | -1][];
  total: boolean;
  skip?: number;
  limit?: number;
}

const maybe = <T>(arb: fc.Arbitrary<T>, weight: number) =>
  fc.oneof({ weight, arbitrary: arb.map((v): T | undefined => v) }, { weight: 10 - weight, arbitrary: fc.constant(undefined) });

const queryArb = (specs: Specs): fc.Arbitrary<Query> =>
  fc
    .record({
      filter: filterArb(specs),
      sortBy: fc.constantFrom('none', 'id', 'fields', 'fields'),
      fields: fc.uniqueArray(fc.tuple(fc.constantFrom<string>(...FIELDS), fc.constantFrom<1 | -1>(1, -1)), {
        minLength: 1,
        maxLength: 2,
        selector: ([f]) => f,
      }),
      withId: fc.boolean(),
      idDir: fc.constantFrom<1 | -1>(1, -1),
      skip: maybe(fc.integer({ min: 1, max: 5 }), 3),
      limit: maybe(fc.integer({ min: 1, max: 8 }), 7),
    })
    .map(({ filter, sortBy, fields, withId, idDir, skip, limit }): Query => {
      if (sortBy === 'none') return { filter, total: true, skip, limit };
      // with a skip or a limit, a sort ends with _id so that ties cannot change which documents come back
      const byId = sortBy === 'id' || withId || skip !== undefined || limit !== undefined;
      const keys: [string, 1 | -1][] = sortBy === 'fields' ? fields : [];
      return { filter, sort: byId ? [...keys, ['_id', idDir]] : keys, total: byId, skip, limit };
    });

const show = (docs: Document[]) => docs.map((d) => EJSON.stringify(d, { relaxed: false }));
const raw = { promoteValues: false, promoteLongs: false } as const;

/** The documents (canonical EJSON) or the error a query gets; unordered results are sorted. */
async function run(db: Db, coll: string, q: Query): Promise<string[] | string> {
  try {
    let cursor = db.collection(coll).find(q.filter as Filter<Document>, raw);
    if (q.sort) cursor = cursor.sort(q.sort as Sort);
    if (q.skip !== undefined) cursor = cursor.skip(q.skip);
    if (q.limit !== undefined) cursor = cursor.limit(q.limit);
    const docs = show(await cursor.toArray());
    return q.total ? docs : docs.sort();
  } catch (error) {
    return `error ${(error as { code?: number }).code}`;
  }
}

/** A filter's count by countDocuments ($match + $group) and by the count command; the engine answers both in SQL when exact. */
async function count(db: Db, coll: string, filter: Document): Promise<(number | string)[]> {
  const failed = (error: { code?: number }) => `error ${error.code}`;
  return Promise.all([
    db
      .collection(coll)
      .countDocuments(filter as Filter<Document>)
      .catch(failed),
    db
      .command({ count: coll, query: filter })
      .then((r) => Number(r.n))
      .catch(failed),
  ]);
}

const INDEXES = [{ a: 1 }, { a: 1, b: 1, _id: -1 }, { c: -1 }, { b: -1, c: 1 }] as const;

async function recreate(db: Db, name: string, indexed: boolean): Promise<void> {
  await db
    .collection(name)
    .drop()
    .catch(() => undefined);
  await db.createCollection(name);
  if (indexed) for (const key of INDEXES) await db.collection(name).createIndex(key);
}

let uri: string;
let connection: Connection;
let ferretdb = false;
let reference: { uri: string; stop: () => Promise<void> } | undefined;
let referenceDir: string;
let referenceDb: Db;
let refClient: Connection;

beforeAll(async () => {
  uri = testDatabaseUri('pushdown');
  connection = await mongoose.createConnection(uri, { bufferCommands: false }).asPromise();
  const info = await connection.db!.admin().command({ buildInfo: 1 });
  ferretdb = Boolean(info.ferretdbVersion);
  if (!ferretdb) return; // the pushdown is the embedded engine's; on MongoDB there is nothing to compare
  referenceDir = mkdtempSync(join(tmpdir(), 'trainaction-pushdown-ref-'));
  reference = await startEmbeddedDb({ root, dataDir: referenceDir, indexPushdown: false });
  refClient = await mongoose.createConnection(`${reference.uri}/reference`, { bufferCommands: false }).asPromise();
  referenceDb = refClient.db!;
});

afterAll(async () => {
  await refClient?.close();
  await reference?.stop();
  if (referenceDir) rmSync(referenceDir, { recursive: true, force: true });
  await connection?.close();
  await dropDatabase(uri);
});

describe('index pushdown on the embedded database', () => {
  it('answers generated queries exactly as the engine without pushdown', { timeout: 240_000 }, async (ctx) => {
    if (!ferretdb) ctx.skip();
    const db = connection.db!;
    const scenario = fc
      .record({
        specs: fc.record(Object.fromEntries(FIELDS.map((f) => [f, fieldSpec])) as Record<Field, fc.Arbitrary<Specs[Field]>>),
        stringIds: fc.nat(3).map((n) => n === 0),
      })
      .chain(({ specs: fieldSpecs, stringIds }) => {
        const specs: Specs = { ...fieldSpecs, stringIds };
        return fc.record({
          docs: docsOf(specs, stringIds),
          split: fc.nat(40),
          first: queryArb(specs),
          update: fc.option(
            fc.record({
              filter: filterArb(specs),
              field: fc.constantFrom(...FIELDS),
              value: fc.oneof(anyValue, fc.array(anyValue, { maxLength: 2 })),
            }),
            { nil: undefined },
          ),
          queries: fc.array(queryArb(specs), { minLength: 1, maxLength: 8 }),
          remove: fc.option(filterArb(specs), { nil: undefined }),
        });
      });

    let runs = 0;
    let limited = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ docs, split, first, update, queries, remove }) => {
        runs++;
        const targets: [Db, string][] = [
          [db, 'pd_indexed'],
          [db, 'pd_plain'],
          [referenceDb, 'pd_ref'],
        ];
        await Promise.all(targets.map(([d, name]) => recreate(d, name, name !== 'pd_plain')));
        const insert = async (part: Document[]) => {
          if (part.length) await Promise.all(targets.map(([d, name]) => d.collection(name).insertMany(part.map((x) => ({ ...x })))));
        };
        const check = async (q: Query) => {
          const [indexed, plain, ref] = await Promise.all(targets.map(([d, name]) => run(d, name, q)));
          expect(indexed, `indexed: ${EJSON.stringify(q)}`).toEqual(ref);
          expect(plain, `plain: ${EJSON.stringify(q)}`).toEqual(ref);
          if (Array.isArray(ref) && ref.length > 0 && (q.limit !== undefined || q.skip !== undefined)) limited++;
        };

        // the engine reads a field's kinds at its first query: later writes must keep them right
        await insert(docs.slice(0, split));
        await check(first);
        await insert(docs.slice(split));
        if (update) {
          const results = await Promise.all(
            targets.map(([d, name]) =>
              d
                .collection(name)
                .updateMany(update.filter as Filter<Document>, { $set: { [update.field]: update.value } })
                .then(
                  (r) => r.modifiedCount,
                  (e: { code?: number }) => `error ${e.code}`,
                ),
            ),
          );
          expect(results[0]).toEqual(results[2]);
          expect(results[1]).toEqual(results[2]);
        }
        for (const q of queries) {
          await check(q);
          const counts = await Promise.all(targets.map(([d, name]) => count(d, name, q.filter)));
          expect(counts[0], `count ${EJSON.stringify(q.filter)}`).toEqual(counts[2]);
          expect(counts[1]).toEqual(counts[2]);
        }
        if (remove) {
          const deleted = await Promise.all(
            targets.map(([d, name]) =>
              d
                .collection(name)
                .deleteMany(remove as Filter<Document>)
                .then(
                  (r) => r.deletedCount,
                  (e: { code?: number }) => `error ${e.code}`,
                ),
            ),
          );
          expect(deleted[0]).toEqual(deleted[2]);
          expect(deleted[1]).toEqual(deleted[2]);
          await check({ filter: {}, total: true });
        }
      }),
      { numRuns: Number(process.env.PUSHDOWN_RUNS ?? 60), seed: process.env.PUSHDOWN_SEED ? Number(process.env.PUSHDOWN_SEED) : undefined },
    );
    expect(runs).toBeGreaterThan(0);
    expect(limited).toBeGreaterThan(0);
  });

  it('answers one-field queries with a limit exactly (where SQL sorts and limits)', { timeout: 240_000 }, async (ctx) => {
    if (!ferretdb) ctx.skip();
    const db = connection.db!;
    // one field, no nulls or arrays unless asked: the filter is often exact, so SQL sorts, skips and limits
    const scenario = fc
      .record({
        values: fc.oneof(
          { weight: 2, arbitrary: fc.constantFrom(...collisions) },
          { weight: 3, arbitrary: fieldSpec.map((spec) => spec.values) },
        ),
        nulls: fc.nat(4).map((n) => n === 0),
        arrays: fc.nat(4).map((n) => n === 0),
      })
      .chain(({ values, nulls, arrays }) => {
        const spec: FieldSpec = { values, missing: true, nulls, arrays };
        const specs: Specs = { a: spec, b: spec, c: spec };
        return fc.record({
          docs: docsOf(specs, false, 5),
          queries: fc.array(
            fc.record({
              filter: predicate(queryValue(spec)).map((p) => ({ c: p })),
              sort: fc.constantFrom<[string, 1 | -1][]>(
                [['_id', 1]],
                [['_id', -1]],
                [
                  ['c', 1],
                  ['_id', 1],
                ],
                [
                  ['c', -1],
                  ['_id', -1],
                ],
              ),
              skip: maybe(fc.integer({ min: 1, max: 3 }), 3),
              limit: fc.integer({ min: 1, max: 5 }),
            }),
            { minLength: 4, maxLength: 12 },
          ),
        });
      });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ docs, queries }) => {
        const targets: [Db, string][] = [
          [db, 'pd_one'],
          [referenceDb, 'pd_one_ref'],
        ];
        await Promise.all(targets.map(([d, name]) => recreate(d, name, true)));
        await Promise.all(targets.map(([d, name]) => d.collection(name).insertMany(docs.map((x) => ({ ...x })))));
        for (const q of queries) {
          const query: Query = { ...q, total: true };
          const [patched, ref] = await Promise.all(targets.map(([d, name]) => run(d, name, query)));
          expect(patched, EJSON.stringify(query)).toEqual(ref);
        }
      }),
      { numRuns: Number(process.env.PUSHDOWN_RUNS ?? 60) * 2 },
    );
  });

  it('looks up an indexed field in its index, and still matches an array element written later', async (ctx) => {
    if (!ferretdb) ctx.skip();
    const coll = connection.db!.collection('pd_plan');
    await coll.drop().catch(() => undefined);
    await coll.createIndex({ roomId: 1 });
    await coll.createIndex({ roomId: 1, createdAt: -1, _id: -1 });
    await coll.insertMany(
      Array.from({ length: 30 }, (_, i) => ({ roomId: `r${i % 3}`, createdAt: new Date(1_700_000_000_000 + i * 1000), n: i })),
    );
    const plan = JSON.stringify(await coll.find({ roomId: 'r1' }).explain());
    expect(plan).toMatch(/SEARCH pd_plan\S* USING INDEX/);
    const page = await coll.find({ roomId: 'r1' }).sort({ createdAt: -1, _id: -1 }).skip(1).limit(3).toArray();
    expect(page.map((d) => d.n)).toEqual([25, 22, 19]);
    // an array in roomId after the engine first read roomId's kinds: equality must still match its element
    await coll.insertOne({ roomId: ['r1', 'r9'], createdAt: new Date(1_800_000_000_000), n: 99 });
    expect((await coll.find({ roomId: 'r1' }).sort({ createdAt: -1, _id: -1 }).limit(2).toArray()).map((d) => d.n)).toEqual([99, 28]);
    expect((await coll.find({ roomId: 'r9' }).toArray()).map((d) => d.n)).toEqual([99]);
  });

  it("reads a busy room's newest root messages from the compound index that answers them, not the _id index", async (ctx) => {
    if (!ferretdb) ctx.skip();
    const coll = connection.db!.collection('pd_walk');
    await coll.drop().catch(() => undefined);
    await coll.createIndex({ roomId: 1 });
    await coll.createIndex({ roomId: 1, threadRootId: 1, _id: -1 });
    // one room holds half of 2,000 messages: a walk of the _id index would read documents of every room
    await coll.insertMany(
      Array.from({ length: 2000 }, (_, i) => ({
        roomId: i % 2 ? 'busy' : `r${i % 40}`,
        ...(i % 10 === 1 ? { threadRootId: 'x' } : {}),
        n: i,
      })),
    );
    const query = () =>
      coll
        .find({ roomId: 'busy', threadRootId: { $exists: false } })
        .sort({ _id: -1 })
        .limit(5);
    const plan = JSON.stringify(await query().explain());
    expect(plan).toMatch(/USING INDEX pd_walk\S*_roomId_1_threadRootId_1__id_-1 \(<expr>=\? AND <expr>=\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    expect((await query().toArray()).map((d) => d.n)).toEqual([1999, 1997, 1995, 1993, 1989]);
  });

  it('reads an `$in` of ids in rowid order without sorting whole documents', async (ctx) => {
    if (!ferretdb) ctx.skip();
    const coll = connection.db!.collection('pd_in');
    await coll.drop().catch(() => undefined);
    // ids out of insertion order, so the _id index's order is not the rowid order
    const ids = Array.from({ length: 60 }, (_, i) => new ObjectId(((i * 37) % 60).toString(16).padStart(24, '0')));
    await coll.insertMany(ids.map((_id, n) => ({ _id, n, text: 'x'.repeat(500) })));
    const wanted = ids.filter((_, n) => n % 3 === 0);
    const query = () => coll.find({ _id: { $in: [...wanted].reverse() } });
    const plan = JSON.stringify(await query().explain());
    expect(plan).toMatch(/SEARCH pd_in\S* USING INDEX pd_in\S*__id_ \(<expr>=\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    expect((await query().toArray()).map((d) => d.n)).toEqual(wanted.map((_, i) => i * 3));
  });

  it('reads a database written without the pushdown (upgrade): same answers as the reference', { timeout: 120_000 }, async (ctx) => {
    if (!ferretdb) ctx.skip();
    const dir = mkdtempSync(join(tmpdir(), 'trainaction-pushdown-upgrade-'));
    const values: Record<Field, unknown[]> = { a: [...pools.plain], b: [...pools.date13], c: [...oids, ...collisions.flat()] };
    const specs: Specs = Object.assign(
      {},
      ...FIELDS.map((f) => ({ [f]: { values: values[f], missing: true, nulls: f === 'c', arrays: f === 'c' } })),
    );
    const [docs] = fc.sample(docsOf(specs, false, 40), { seed: 19, numRuns: 1 });
    const many = Array.from({ length: 10 }, (_, round) =>
      docs.map((d, i) => ({ ...d, _id: new ObjectId((0x6600_0000 + round * 64 + i).toString(16).padStart(8, '0') + '0000000000000000') })),
    ).flat();
    try {
      // written by the engine without the pushdown (as the current release writes), then read by the patched one
      const before = await startEmbeddedDb({ root, dataDir: dir, indexPushdown: false });
      const writer = await mongoose.createConnection(`${before.uri}/upgrade`, { bufferCommands: false }).asPromise();
      for (const key of INDEXES) await writer.db!.collection('old').createIndex(key);
      await writer.db!.collection('old').insertMany(many);
      await writer.close();
      await before.stop();
      await recreate(referenceDb, 'pd_upgrade_ref', true);
      await referenceDb.collection('pd_upgrade_ref').insertMany(many.map((d) => ({ ...d })));

      const after = await startEmbeddedDb({ root, dataDir: dir });
      const reader = await mongoose.createConnection(`${after.uri}/upgrade`, { bufferCommands: false }).asPromise();
      try {
        await fc.assert(
          fc.asyncProperty(queryArb(specs), async (q) => {
            expect(await run(reader.db!, 'old', q), EJSON.stringify(q)).toEqual(await run(referenceDb, 'pd_upgrade_ref', q));
          }),
          { numRuns: 150 },
        );
      } finally {
        await reader.close();
        await after.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
