// A learner's day at full volume (issue 19, item 5): the operations of bench/lib/day-ops.mjs (room join,
// history page, an older page, a cohort's thread list, a thread view, forum search, notifications, a
// moderator's review queue, the coordinator's analytics dashboard) over real HTTP and socket.io, on the
// full-volume academy (SEED_VOLUME=full, seeded once into .cache/bench-day; bench/lib/full-academy.mjs),
// the built API in production mode on the embedded engine with its index pushdown.
//
// Per op, p50 and p95 with 1 person and with PEOPLE people at once (distinct seeded learners where the op
// is a learner's), warm and cold (the first request after an API restart; and, once, after an engine and
// API restart, when the engine reads its field kinds again). Each round: the raw SQL baseline (a), the cold
// requests (one API restart per op), the warm ones, the raw SQL again (b: the noise band). Round 1 also
// measures the engine restarts and the PEOPLE-at-once cold requests (COLD_BURSTS bursts of PEOPLE, each after
// its own restart).
// Baselines in the same run: the raw SQL behind each op on the SQLite file (bench/lib/raw-sql.mjs; read-only,
// while the API is stopped and the engine idle) and, once at the end, the same ops on the stock engine
// (pushdown off, same files): 1 person, warm, STOCK_SAMPLES samples or as many as fit in
// BENCH_DAY_STOCK_SECONDS per op (each of its queries scans: a thread list takes minutes).
//
// Settings: BENCH_ROUNDS; BENCH_DAY_PEOPLE (50), BENCH_DAY_WARM (20 sequential samples per op and round),
// BENCH_DAY_BURSTS (3 bursts of PEOPLE per op and round), BENCH_DAY_COLD_BURSTS (3 bursts of PEOPLE right after
// an API restart per op, round 1), BENCH_DAY_STOCK (3), BENCH_DAY_RAW (20 runs),
// BENCH_DAY_RESEED=1 (seed the academy again).
import { join } from 'node:path';
import { OPS, closeSockets } from '../lib/day-ops.mjs';
import { findPeople } from '../lib/day-people.mjs';
import { TARGETS, dayRows, daySummary, percentile } from '../lib/day-report.mjs';
import { collectionSizes, dayStack, indexesSettled } from '../lib/day-stack.mjs';
import { DAY_DB, copyFullAcademy, ensureFullAcademy } from '../lib/full-academy.mjs';
import { tableNames, timeRawSql } from '../lib/raw-sql.mjs';

const setting = (name, fallback) => Math.max(1, Number(process.env[name] ?? fallback));
const PEOPLE = setting('BENCH_DAY_PEOPLE', 50);
const WARM = setting('BENCH_DAY_WARM', 20);
const BURSTS = setting('BENCH_DAY_BURSTS', 3);
const COLD_BURSTS = setting('BENCH_DAY_COLD_BURSTS', 3);
const STOCK_SAMPLES = setting('BENCH_DAY_STOCK', 3);
const RAW_RUNS = setting('BENCH_DAY_RAW', 20);
/** The stock engine: samples per op stop at STOCK_SAMPLES or after this long (at least one). */
const STOCK_BUDGET_MS = setting('BENCH_DAY_STOCK_SECONDS', 120) * 1000;
const SCAN_BOUND_MS = 5000;
const SIZES = [
  'messages',
  'reactions',
  'forum_threads',
  'forum_posts',
  'notifications',
  'submissions',
  'activity_counters',
  'memberships',
  'users',
];

/** Runs the op for each person at once (after their unmeasured preparation): ms per person. */
async function timed(op, people, url) {
  await Promise.all(people.map((p) => op.before?.(p, url)));
  return Promise.all(
    people.map(async (p) => {
      const started = performance.now();
      await op.run(p, url);
      return performance.now() - started;
    }),
  );
}

export default async function run(ctx) {
  const seeded = await ensureFullAcademy(ctx);
  const dbDir = copyFullAcademy(seeded, join(ctx.dataDir, 'db'));
  const file = join(dbDir, `${DAY_DB}.sqlite`);
  const stack = dayStack(ctx, dbDir);
  const everyone = () => Object.values(people).flat();
  const ms = (t) => `${Math.round(t)} ms`;

  // Setup: the API creates the schemas' indexes; the people sign in; one answer per op gives its raw SQL.
  let started = Date.now();
  await stack.start();
  const indexes = await indexesSettled(stack.mongodbUri);
  const sizes = await collectionSizes(stack.mongodbUri, SIZES);
  ctx.log(`engine and API up in ${Math.round((Date.now() - started) / 1000)} s; ${indexes} indexes; ${JSON.stringify(sizes)}`);
  const people = await findPeople({ mongodbUri: stack.mongodbUri, url: stack.url, count: PEOPLE });
  const first = (op) => people[op.who][0];
  const many = (op) => people[op.who].slice(0, PEOPLE);
  const [ana] = people.learners;
  ctx.log(
    `people: ${people.learners.length} learners in ${new Set(people.learners.map((p) => p.cohortId)).size} cohorts; first: ${ana.email}, room ${ana.roomId}, thread ${ana.threadId} (${ana.threadPosts} replies)`,
  );

  const answers = {};
  const warmUp = async (label) => {
    const t = Date.now();
    for (const op of OPS) {
      await op.before?.(first(op), stack.url);
      answers[op.key] = await op.run(first(op), stack.url);
    }
    ctx.log(`${label}: every op once in ${Math.round((Date.now() - t) / 1000)} s`);
  };
  await warmUp('warm-up');
  const T = await tableNames({ root: ctx.root, file });
  const rawOps = OPS.map((op) => ({ name: op.key, statements: op.raw(first(op), answers[op.key], T) }));
  const answerSizes = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, JSON.stringify(v).length]));

  const m = Object.fromEntries(
    OPS.map((op) => [op.key, { warm1: [], warm50: [], cold1: [], cold50: [], engineCold: [], stock: [], raw: [] }]),
  );
  let plans;
  const raw = async () => {
    await stack.stopApi(); // the engine stays up, idle; the file is read read-only
    const results = await timeRawSql({ root: ctx.root, file, runs: RAW_RUNS, ops: rawOps });
    plans ??= Object.fromEntries(results.map((r) => [r.name, { rows: r.rows, plans: r.plans }]));
    return Object.fromEntries(results.map((r) => [r.name, r.ms]));
  };

  for (let round = 1; round <= ctx.rounds; round++) {
    started = Date.now();
    const a = await raw();
    if (round === 1) {
      for (const op of OPS) {
        await stack.restartAll();
        const [t] = await timed(op, [first(op)], stack.url);
        m[op.key].engineCold.push(t);
        ctx.log(`${op.key}: first request after an engine restart ${ms(t)}`);
      }
      await warmUp('after the engine restarts'); // the engine has read its field kinds
      // and has read the people's data again: the columns after an API restart are the API's (a deploy's),
      // not the engine's, which has its own column; without this the first burst of 50 after an API restart
      // read the 49 others' pages anew (1.3-2x its next bursts: docs/performance.md)
      for (const op of OPS) await timed(op, many(op), stack.url);
    }
    for (const op of OPS) {
      closeSockets(everyone());
      await stack.restartApi();
      m[op.key].cold1.push(...(await timed(op, [first(op)], stack.url)));
    }
    if (round === 1) {
      // Each burst after its own restart, every op once before the next burst: one burst's p95 moves by
      // 60-140 ms from one try to the next (docs/performance.md), so the row pools COLD_BURSTS of them.
      for (let burst = 0; burst < COLD_BURSTS; burst++)
        for (const op of OPS) {
          closeSockets(everyone());
          await stack.restartApi();
          m[op.key].cold50.push(...(await timed(op, many(op), stack.url)));
        }
    }
    for (const op of OPS) {
      await timed(op, [first(op)], stack.url);
      for (let i = 0; i < WARM; i++) m[op.key].warm1.push(...(await timed(op, [first(op)], stack.url)));
      await timed(op, many(op), stack.url);
      for (let i = 0; i < BURSTS; i++) m[op.key].warm50.push(...(await timed(op, many(op), stack.url)));
    }
    closeSockets(everyone());
    const b = await raw();
    for (const op of OPS) m[op.key].raw.push({ a: a[op.key], b: b[op.key] });
    ctx.log(
      `round ${round} (${Math.round((Date.now() - started) / 1000)} s), warm p95 with 1 person: ${OPS.map((op) => `${op.key} ${ms(percentile(m[op.key].warm1, 95))}`).join(', ')}`,
    );
  }

  // The stock engine on the same files: 1 person, warm, a few samples.
  started = Date.now();
  await stack.stop();
  await stack.start({ pushdown: false });
  for (const op of OPS) {
    const opStarted = Date.now();
    const [w] = await timed(op, [first(op)], stack.url);
    // A first request that scans for seconds counts as a sample: what it leaves in the API's caches is small beside its scans.
    if (w > SCAN_BOUND_MS) m[op.key].stock.push(w);
    while (m[op.key].stock.length < STOCK_SAMPLES && (m[op.key].stock.length === 0 || Date.now() - opStarted < STOCK_BUDGET_MS))
      m[op.key].stock.push(...(await timed(op, [first(op)], stack.url)));
    ctx.log(`stock engine, ${op.key}: first request ${ms(w)}; samples ${m[op.key].stock.map(ms).join(', ')}`);
  }
  closeSockets(everyone());
  await stack.stop();
  ctx.log(`stock engine measured in ${Math.round((Date.now() - started) / 1000)} s`);

  const counts = Object.fromEntries(OPS.map((op) => [op.key, many(op).length]));
  const summary = daySummary(OPS, m);
  ctx.log(
    `p50 / p95 in ms (targets: p95 ≤ ${TARGETS.warm1} warm and ≤ ${TARGETS.cold1} cold with 1 person, ≤ ${TARGETS.many} with ${PEOPLE}):\n${summary}`,
  );
  return {
    rows: dayRows(OPS, m, counts),
    extra: {
      settings: {
        people: PEOPLE,
        warmSamples: WARM,
        bursts: BURSTS,
        coldBursts: COLD_BURSTS,
        stockSamples: STOCK_SAMPLES,
        rawRuns: RAW_RUNS,
      },
      sizes,
      indexes,
      people: {
        learners: people.learners.length,
        cohorts: new Set(people.learners.map((p) => p.cohortId)).size,
        moderators: new Set(people.moderators.map((p) => `${p.userId}:${p.cohortId}`)).size,
        analysts: new Set(people.analysts.map((p) => p.email)).size,
        first: { learner: ana.email, roomId: ana.roomId, threadId: ana.threadId, threadReplies: ana.threadPosts },
      },
      answerBytes: answerSizes,
      // per op: the SQL statements and their arguments (Ana's, Mario's, Laura's), rows and SQLite's query plans
      raw: Object.fromEntries(rawOps.map((o) => [o.name, { statements: o.statements, ...plans[o.name] }])),
      samples: m,
      summary,
    },
  };
}
