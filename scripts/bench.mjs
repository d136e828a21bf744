// `npm run bench`: TrainAction against baselines measured in the same run, interleaved in rounds.
// Scenarios live in bench/scenarios; each returns rows made by compare() (bench/lib/measure.mjs).
// Options: BENCH_ROUNDS (5), BENCH_SECONDS (seconds per measurement, 5), BENCH_ONLY=broadcast,rest,day,…
// Results: .cache/bench-results/bench-<time>.json (bench/results/ with BENCH_RECORD=1, for a run kept as the
// record) and a Markdown table on stdout (summarised in docs/performance.md).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resultsDir } from '../bench/lib/results-dir.mjs';
import { startEmbeddedDb } from './lib/embedded-db.mjs';
import { API_NODE_FLAGS } from './lib/node-flags.mjs';
import { ensureBuilds, ensureDependencies } from './lib/setup.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SCENARIOS = ['connections', 'catchup', 'broadcast', 'rest', 'analytics', 'day'];
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : SCENARIOS;
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const seconds = Number(process.env.BENCH_SECONDS ?? 5);

await ensureDependencies(root);
await ensureBuilds(root);

const tmp = mkdtempSync(join(tmpdir(), 'trainaction-bench-'));
const db = await startEmbeddedDb({ root, dataDir: join(tmp, 'db') });
const log = (line) => console.log(`  ${line}`);
const machine = {
  cpu: cpus()[0]?.model,
  cores: availableParallelism(),
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  /** How the API and the Node baselines run (scripts/lib/node-flags.mjs). */
  nodeFlags: API_NODE_FLAGS.join(' '),
  database: 'FerretDB v1.24 on SQLite (embedded)',
  kernel: readFileSync('/proc/version', 'utf8').split(' ').slice(0, 3).join(' '),
};

const results = [];
const exits = [];
const date = new Date().toISOString();
const file = join(resultsDir(root), `bench-${date.replace(/[:.]/g, '-')}.json`);
/** Written after every scenario, so a run cut short keeps what it measured. */
const save = (complete) =>
  writeFileSync(file, JSON.stringify({ date, complete, machine, rounds, secondsPerMeasurement: seconds, results }, null, 2));
let failed = false;
try {
  for (const name of only) {
    if (!SCENARIOS.includes(name)) throw new Error(`unknown scenario ${name}; choose from ${SCENARIOS.join(', ')}`);
    console.log(`• ${name}`);
    const started = Date.now();
    const { default: run } = await import(join(root, 'bench', 'scenarios', `${name}.mjs`));
    const ctx = {
      root,
      db: { uri: db.uri, pid: db.process.pid },
      mongodbUri: `${db.uri}/bench_${name}`,
      dataDir: join(tmp, name),
      rounds,
      seconds,
      log,
      onExit: (fn) => exits.push(fn),
    };
    mkdirSync(ctx.dataDir, { recursive: true });
    const result = await run(ctx);
    results.push({ scenario: name, seconds: Math.round((Date.now() - started) / 1000), ...result });
    console.log(table(results.at(-1).rows));
    save(false);
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  for (const exit of exits.reverse()) await exit().catch((error) => console.error(error));
  await db.stop();
  rmSync(tmp, { recursive: true, force: true });
}
save(!failed);

console.log(
  `\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node} (${machine.nodeFlags}), ${machine.database}`,
);
console.log(table(results.flatMap((r) => r.rows.map((row) => ({ ...row, metric: `${r.scenario}: ${row.metric}` })))));
const rows = results.flatMap((r) => r.rows).filter((r) => r.met !== undefined);
console.log(`Results: ${file}`);
console.log(`${rows.filter((r) => r.met).length} targets met, ${rows.filter((r) => !r.met).length} missed`);
process.exit(failed ? 1 : 0);

function fmt(value) {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** The Markdown table kept in docs/performance.md. */
function table(rows) {
  const lines = ['| figure | baseline | TrainAction | ratio | baseline vs itself | target | |', '|---|---:|---:|---:|---:|---|---|'];
  for (const r of rows) {
    const noise = r.noise ? `${fmt(r.noise[0])}–${fmt(r.noise[1])}` : '–';
    const verdict = r.met === undefined ? '' : r.met ? 'met' : '**missed**';
    lines.push(
      `| ${r.metric}${r.unit ? ` (${r.unit})` : ''} | ${fmt(r.baseline)} | ${fmt(r.ours)} | ${fmt(r.ratio)} | ${noise} | ${r.target ?? ''} | ${verdict} |`,
    );
  }
  return lines.join('\n');
}
