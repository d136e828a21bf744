// `npm run test:load`: 500 sockets in 25 rooms, 200 messages a second for LOAD_SECONDS (300), against the
// built API on the embedded database. Checks: no errors, ack p99 recorded, API memory after within 10% of
// before, and one client flooding does not raise the others' p95 by more than 20%. Results go to
// .cache/bench-results/load-<time>.json (bench/results/ with BENCH_RECORD=1). The load comes from a separate
// process (scripts/lib/load-client.mjs).
import { API_NODE_FLAGS } from './lib/node-flags.mjs';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resultsDir } from '../bench/lib/results-dir.mjs';
import { startEmbeddedDb, stopProcess } from './lib/embedded-db.mjs';
import { freePort, waitForHttp } from './lib/processes.mjs';
import { ensureBuilds, ensureDependencies } from './lib/setup.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SECONDS = Number(process.env.LOAD_SECONDS ?? 300);
const ROOMS = 25;
const PER_ROOM = 20;
const RATE = Number(process.env.LOAD_RATE ?? 200);

await ensureDependencies(root);
await ensureBuilds(root);
const { default: mongoose } = await import(join(root, 'node_modules', 'mongoose', 'index.js'));
const measure = await import('../bench/lib/measure.mjs'); // after the install: it uses hdr-histogram-js
const liveHeapMiB = () => measure.liveHeapMiB(inspectPort);
const rssMiB = measure.rssMiB;

const dataDir = mkdtempSync(join(tmpdir(), 'trainaction-load-'));
const db = await startEmbeddedDb({ root, dataDir: join(dataDir, 'db') });
const mongodbUri = `${db.uri}/load`;
const port = await freePort();
const inspectPort = await freePort();
const api = spawn(process.execPath, [...API_NODE_FLAGS, `--inspect=127.0.0.1:${inspectPort}`, 'dist/apps/api/main.js'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    NODE_ENV: 'production',
    DB_AUTO_INDEX: 'true', // production mode builds no indexes at start
    COOKIE_SECURE: 'false',
    HOST: '127.0.0.1',
    PORT: String(port),
    MONGODB_URI: mongodbUri,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_TIME_COST: '1',
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '100000',
  },
});
const url = `http://127.0.0.1:${port}`;
const stopAll = async () => {
  await stopProcess(api);
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
};

async function post(path, body, token) {
  const res = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

try {
  await waitForHttp(`${url}/api/ready`, { isAlive: () => api.exitCode === null });
  console.log(`• Setting up ${ROOMS} cohorts of ${PER_ROOM} learners…`);
  const password = 'load-test-password';
  // Registration answers 202 and signs nobody in: sign in afterwards for the token.
  const reg = async (i) => {
    await post('/api/auth/register', {
      email: `load${i}@example.org`,
      password,
      displayName: `Carga ${i}`,
      country: 'HN',
      gender: i % 2 ? 'man' : 'woman',
      sector: 'academia',
    });
    return post('/api/auth/login', { email: `load${i}@example.org`, password });
  };
  const coordinator = await reg('coord');
  const conn = await mongoose.createConnection(mongodbUri).asPromise();
  await conn.collection('users').updateOne({ emailLower: 'loadcoord@example.org' }, { $set: { role: 'coordinator' } });
  await conn.close();
  const token = (await post('/api/auth/login', { email: 'loadcoord@example.org', password })).accessToken;
  void coordinator;
  const course = await post(
    '/api/courses',
    { slug: 'carga', title: { es: 'Carga' }, summary: { es: 'Carga' }, status: 'published' },
    token,
  );
  const clients = [];
  for (let r = 0; r < ROOMS; r++) {
    const cohort = await post(
      '/api/cohorts',
      {
        courseId: course.id,
        name: `Cohorte ${r}`,
        countries: ['HN'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2027-07-01T00:00:00Z',
        timezone: 'America/Tegucigalpa',
      },
      token,
    );
    const people = await Promise.all(Array.from({ length: PER_ROOM }, (_, i) => reg(r * PER_ROOM + i)));
    // As if each had used the verification link mailed at registration: unverified accounts cannot post.
    const verify = await mongoose.createConnection(mongodbUri).asPromise();
    await verify.collection('users').updateMany({}, { $unset: { emailUnverifiedSince: 1 } });
    await verify.close();
    for (const person of people) await post(`/api/cohorts/${cohort.id}/enrollments`, { userId: person.user.id, role: 'learner' }, token);
    const rooms = await (
      await fetch(`${url}/api/cohorts/${cohort.id}/rooms`, { headers: { authorization: `Bearer ${people[0].accessToken}` } })
    ).json();
    for (const person of people) clients.push({ token: person.accessToken, roomId: rooms[0].id });
  }

  const config = { url, clients, rate: RATE, seconds: SECONDS };
  const configFile = join(dataDir, 'load.json');
  writeFileSync(configFile, JSON.stringify(config));
  const memoryBefore = { rss: 0, heap: 0 };
  const memoryAfter = { rss: 0, heap: 0 };
  const marks = [];
  console.log(`• ${clients.length} sockets, ${RATE} messages/s: 20 s warm-up, ${SECONDS} s measured, then a flood check…`);
  const generator = spawn(process.execPath, [join(root, 'scripts', 'lib', 'load-client.mjs'), configFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  generator.stdout.on('data', (chunk) => {
    output += chunk;
    // Memory is read at the markers (after the warm-up, at the end of the main run), sockets connected; the
    // generator keeps sending meanwhile, which is fine: a leak would show as growth between them.
    if (!memoryBefore.rss && output.includes('MARK warm')) {
      memoryBefore.rss = rssMiB(api.pid);
      marks.push(liveHeapMiB().then((heap) => (memoryBefore.heap = heap)));
    }
    if (!memoryAfter.rss && output.includes('MARK main')) {
      memoryAfter.rss = rssMiB(api.pid);
      marks.push(liveHeapMiB().then((heap) => (memoryAfter.heap = heap)));
    }
  });
  const samples = [];
  const sampler = setInterval(() => samples.push(rssMiB(api.pid)), 5000);
  const code = await new Promise((r) => generator.on('exit', r));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`the load generator failed (${code})`);
  await Promise.all(marks);
  const result = JSON.parse(
    output
      .split('\n')
      .find((l) => l.startsWith('RESULT '))
      .slice(7),
  );

  const checks = {
    noErrors: result.main.errors === 0 && result.main.noAck === 0 && result.main.refused === 0,
    memoryWithin10Percent: memoryAfter.heap <= memoryBefore.heap * 1.1,
    floodIsolation: result.flood.othersP95 <= result.flood.baselineP95 * 1.2 + 2,
  };
  console.log(`RSS samples (MiB, every 5 s): ${samples.map((s) => s.toFixed(0)).join(' ')}`);
  const report = {
    date: new Date().toISOString(),
    rssSamplesMiB: samples,
    machine: { cores: (await import('node:os')).availableParallelism(), node: process.version },
    config: { sockets: clients.length, rooms: ROOMS, rate: RATE, seconds: SECONDS },
    result,
    memory: {
      liveHeapBeforeMiB: memoryBefore.heap,
      liveHeapAfterMiB: memoryAfter.heap,
      rssBeforeMiB: memoryBefore.rss,
      rssAfterMiB: memoryAfter.rss,
      rssPeakMiB: Math.max(...samples, memoryAfter.rss),
    },
    checks,
  };
  const file = join(resultsDir(root), `load-${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  console.table({
    'messages acked': result.main.acked,
    'achieved rate /s': result.main.rate.toFixed(1),
    'ack p50 ms': result.main.p50.toFixed(1),
    'ack p95 ms': result.main.p95.toFixed(1),
    'ack p99 ms': result.main.p99.toFixed(1),
    errors: result.main.errors,
    'live heap before MiB': memoryBefore.heap.toFixed(1),
    'live heap after MiB': memoryAfter.heap.toFixed(1),
    'resident before / after MiB': `${memoryBefore.rss.toFixed(0)} / ${memoryAfter.rss.toFixed(0)}`,
    'others p95 without flood ms': result.flood.baselineP95.toFixed(1),
    'others p95 with flood ms': result.flood.othersP95.toFixed(1),
    'flood refused (RATE_LIMITED)': result.flood.refused,
  });
  console.log(`Results: ${file}`);
  console.log(`${Object.values(checks).filter(Boolean).length} passed, ${Object.values(checks).filter((c) => !c).length} failed`);
  await stopAll();
  process.exit(Object.values(checks).every(Boolean) ? 0 : 1);
} catch (error) {
  console.error(error);
  await stopAll();
  process.exit(1);
}
