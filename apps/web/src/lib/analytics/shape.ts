import type { AnalyticsDimension, Count, ParticipationRow } from '@trainaction/contracts';

/** A count as a number, or null when it is hidden ("<5") or missing. */
export function countValue(count: Count | null | undefined): number | null {
  return typeof count === 'number' && Number.isFinite(count) ? count : null;
}

export function isSuppressed(row: Pick<ParticipationRow, 'learners' | 'suppressed'>): boolean {
  return row.suppressed === true || typeof row.learners === 'string';
}

/** Distinct values of a dimension in the rows, in `order` first (e.g. the academy's countries), then sorted. */
export function distinct(rows: readonly ParticipationRow[], dim: AnalyticsDimension, order: readonly string[] = []): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = row[dim];
    if (value !== undefined && value !== null) seen.add(value);
  }
  const first = order.filter((v) => seen.has(v));
  const rest = [...seen].filter((v) => !order.includes(v)).sort();
  return [...first, ...rest];
}

export interface SeriesTable {
  /** Category axis (e.g. countries, months). */
  categories: string[];
  /** One series per value of the split dimension (e.g. gender); null where hidden. */
  series: { key: string; values: (number | null)[]; hidden: boolean[] }[];
}

/**
 * Learners per `category` split by `split` (bars of learners by country split by gender), from rows of
 * `by=category,split`. A hidden cell is null, so the chart draws nothing and the table shows "<5".
 */
export function splitSeries(
  rows: readonly ParticipationRow[],
  category: AnalyticsDimension,
  split: AnalyticsDimension,
  order: { categories?: readonly string[]; splits?: readonly string[] } = {},
): SeriesTable {
  const categories = distinct(rows, category, order.categories);
  const splits = distinct(rows, split, order.splits);
  const index = new Map(rows.map((r) => [`${r[category]}|${r[split]}`, r]));
  return {
    categories,
    series: splits.map((key) => {
      const cells = categories.map((c) => index.get(`${c}|${key}`));
      return {
        key,
        values: cells.map((r) => (r ? countValue(r.learners) : 0)),
        hidden: cells.map((r) => (r ? isSuppressed(r) : false)),
      };
    }),
  };
}

export interface MonthlySeries {
  months: string[];
  activeLearners: (number | null)[];
  messages: (number | null)[];
  posts: (number | null)[];
  submissions: (number | null)[];
}

/** Active learners and messages by month, from rows of `by=month`, in month order. */
export function monthlySeries(rows: readonly ParticipationRow[]): MonthlySeries {
  const sorted = rows.filter((r) => r.month).sort((a, b) => a.month!.localeCompare(b.month!));
  return {
    months: sorted.map((r) => r.month!),
    activeLearners: sorted.map((r) => countValue(r.activeLearners)),
    messages: sorted.map((r) => r.messages),
    posts: sorted.map((r) => r.posts),
    submissions: sorted.map((r) => r.submissions),
  };
}

export interface HeatCell {
  rate: number | null;
  learners: Count | null;
  hidden: boolean;
}

export interface HeatMatrix {
  rows: string[];
  columns: string[];
  cells: HeatCell[][];
  min: number;
  max: number;
}

/** A rows × columns grid of participation rates (course × country), from rows of `by=rowDim,columnDim`. */
export function heatMatrix(
  data: readonly ParticipationRow[],
  rowDim: AnalyticsDimension,
  columnDim: AnalyticsDimension,
  order: { rows?: readonly string[]; columns?: readonly string[] } = {},
): HeatMatrix {
  const rows = distinct(data, rowDim, order.rows);
  const columns = distinct(data, columnDim, order.columns);
  const index = new Map(data.map((r) => [`${r[rowDim]}|${r[columnDim]}`, r]));
  const rates: number[] = [];
  const cells = rows.map((r) =>
    columns.map((c): HeatCell => {
      const row = index.get(`${r}|${c}`);
      if (!row) return { rate: null, learners: null, hidden: false };
      const hidden = isSuppressed(row);
      const rate = hidden ? null : row.participationRate;
      if (rate !== null) rates.push(rate);
      return { rate, learners: row.learners, hidden };
    }),
  );
  return { rows, columns, cells, min: rates.length ? Math.min(...rates) : 0, max: rates.length ? Math.max(...rates) : 1 };
}

/** Sums of each series (for captions); hidden cells count as unknown and are reported separately. */
export function seriesTotals(table: SeriesTable): { key: string; total: number; hiddenCells: number }[] {
  return table.series.map((s) => ({
    key: s.key,
    total: s.values.reduce<number>((sum, v) => sum + (v ?? 0), 0),
    hiddenCells: s.hidden.filter(Boolean).length,
  }));
}

/** The index of the largest value (first one on ties), or -1. */
export function argMax(values: readonly (number | null)[]): number {
  let best = -1;
  values.forEach((v, i) => {
    if (v !== null && (best < 0 || v > (values[best] ?? -Infinity))) best = i;
  });
  return best;
}
