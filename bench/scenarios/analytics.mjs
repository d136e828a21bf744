// The coordinator dashboard's main cross-tab (GET /api/analytics/participation?by=country,gender, the
// default view of apps/web/src/routes/(app)/analytics) on the demo academy and on one ten times larger.
// Here the "baseline" is the demo academy and "ours" the 10× academy: the target says the report's time
// may at most double when the academy grows tenfold.
//
// The demo academy is seeded by the product (`main.js --seed`). The 10× academy is generated from it with
// the raw driver in the product's document shapes: every learner gets nine clones (same country, gender,
// sector and cohorts) with their memberships, participation counters and room messages; staff, courses,
// cohorts and rooms are copied as they are. Forums, submissions and lesson progress are not copied: the
// cross-tab reads only memberships, users, counters, courses and cohorts.
//
// One API process per database; sequential requests from this process (a single-request latency). Each
// round times the demo, the 10× academy, then the demo again (the noise band), REQUESTS requests each or
// as many as fit in the time budget (the 10× report takes seconds), after a warm-up. Then, once, the whole
// dashboard page: the six reports its server load asks for at once.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { apiClient } from '../lib/academy.mjs';
import { compare, median, profiled } from '../lib/measure.mjs';
import { BENCH_JWT_SECRET, startApi } from '../lib/processes.mjs';

const require = createRequire(import.meta.url);
const { MongoClient, ObjectId } = require('mongodb');

const SCALE = 10;
const REQUESTS = 20;
const MIN_REQUESTS = 3;
const QUERY = '/api/analytics/participation?by=country,gender';
const COORDINATOR = { email: 'coordinacion@trainaction.demo', password: 'TrainAction-demo-2026' };
/** The six reports the dashboard page asks for at once (apps/web/src/routes/(app)/analytics/+page.server.ts). */
const DASHBOARD = ['country,gender', 'gender', 'country,gender', 'month', 'course,country'].map((by) => `/api/analytics/participation?by=${by}`).concat('/api/analytics/indicators?period=month');

export default async function run(ctx) {
  const demoUri = ctx.mongodbUri;
  const bigUri = `${ctx.mongodbUri}_x${SCALE}`;
  let started = Date.now();
  await seedDemo(ctx, demoUri);
  ctx.log(`demo academy seeded in ${Math.round((Date.now() - started) / 1000)} s`);
  started = Date.now();
  await scaleAcademy(demoUri, bigUri, SCALE);
  ctx.log(`${SCALE}× academy generated in ${Math.round((Date.now() - started) / 1000)} s`);
  const sizes = { demo: await sizesOf(demoUri), [`x${SCALE}`]: await sizesOf(bigUri) };
  ctx.log(`sizes: ${JSON.stringify(sizes)}`);

  const demo = await startApi({ root: ctx.root, mongodbUri: demoUri, dataDir: join(ctx.dataDir, 'demo') });
  let big;
  try {
    big = await startApi({ root: ctx.root, mongodbUri: bigUri, dataDir: join(ctx.dataDir, 'big') });
    const tokens = new Map();
    for (const server of [demo, big]) tokens.set(server, (await apiClient(server.url)('POST', '/api/auth/login', COORDINATOR)).accessToken);
    const get = async (server, path) => {
      const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${tokens.get(server)}` } });
      if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    /** Sequential requests, REQUESTS or until the budget is spent (at least MIN_REQUESTS): ms per request. */
    const budgetMs = Math.max(20, ctx.seconds * 4) * 1000;
    const time = async (server) => {
      const times = [];
      const until = Date.now() + budgetMs;
      while (times.length < REQUESTS && (times.length < MIN_REQUESTS || Date.now() < until)) {
        const t = performance.now();
        await get(server, QUERY);
        times.push(performance.now() - t);
      }
      return times;
    };
    /** The whole dashboard page: its six reports at once, as the web server asks for them. */
    const dashboard = async (server) => {
      const t = performance.now();
      await Promise.all(DASHBOARD.map((path) => get(server, path)));
      return performance.now() - t;
    };

    // Both answer the same cross-tab shape; the 10× one counts ten times the learners.
    const [small, large] = [await get(demo, QUERY), await get(big, QUERY)];
    ctx.log(`totals: demo ${small.totals.learners} learners in ${small.rows.length} cells, ${SCALE}× ${large.totals.learners} learners in ${large.rows.length} cells`);
    for (const server of [demo, big]) await get(server, QUERY); // warm-up

    const rounds = [];
    for (let r = 0; r < ctx.rounds; r++) {
      const a = await time(demo);
      const ours = await profiled(big, `analytics-x${SCALE}-${r + 1}`, () => time(big));
      const b = await time(demo);
      rounds.push({ a, ours, b });
      ctx.log(`round ${r + 1}: demo p50 ${median(a).toFixed(0)} ms (${a.length} requests), ${SCALE}× p50 ${median(ours).toFixed(0)} ms (${ours.length}), demo again ${median(b).toFixed(0)} ms`);
    }
    // The whole page once (it takes a minute on the 10× academy): demo, 10×, demo.
    const page = { baseline: await dashboard(demo), ours: await dashboard(big), baselineAgain: await dashboard(demo) };
    ctx.log(`dashboard page: demo ${page.baseline.toFixed(0)} ms, ${SCALE}× ${page.ours.toFixed(0)} ms, demo again ${page.baselineAgain.toFixed(0)} ms`);
    const of = (f) => rounds.map(({ a, ours, b }) => ({ baseline: f(a), ours: f(ours), baselineAgain: f(b) }));
    const p90 = (times) => [...times].sort((x, y) => x - y)[Math.ceil(0.9 * times.length) - 1];
    const rows = [
      compare({ metric: `country × gender cross-tab, demo vs ${SCALE}× academy: p50`, unit: 'ms', rounds: of(median), higherIsBetter: false, target: 2 }),
      compare({ metric: `country × gender cross-tab, demo vs ${SCALE}× academy: p90`, unit: 'ms', rounds: of(p90), higherIsBetter: false }),
      compare({ metric: `dashboard page (6 reports at once, one round), demo vs ${SCALE}× academy`, unit: 'ms', rounds: [page], higherIsBetter: false }),
    ];
    return { rows, extra: { query: QUERY, scale: SCALE, sizes, requestsPerMeasurement: rounds.map((r) => [r.a.length, r.ours.length, r.b.length]) } };
  } finally {
    await big?.stop();
    await demo.stop();
  }
}

/** The product's own seeder (`npm run seed`), in a process of its own. */
function seedDemo(ctx, mongodbUri) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ctx.root, 'dist/apps/api/main.js'), '--seed'], {
      cwd: ctx.root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', MONGODB_URI: mongodbUri, DATA_DIR: join(ctx.dataDir, 'seed'), JWT_SECRET: BENCH_JWT_SECRET, LOG_LEVEL: 'warn', ARGON2_MEMORY_KIB: '1024', ARGON2_TIME_COST: '1' },
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the demo seeder exited (${code})`))));
  });
}

/** Copies the academy at `fromUri` into `toUri` with every learner (and what is theirs) `scale` times. */
export async function scaleAcademy(fromUri, toUri, scale) {
  const [from, to] = await Promise.all([MongoClient.connect(fromUri), MongoClient.connect(toUri)]);
  try {
    const src = from.db();
    const dst = to.db();
    const all = (name) => src.collection(name).find({}).toArray();
    const insert = async (name, docs) => {
      for (let i = 0; i < docs.length; i += 1000) await dst.collection(name).insertMany(docs.slice(i, i + 1000), { ordered: false });
    };
    for (const name of ['courses', 'cohorts', 'rooms']) await insert(name, await all(name));

    // Clone k of learner u: a new id and address, the same name and profile (so every cell grows tenfold).
    const users = await all('users');
    const clones = new Map(); // learner id → [clone 1 id, …, clone scale-1 id]
    const people = [];
    for (const u of users) {
      people.push(u);
      if (u.role !== 'learner') continue;
      const ids = [];
      for (let k = 1; k < scale; k++) {
        const _id = new ObjectId();
        const email = u.email.replace('@', `+x${k}@`);
        people.push({ ...u, _id, email, emailLower: email.toLowerCase() });
        ids.push(_id.toHexString());
      }
      clones.set(u._id.toHexString(), ids);
    }
    await insert('users', people);
    const cloneOf = (userId, k) => clones.get(userId)?.[k - 1];
    /** Each document, plus one copy per clone of its person (documents of staff are kept once). */
    const multiply = (docs, userField, copy) =>
      docs.flatMap((d) => [d, ...(clones.has(d[userField]) ? Array.from({ length: scale - 1 }, (_, i) => copy(d, cloneOf(d[userField], i + 1), i + 1)) : [])]);

    await insert('memberships', multiply(await all('memberships'), 'userId', (m, userId) => ({ ...m, _id: `${m.cohortId}:${userId}`, userId })));
    await insert(
      'activity_counters',
      multiply(await all('activity_counters'), 'userId', (c, userId) => ({ ...c, _id: [userId, c.cohortId, c.courseId, c.kind, c.day].join('|'), userId })),
    );
    // Messages: each learner's clones say the same in the same room; replies point at the clone of their root.
    const messages = await all('messages');
    const messageClone = new Map(messages.map((m) => [m._id.toHexString(), Array.from({ length: scale - 1 }, () => new ObjectId())]));
    const copies = messages.flatMap((m) =>
      Array.from({ length: scale - 1 }, (_, i) => {
        const authorId = cloneOf(m.authorId, i + 1) ?? m.authorId;
        const threadRootId = m.threadRootId ? messageClone.get(m.threadRootId)[i].toHexString() : undefined;
        return { ...m, _id: messageClone.get(m._id.toHexString())[i], clientMsgId: `${m.clientMsgId}-x${i + 1}`, authorId, ...(threadRootId ? { threadRootId } : {}) };
      }),
    );
    await insert('messages', [...messages, ...copies]);
  } finally {
    await Promise.all([from.close(), to.close()]);
  }
}

async function sizesOf(uri) {
  const client = await MongoClient.connect(uri);
  try {
    const db = client.db();
    return {
      learners: await db.collection('users').countDocuments({ role: 'learner' }),
      memberships: await db.collection('memberships').countDocuments({}),
      counters: await db.collection('activity_counters').countDocuments({}),
      messages: await db.collection('messages').countDocuments({}),
    };
  } finally {
    await client.close();
  }
}
