import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import fc from 'fast-check';
import { Binary, BSON, Double, Int32, Long, MongoClient, ObjectId, type Collection, type Document } from 'mongodb';
import { afterAll, beforeAll, expect, it } from 'vitest';

/**
 * Whatever is written reads back the same (types included). The embedded engine decodes stored documents
 * with a fast path for plain strings, ObjectIds, dates, integers and booleans (tools/embedded-db/_patches/
 * sjson.go, issue 19), falling back to FerretDB's own decoders for everything else: generated documents mix
 * the fast and the stock paths (escaped and non-ASCII strings, extreme numbers, nested values). The
 * pushdown's differential test cannot see a decoding fault (both its engines decode alike); this test can.
 * STORED_VALUES_RUNS (default 40) sets the number of generated batches.
 */

const { EJSON } = BSON;

const scalar = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }), // control characters, quotes, backslashes, lone surrogates
  fc.constantFrom('', 'plain', 'q"q', 'a\\b', 'tab\t', '\u0000', 'ñandú', '<b>&amp;', '🇨🇷'),
  fc.uint8Array({ minLength: 12, maxLength: 12 }).map((b) => new ObjectId(Buffer.from(b))),
  fc.integer({ min: -8_640_000_000_000, max: 8_640_000_000_000 }).map((ms) => new Date(ms)),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map((n) => new Int32(n)),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map((n) => Long.fromBigInt(n)),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => new Double(n)), // Infinity is refused (docs/database.md rule 10)
  fc.boolean(),
  fc.constant(null),
  fc.uint8Array({ maxLength: 8 }).map((b) => new Binary(Buffer.from(b))),
);
// FerretDB 1.24 refuses arrays directly inside arrays (stock behaviour, not a patch), so arrays hold scalars and subdocuments.
const value = fc.letrec<{ value: unknown; sub: Record<string, unknown> }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(fc.oneof(scalar, tie('sub')), { maxLength: 3 }),
    tie('sub'),
  ),
  sub: fc.dictionary(fc.constantFrom('x', 'y', 'ñ', 'k k'), tie('value'), { maxKeys: 3 }),
})).value;
const doc = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'texto', 'fecha'), value, { maxKeys: 6 });

let uri: string;
let client: MongoClient;
let coll: Collection<Document>;

beforeAll(async () => {
  uri = testDatabaseUri('stored_values');
  client = await MongoClient.connect(uri);
  coll = client.db().collection('values');
});

afterAll(async () => {
  await client?.close();
  await dropDatabase(uri);
});

const idLast = ({ _id, ...rest }: Document) => ({ ...rest, _id });

/** Canonical Extended JSON of unpromoted values keeps every type (Int32 vs Long vs Double, -0, dates, binaries). */
const raw = { promoteValues: false, promoteLongs: false, promoteBuffers: false } as const;
const canonical = (d: Document) => EJSON.stringify(BSON.deserialize(BSON.serialize(d), raw), { relaxed: false });

it('reads back every generated document exactly as written, by _id and in a scan', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(doc, { minLength: 1, maxLength: 8 }), async (docs) => {
      await coll.deleteMany({});
      const written = docs.map((d) => ({ _id: new ObjectId(), ...d }));
      // One written with _id last: it reads back with _id first, as MongoDB stores it.
      await coll.insertMany(written.map((d, i) => (i === 0 ? idLast(d) : { ...d })));
      for (const d of written) expect(canonical((await coll.findOne({ _id: d._id }, raw))!)).toBe(canonical(d));
      const scanned = await coll.find({}, raw).sort({ _id: 1 }).toArray();
      expect(scanned.map(canonical)).toEqual(
        [...written].sort((x, y) => x._id.toHexString().localeCompare(y._id.toHexString())).map(canonical),
      );
    }),
    { numRuns: Number(process.env.STORED_VALUES_RUNS ?? 40) },
  );
}, 120_000);
