/**
 * Small-cell protection for a table of people with its totals (docs/analytics.md). The table is seen with its
 * margins: every row has its total, every column its total, and the grand total closes both. A "line" is a row
 * with its total, a column with its total, the row of column totals with the grand total, the column of row
 * totals with the grand total, and every cell with the grand total. No line may hold exactly one figure that is
 * not shown exactly, or that figure follows by subtraction.
 *
 * 1. Every figure with 1 … threshold-1 people is hidden ("<5").
 * 2. A line with one hidden figure gets a second: the cell with the fewest people that holds at most
 *    `maxShare` of its row and of its column (never a total).
 * 3. When no cell may be hidden, the line's total is shown as a range worked out from what is published
 *    ("232–235", or "≥ 108"), so it never vanishes; a total another table shows exactly stays exact and a
 *    cell is hidden instead.
 */
import { determined } from './linear-audit';

export interface Cell {
  row: string;
  column: string;
  count: number;
}

/** How a published figure is shown. */
export type Shown =
  | { kind: 'exact'; value: number }
  | { kind: 'hidden'; why: 'small' | 'complementary' }
  | { kind: 'range'; low: number; high: number | null };

export type Fixed = 'exact' | 'range';

export interface ProtectOptions {
  threshold: number;
  /** The largest share of its row or column a cell may hold to be hidden to protect another one. */
  maxShare?: number;
  /** One-dimensional table: one row (''), no column totals (each is its cell). */
  oneDimensional?: boolean;
  /** Row and column totals are not published (only the cells and the grand total are). */
  marginsUnpublished?: boolean;
  /** How other published tables show some of this table's totals: this one must agree. */
  fixedRows?: ReadonlyMap<string, Fixed>;
  fixedColumns?: ReadonlyMap<string, Fixed>;
  fixedGrand?: Fixed;
  /** Cells another table hides (they stay hidden here, empty ones too). */
  hiddenCells?: (cell: Cell) => boolean;
}

export interface ProtectedTable {
  cells: Shown[];
  rows: Map<string, Shown>;
  columns: Map<string, Shown>;
  grand: Shown;
}

/** A cell may protect another when it holds at most this share of its row and of its column. */
export const MAX_COMPLEMENT_SHARE = 0.25;

type State = 'exact' | 'small' | 'complementary' | 'range';

interface Entry {
  count: number;
  state: State;
  fixed?: Fixed;
  cell?: number;
  row?: Entry;
  column?: Entry;
}

interface Line {
  members: Entry[];
  total: Entry;
}

export function protectTable(cells: readonly Cell[], options: ProtectOptions): ProtectedTable {
  const { threshold: t, maxShare = MAX_COMPLEMENT_SHARE, oneDimensional = false } = options;
  const entry = (count: number, fixed?: Fixed): Entry => ({ count, state: 'exact', fixed });
  const rows = new Map<string, Entry>();
  const columns = new Map<string, Entry>();
  const sum = (pick: (c: Cell) => string, key: string) => cells.reduce((n, c) => n + (pick(c) === key ? c.count : 0), 0);
  for (const c of cells) {
    if (!rows.has(c.row))
      rows.set(
        c.row,
        entry(
          sum((x) => x.row, c.row),
          options.fixedRows?.get(c.row),
        ),
      );
    if (!oneDimensional && !columns.has(c.column))
      columns.set(
        c.column,
        entry(
          sum((x) => x.column, c.column),
          options.fixedColumns?.get(c.column),
        ),
      );
  }
  const total = cells.reduce((n, c) => n + c.count, 0);
  const grand = oneDimensional ? (rows.get('') ?? entry(total)) : entry(total);
  grand.fixed = options.fixedGrand ?? grand.fixed;
  const inner = cells.map((c, i): Entry => ({
    count: c.count,
    state: 'exact',
    cell: i,
    row: rows.get(c.row),
    column: columns.get(c.column),
  }));

  const lines: Line[] = [];
  const group = (key: (e: Entry) => Entry | undefined) => {
    const byTotal = new Map<Entry, Entry[]>();
    for (const e of inner) {
      const k = key(e);
      if (k) byTotal.set(k, [...(byTotal.get(k) ?? []), e]);
    }
    for (const [totalEntry, members] of byTotal) lines.push({ members, total: totalEntry });
  };
  // Unpublished row and column totals make no line: a reader has only the cells and the grand total.
  if (!options.marginsUnpublished) {
    group((e) => e.row);
    group((e) => e.column);
  }
  if (options.marginsUnpublished) lines.push({ members: inner, total: grand });
  else if (!oneDimensional) {
    lines.push(
      { members: [...columns.values()], total: grand },
      { members: [...rows.values()], total: grand },
      { members: inner, total: grand },
    );
  }

  const margins = [...rows.values(), ...columns.values(), ...(oneDimensional ? [] : [grand])];
  for (const e of [...inner, ...margins]) {
    const unpublished = options.marginsUnpublished && e.cell === undefined && e !== grand;
    if (e.count > 0 && e.count < t && !unpublished) e.state = 'small';
    else if (e.fixed === 'range' || unpublished) e.state = 'range';
  }
  // Another table's hidden cells stay hidden here, an empty one too (the reader cannot tell it from the others).
  inner.forEach((e, i) => e.state === 'exact' && options.hiddenCells?.(cells[i]) && (e.state = 'complementary'));

  const exactNonZero = (e: Entry) => e.state === 'exact' && e.count > 0;
  const cheapest = (list: Entry[]) => list.sort((a, b) => a.count - b.count)[0] as Entry | undefined;
  const share = (e: Entry) => [e.row, e.column].every((line) => !line || e.count <= maxShare * line.count);
  for (let changed = true, audits = 0; changed;) {
    changed = false;
    // Lines first; then, when no line changes, the whole table: a hidden figure that still follows from several
    // lines together (zeros make rows and columns add up) gets one more figure beside it hidden or ranged.
    if (!lines.some((line) => [...line.members, line.total].filter((e) => e.state !== 'exact').length === 1) && audits++ < 50) {
      const audit = linearAudit(inner, options.marginsUnpublished ? [] : margins, grand);
      const revealed = audit.revealed();
      if (revealed) {
        const near = lines.filter((l) => l.total === revealed || l.members.includes(revealed)).flatMap((l) => [...l.members, l.total]);
        const cells = near.filter((e) => e.cell !== undefined && exactNonZero(e));
        const rangeable = (list: Entry[]) => list.filter((e) => e.cell === undefined && exactNonZero(e) && e.fixed !== 'exact');
        const byCount = (list: Entry[]) => [...list].sort((a, b) => a.count - b.count);
        const ordered = [
          ...new Set([
            ...byCount(cells.filter(share)),
            ...byCount(rangeable(near)),
            ...byCount(cells),
            ...byCount(rangeable(margins)),
            ...byCount(inner.filter(exactNonZero)),
          ]),
        ];
        // The first, in that order, that breaks the deduction: hiding or ranging one that does not only costs a figure.
        const next = ordered.slice(0, 12).find((e) => !audit.follows(revealed, e)) ?? ordered[0];
        if (next) {
          next.state = next.cell !== undefined ? 'complementary' : 'range';
          changed = true;
        }
      }
    }
    for (const line of lines) {
      const all = [...line.members, line.total];
      if (all.filter((e) => e.state !== 'exact').length !== 1) continue;
      const cells = line.members.filter((e) => e.cell !== undefined && exactNonZero(e));
      const complement = cheapest(cells.filter(share));
      if (complement) complement.state = 'complementary';
      else if (line.total.state === 'exact' && line.total.fixed !== 'exact' && line.total.count > 0) line.total.state = 'range';
      else {
        const fallback = cheapest(cells) ?? cheapest(line.members.filter((e) => exactNonZero(e) && e.fixed !== 'exact'));
        if (!fallback) continue;
        fallback.state = fallback.cell !== undefined ? 'complementary' : 'range';
      }
      changed = true;
    }
  }

  const bounds = rangeBounds([...inner, ...margins], lines, t);
  const shown = (e: Entry): Shown => {
    if (e.state === 'exact') return { kind: 'exact', value: e.count };
    if (e.state === 'range') {
      const [low, high] = bounds.get(e)!;
      return { kind: 'range', low, high: Number.isFinite(high) ? high : null };
    }
    return { kind: 'hidden', why: e.state };
  };
  return {
    cells: inner.map(shown),
    rows: new Map([...rows].map(([k, e]) => [k, shown(e)])),
    columns: new Map([...columns].map(([k, e]) => [k, shown(e)])),
    grand: shown(grand),
  };
}

/**
 * The linear audit of a table: whether a figure follows from the exact ones (cells, totals, and the cells no one is
 * in), with one of them (`unless`) not exact; `revealed`: the first hidden or ranged figure that does.
 */
function linearAudit(inner: Entry[], margins: Entry[], grand: Entry) {
  const over = (pick: (e: Entry) => boolean) => inner.map((e) => (pick(e) ? 1 : 0));
  const vector = (m: Entry) =>
    m.cell !== undefined ? over((x) => x === m) : m === grand ? over(() => true) : over((e) => e.row === m || e.column === m);
  const published = [...inner, ...margins, ...(margins.includes(grand) ? [] : [grand])];
  const follows = (target: Entry, unless?: Entry) =>
    determined(published.filter((e) => e.state === 'exact' && e !== unless).map(vector), vector(target));
  // Totals shown as ranges protect a hidden figure here or in another table: they must not follow either.
  const revealed = () =>
    inner.length > 400 || [...inner, ...margins, grand].every((e) => e.state === 'exact')
      ? undefined
      : [...inner, ...margins].find((e) => e.state !== 'exact' && e.count > 0 && follows(e));
  return { follows, revealed };
}

/**
 * What a reader can work out about each total shown as a range from the published figures alone: exact ones,
 * hidden small ones (1 … threshold-1), hidden complementary ones (at least 1) and other ranges, through every
 * line the total is in. Totals shown as ranges hold at least `threshold` people (smaller ones are hidden).
 */
function rangeBounds(entries: Entry[], lines: Line[], t: number): Map<Entry, [number, number]> {
  const bounds = new Map<Entry, [number, number]>();
  for (const e of entries) {
    if (e.state === 'exact') bounds.set(e, [e.count, e.count]);
    else if (e.state === 'small') bounds.set(e, [1, t - 1]);
    else if (e.state === 'complementary') bounds.set(e, [1, Infinity]);
    else bounds.set(e, [t, Infinity]);
  }
  const ranged = entries.filter((e) => e.state === 'range');
  for (let pass = 0; pass < 4 && ranged.length; pass++) {
    for (const line of lines) {
      const all = [...line.members, line.total];
      for (const e of all) {
        if (e.state !== 'range') continue;
        const [lo, hi] = bounds.get(e)!;
        const others = line.members.filter((m) => m !== e).map((m) => bounds.get(m)!);
        const sumLo = others.reduce((n, b) => n + b[0], 0);
        const sumHi = others.reduce((n, b) => n + b[1], 0);
        const [tLo, tHi] = bounds.get(line.total)!;
        const derived: [number, number] = e === line.total ? [sumLo, sumHi] : [tLo - sumHi, tHi - sumLo];
        bounds.set(e, [Math.max(lo, derived[0]), Math.min(hi, derived[1])]);
      }
    }
  }
  return bounds;
}

/** Hidden or shown as a range. */
export const inexact = (s: Shown): boolean => s.kind !== 'exact';
