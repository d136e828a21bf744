// What the bench reads off its processes and samples: CPU time and resident memory from /proc, the live
// heap through the inspector, latency histograms (hdr-histogram-js) and the summary of interleaved rounds.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const hdr = require('hdr-histogram-js');
const WebSocket = require('ws');

const TICKS_PER_SECOND = 100; // Linux USER_HZ

/** User + system CPU time of a process so far, in milliseconds. */
export function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/**
 * Resolves once the processes are quiet (together at most 5% of a core over two 200 ms windows in a row), or
 * after `maxMs`, with the time waited: what one measurement left running in the background (the API's word
 * index and activity counters, the engine's writes) must not fall into the next one's.
 */
export async function quiet(pids, maxMs = 30_000) {
  const started = Date.now();
  const total = () => pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
  let calm = 0;
  while (calm < 2 && Date.now() - started < maxMs) {
    const before = total();
    await new Promise((resolve) => setTimeout(resolve, 200));
    calm = total() - before <= 10 ? calm + 1 : 0;
  }
  return Date.now() - started;
}

export function rssMiB(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) / 1024;
}

/**
 * A process's live heap after two full collections, read through the inspector protocol (the process runs
 * with --inspect): unlike the resident size it does not depend on when the collector last ran.
 */
export async function liveHeapMiB(inspectPort) {
  const inspector = await inspect(inspectPort);
  await inspector.call('HeapProfiler.collectGarbage');
  await inspector.call('HeapProfiler.collectGarbage');
  const result = await inspector.call('Runtime.evaluate', { expression: 'process.memoryUsage().heapUsed', returnByValue: true });
  inspector.close();
  return result.result.value / 1024 / 1024;
}

/**
 * With BENCH_CPU_PROFILE=1, records a CPU profile of the server while `work` runs and writes it to
 * bench/results/profiles/<name>.cpuprofile (summarise it with bench/lib/profile-summary.mjs). With
 * BENCH_HEAP_PROFILE=1, samples the allocations that outlive young-generation collections (what is promoted
 * or kept: what makes scavenges and full collections long) into <name>.heapprofile (Chrome's memory tab); it
 * also holds what was allocated since the last collection and is still young when `work` ends.
 */
export async function profiled(server, name, work) {
  const cpu = Boolean(process.env.BENCH_CPU_PROFILE);
  const heap = Boolean(process.env.BENCH_HEAP_PROFILE);
  if (!cpu && !heap) return work();
  const inspector = await inspect(server.inspectPort);
  if (cpu) {
    await inspector.call('Profiler.enable');
    await inspector.call('Profiler.start');
  }
  if (heap) {
    await inspector.call('HeapProfiler.enable');
    await inspector.call('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMinorGC: false,
      includeObjectsCollectedByMajorGC: true,
    });
  }
  const result = await work();
  const dir = join(fileURLToPath(new URL('../results/profiles', import.meta.url)));
  mkdirSync(dir, { recursive: true });
  if (cpu) writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify((await inspector.call('Profiler.stop')).profile));
  if (heap) writeFileSync(join(dir, `${name}.heapprofile`), JSON.stringify((await inspector.call('HeapProfiler.stopSampling')).profile));
  inspector.close();
  return result;
}

async function inspect(inspectPort) {
  const [target] = await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json();
  const ws = new WebSocket(target.webSocketDebuggerUrl, { maxPayload: 2 ** 30 });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let id = 0;
  const call = (method, params = {}) =>
    new Promise((resolve) => {
      const mine = ++id;
      ws.on('message', function onMessage(data) {
        const msg = JSON.parse(String(data));
        if (msg.id !== mine) return;
        ws.off('message', onMessage);
        resolve(msg.result);
      });
      ws.send(JSON.stringify({ id: mine, method, params }));
    });
  return { call, close: () => ws.close() };
}

/** A latency histogram in microseconds (1 µs to 2 min, 3 significant digits). */
export function histogram() {
  return hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: 3 });
}

/** p50/p99/max of a histogram, in milliseconds. */
export function latencySummary(h) {
  return { count: h.totalCount, p50: h.getValueAtPercentile(50) / 1000, p99: h.getValueAtPercentile(99) / 1000, max: h.maxValue / 1000 };
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One figure compared over interleaved rounds: each round measured the baseline twice (a, b) and ours once.
 * The ratio is median(ours) / median(baseline a); the noise band is the spread of b/a over the rounds.
 * `higherIsBetter` says which way the target points; `target` is the ratio limit.
 */
export function compare({ metric, unit, rounds, higherIsBetter, target }) {
  const base = median(rounds.map((r) => r.baseline));
  const ours = median(rounds.map((r) => r.ours));
  const selfRatios = rounds.map((r) => r.baselineAgain / r.baseline).filter(Number.isFinite);
  const ratio = ours / base;
  const met = target === undefined ? undefined : higherIsBetter ? ratio >= target : ratio <= target;
  return {
    metric,
    unit,
    baseline: base,
    ours,
    ratio,
    noise: selfRatios.length ? [Math.min(...selfRatios), Math.max(...selfRatios)] : undefined,
    target: target === undefined ? undefined : `${higherIsBetter ? '≥' : '≤'} ${target}×`,
    met,
    rounds,
  };
}
