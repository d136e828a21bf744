// The `day` scenario's figures: percentiles of its samples, its rows for the bench's table (each op's p50
// and p95 per mode against the raw SQL baseline, and the stock engine's ratio) and a compact summary table.
import { median } from './measure.mjs';

export const TARGETS = { warm1: 50, cold1: 150, many: 250, stock: 20 };

/** Nearest-rank percentile of a list of milliseconds. */
export function percentile(values, p) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const stats = (values) => ({ n: values.length, p50: percentile(values, 50), p95: percentile(values, 95) });

/**
 * `m` holds, per op key: samples per mode (arrays of ms pooled over rounds: warm1, warm50, cold1, cold50),
 * engineCold (one first request after an engine and API restart), stock (1 person, warm) and raw:
 * per round { a, b } lists of ms (the raw SQL before and after the round).
 */
export function dayRows(ops, m, people) {
  const rows = [];
  for (const op of ops) {
    const r = m[op.key];
    const raw = (p) => ({
      base: median(r.raw.map((round) => percentile(round.a, p))),
      noise: r.raw.map((round) => percentile(round.b, p) / percentile(round.a, p)).filter(Number.isFinite),
    });
    const row = (mode, label, p, limit) => {
      const ours = percentile(r[mode], p);
      const { base, noise } = raw(p);
      const target = limit === undefined ? undefined : `p95 ≤ ${limit} ms`;
      rows.push({
        metric: `${op.name}: ${label}, p${p} (${r[mode].length} samples)`,
        unit: 'ms',
        baseline: base,
        ours,
        ratio: ours / base,
        noise: noise.length ? [Math.min(...noise), Math.max(...noise)] : undefined,
        target,
        met: limit === undefined ? undefined : ours <= limit,
      });
    };
    const many = `${people[op.key]} people at once`;
    row('warm1', 'warm, 1 person', 50);
    row('warm1', 'warm, 1 person', 95, TARGETS.warm1);
    row('cold1', 'first request after an API restart, 1 person', 50);
    row('cold1', 'first request after an API restart, 1 person', 95, TARGETS.cold1);
    row('warm50', `warm, ${many}`, 50);
    row('warm50', `warm, ${many}`, 95, TARGETS.many);
    row('cold50', `after an API restart, ${many}`, 50);
    row('cold50', `after an API restart, ${many}`, 95, TARGETS.many);
    row('engineCold', 'first request after an engine and API restart (field kinds read again), 1 person', 50);
    const stock = percentile(r.stock, 50);
    const ours = percentile(r.warm1, 50);
    rows.push({
      metric: `${op.name}: stock engine ÷ pushdown, warm, 1 person, p50 (${r.stock.length} samples stock)`,
      unit: 'ms',
      baseline: stock,
      ours,
      ratio: stock / ours,
      target: op.stockTarget ? `≥ ${TARGETS.stock}× (stock ÷ ours)` : undefined,
      met: op.stockTarget ? stock / ours >= TARGETS.stock : undefined,
    });
  }
  return rows;
}

function fmt(v) {
  if (!Number.isFinite(v)) return '–';
  if (v >= 100) return Math.round(v).toLocaleString('en-US');
  return v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

/** One line per op: p50 / p95 per mode (ms), the stock ratio and the raw SQL; targets missed in bold. */
export function daySummary(ops, m) {
  const pair = (values, limit) => {
    const { p50, p95 } = stats(values);
    return `${fmt(p50)} / ${limit !== undefined && p95 > limit ? `**${fmt(p95)}**` : fmt(p95)}`;
  };
  const lines = [
    '| operation | warm, 1 | cold (API restart), 1 | warm, 50 | cold (API restart), 50 | cold (engine restart), 1 | stock engine, 1 (p50) | stock ÷ pushdown | raw SQL p50 / p95 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const op of ops) {
    const r = m[op.key];
    const ratio = percentile(r.stock, 50) / percentile(r.warm1, 50);
    const rawAll = r.raw.flatMap((round) => [...round.a, ...round.b]);
    const ratioText = `${fmt(ratio)}×`;
    lines.push(
      `| ${op.name} | ${pair(r.warm1, TARGETS.warm1)} | ${pair(r.cold1, TARGETS.cold1)} | ${pair(r.warm50, TARGETS.many)} | ${pair(r.cold50, TARGETS.many)} | ${fmt(r.engineCold[0])} | ${fmt(percentile(r.stock, 50))} | ${op.stockTarget && ratio < TARGETS.stock ? `**${ratioText}**` : ratioText} | ${pair(rawAll)} |`,
    );
  }
  return lines.join('\n');
}
