// `node bench/lib/gc-summary.mjs bench/results/profiles/gc-*.log`: the garbage-collection pauses of each
// server traced with BENCH_TRACE_GC=1 (V8's --trace-gc lines), by kind: count, total, longest, and how
// many reached 5, 10 and 20 ms.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

for (const file of process.argv.slice(2)) {
  const kinds = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /ms: (Scavenge|Mark-Compact|Minor Mark-Compact|Mark-Compact \(reduce\))[^,]*MB, ([\d.]+) \/ [\d.]+ ms/.exec(line);
    if (!match) continue;
    const pauses = kinds.get(match[1]) ?? [];
    pauses.push(Number(match[2]));
    kinds.set(match[1], pauses);
  }
  console.log(basename(file));
  for (const [kind, pauses] of kinds) {
    const total = pauses.reduce((a, b) => a + b, 0);
    const atLeast = (ms) => pauses.filter((p) => p >= ms).length;
    console.log(
      `  ${kind}: ${pauses.length} pauses, ${total.toFixed(0)} ms in all, longest ${Math.max(...pauses).toFixed(1)} ms; ≥5 ms: ${atLeast(5)}, ≥10 ms: ${atLeast(10)}, ≥20 ms: ${atLeast(20)}`,
    );
  }
}
