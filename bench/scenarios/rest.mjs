// REST throughput and latency of three product reads against a bare `http` + raw mongodb driver server
// doing the same reads on the same database (bench/baselines/rest-server.mjs):
//   course list      GET /api/courses                        (six published courses with modules)
//   cohort members   GET /api/cohorts/:id/members            (a cohort of 100 learners)
//   room history     GET /api/rooms/:id/messages?limit=50    (a room of 300 messages, some with reactions)
// Load comes from autocannon in a child process: a fixed number of connections for `ctx.seconds` per
// measurement; each round measures, per endpoint, the baseline, TrainAction, then the baseline again.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { apiClient, buildAcademy, pool } from '../lib/academy.mjs';
import { compare, cpuMs, profiled } from '../lib/measure.mjs';
import { startApi, startBaseline } from '../lib/processes.mjs';

const require = createRequire(import.meta.url);
const { io } = require('socket.io-client');

const CONNECTIONS = 10;
const LEARNERS = 100;
const MESSAGES = 300;
const REACTIONS = 120;
const EXTRA_COURSES = 5;

export default async function run(ctx) {
  const api = await startApi({ root: ctx.root, mongodbUri: ctx.mongodbUri, dataDir: ctx.dataDir });
  let baseline;
  try {
    ctx.log(`building a cohort of ${LEARNERS} learners, ${EXTRA_COURSES + 1} courses, ${MESSAGES} messages`);
    const academy = await buildAcademy({ url: api.url, mongodbUri: ctx.mongodbUri, prefix: 'rest', cohorts: 1, perCohort: LEARNERS });
    const [cohort] = academy.cohorts;
    await addCourses(api.url, academy.coordinatorToken);
    await fillRoom(api.url, cohort);
    baseline = await startBaseline({ root: ctx.root, script: 'rest-server.mjs', env: { MONGODB_URI: ctx.mongodbUri } });

    // A learner of the cohort reads all three, as the web app does for a learner.
    const token = cohort.members[0].token;
    const endpoints = [
      { name: 'course list', slug: 'courses', path: '/api/courses' },
      { name: 'cohort members', slug: 'members', path: `/api/cohorts/${cohort.cohortId}/members` },
      { name: 'room history', slug: 'history', path: `/api/rooms/${cohort.roomId}/messages?limit=50` },
    ];
    const measure = (server, path, auth, seconds) => load(server, path, auth, seconds, ctx.db.pid);
    const sizes = {};
    for (const e of endpoints) {
      // Same answer from both, roughly the same size, before anything is timed.
      const [ours, base] = await Promise.all([fetchJson(api.url + e.path, token), fetchJson(baseline.url + e.path)]);
      if (ours.json.items.length !== base.json.items.length)
        throw new Error(`${e.name}: ${ours.json.items.length} items from TrainAction, ${base.json.items.length} from the baseline`);
      sizes[e.name] = { items: ours.json.items.length, bytesOurs: ours.bytes, bytesBaseline: base.bytes };
      ctx.log(`${e.name}: ${ours.json.items.length} items, ${ours.bytes} bytes (baseline ${base.bytes} bytes)`);
      // Warm-up: JIT, connection pools and the product's 2-second caches.
      await measure(baseline, e.path, undefined, 1);
      await measure(api, e.path, token, 1);
    }

    const rounds = Object.fromEntries(endpoints.map((e) => [e.name, []]));
    for (let r = 0; r < ctx.rounds; r++) {
      for (const e of endpoints) {
        const a = await measure(baseline, e.path, undefined, ctx.seconds);
        const ours = await profiled(api, `rest-${e.slug}-${r + 1}`, () => measure(api, e.path, token, ctx.seconds));
        const b = await measure(baseline, e.path, undefined, ctx.seconds);
        rounds[e.name].push({ a, ours, b });
        ctx.log(
          `round ${r + 1} ${e.name}: baseline ${a.rps.toFixed(0)}/s, TrainAction ${ours.rps.toFixed(0)}/s, baseline ${b.rps.toFixed(0)}/s`,
        );
      }
    }

    const rows = endpoints.flatMap(({ name }) => {
      const of = (key) => rounds[name].map(({ a, ours, b }) => ({ baseline: a[key], ours: ours[key], baselineAgain: b[key] }));
      return [
        compare({ metric: `${name}: requests/s`, unit: 'req/s', rounds: of('rps'), higherIsBetter: true, target: 0.7 }),
        compare({ metric: `${name}: p99 latency`, unit: 'ms', rounds: of('p99'), higherIsBetter: false }),
        compare({ metric: `${name}: server CPU per request`, unit: 'ms', rounds: of('cpuPerRequest'), higherIsBetter: false }),
        compare({ metric: `${name}: database CPU per request`, unit: 'ms', rounds: of('dbCpuPerRequest'), higherIsBetter: false }),
      ];
    });
    return {
      rows,
      extra: {
        connections: CONNECTIONS,
        learners: LEARNERS,
        courses: EXTRA_COURSES + 1,
        messages: MESSAGES,
        reactions: REACTIONS,
        responses: sizes,
      },
    };
  } finally {
    await baseline?.stop();
    await api.stop();
  }
}

/**
 * One autocannon run from a child process; the CPU time of the server and of the database is read around
 * it. A pause first lets the database finish what the previous run left queued.
 */
async function load(server, path, token, seconds, dbPid) {
  await new Promise((r) => setTimeout(r, 1000));
  const args = [join('node_modules', 'autocannon', 'autocannon.js'), '-c', String(CONNECTIONS), '-d', String(seconds), '-j', '-n'];
  if (token) args.push('-H', `authorization=Bearer ${token}`);
  const cpuBefore = cpuMs(server.pid);
  const dbBefore = cpuMs(dbPid);
  const out = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args, server.url + path], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`autocannon exited (${code})`))));
  });
  const cpu = cpuMs(server.pid) - cpuBefore;
  const dbCpu = cpuMs(dbPid) - dbBefore;
  const result = JSON.parse(out);
  if (result.errors || result.timeouts || result.non2xx)
    throw new Error(`${path}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`);
  const requests = result.requests.total;
  return {
    rps: requests / result.duration,
    p99: result.latency.p99,
    cpuPerRequest: cpu / requests,
    dbCpuPerRequest: dbCpu / requests,
    requests,
  };
}

async function fetchJson(url, token) {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${text}`);
  return { json: JSON.parse(text), bytes: Buffer.byteLength(text) };
}

/** More published courses, each with four modules of five text lessons, so the list reads real documents. */
async function addCourses(url, token) {
  const api = apiClient(url);
  const lesson = (m, l) => ({ kind: 'text', title: { es: `Lección ${m}.${l}` }, body: `Contenido de la lección ${m}.${l}. `.repeat(30) });
  for (let c = 1; c <= EXTRA_COURSES; c++) {
    const modules = Array.from({ length: 4 }, (_, m) => ({
      title: { es: `Módulo ${m + 1}` },
      lessons: Array.from({ length: 5 }, (_, l) => lesson(m + 1, l + 1)),
      activities: [],
    }));
    await api(
      'POST',
      '/api/courses',
      {
        slug: `rest-curso-${c}`,
        title: { es: `Curso de prueba ${c}` },
        summary: { es: 'Seguridad ciudadana: prevención, datos y coordinación regional.' },
        topics: ['prevencion', 'datos'],
        status: 'published',
        modules,
      },
      token,
    );
  }
}

/** MESSAGES messages from ten learners through the live protocol, then REACTIONS reactions on the newest. */
async function fillRoom(url, cohort) {
  const senders = cohort.members.slice(0, 10);
  const sockets = await Promise.all(senders.map((m) => connect(url, m.token)));
  try {
    const perSender = MESSAGES / senders.length;
    const ids = (
      await pool(sockets, sockets.length, async (socket, s) => {
        const sent = [];
        for (let i = 0; i < perSender; i++) {
          const ack = await emit(socket, 'message:send', {
            roomId: cohort.roomId,
            clientMsgId: `rest-${s}-${i}`,
            body: `Mensaje ${i} de la persona ${s}: ¿cómo medimos la prevención en nuestro país?`,
          });
          sent.push(ack.data.message.id);
        }
        return sent;
      })
    ).flat();
    if (ids.some((id) => !id)) throw new Error('a message:send ack carried no message id');
    const newest = ids.sort().slice(-REACTIONS / 3);
    // Three reactions (different people, two emojis) on each of the newest messages.
    await pool(newest, sockets.length, async (messageId, i) => {
      for (const [k, emoji] of ['👍', '👍', '🙌'].entries())
        await emit(sockets[(i + k) % sockets.length], 'message:react', { messageId, emoji, on: true });
    });
  } finally {
    sockets.forEach((s) => s.close());
  }
}

function connect(url, token) {
  return new Promise((resolve, reject) => {
    const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function emit(socket, event, payload) {
  const ack = await socket.timeout(30_000).emitWithAck(event, payload);
  if (!ack?.ok) throw new Error(`${event}: ${JSON.stringify(ack)}`);
  return ack;
}
