import type { AnalyticsDimension, IndicatorRow, MarginRow, ParticipationReport, ParticipationRow } from '@trainaction/contracts';
import { agreeWith, countText, genderKey, type Headline } from './headline';
import { PEOPLE_DIMENSIONS, type PeopleCube, type PeopleDims } from './people-cube';
import { inexact, protectTable, type Cell, type ProtectedTable, type Shown } from './small-cells';
import type { IndicatorCell, ParticipationCell } from './tallies';

/** The groups of people a report publishes, its totals and how each is shown. */
type Figures = Pick<ParticipationReport, 'rows' | 'totals' | 'margins' | 'suppressedCells' | 'rangedTotals'>;

const EXACT = (value: number): Shown => ({ kind: 'exact', value });

/** Cells with the genders reported together merged into one (learners, active learners and sums added). */
export function mergeGenders(cells: readonly ParticipationCell[], merged: boolean): ParticipationCell[] {
  if (!merged || !cells.some((c) => c.dims.gender !== undefined)) return [...cells];
  const byKey = new Map<string, ParticipationCell>();
  for (const c of cells) {
    const dims = { ...c.dims, gender: genderKey(c.dims.gender!, true) };
    const key = Object.values(dims).join('\u0000');
    const into = byKey.get(key);
    if (!into) {
      byKey.set(key, { dims, learners: new Set(c.learners), active: new Map(c.active), sums: { ...c.sums } });
      continue;
    }
    c.learners.forEach((id) => into.learners.add(id));
    c.active.forEach((n, id) => into.active.set(id, (into.active.get(id) ?? 0) + n));
    for (const kind of Object.keys(c.sums) as (keyof typeof c.sums)[]) into.sums[kind] += c.sums[kind];
  }
  return [...byKey.values()].sort((a, b) => Object.values(a.dims).join('\u0000').localeCompare(Object.values(b.dims).join('\u0000')));
}

/** How a report is protected; `raw`: every figure exact. */
export interface Protection {
  headline: Headline;
  threshold: number;
  raw: boolean;
  /** For a table by one dimension other than country, gender and sector: the same people by country and that dimension. */
  byCountry?: readonly ParticipationCell[];
  /** The report's people by country, gender and sector, protected together, and the report's filter on them. */
  people?: { cube: PeopleCube; filter: PeopleDims };
}

/**
 * The participation report's figures, protected: tables by country, gender and sector (any of them, filtered by
 * any of them) are the people cube's figures; tables by country and gender are the headline table itself; any
 * other table is protected agreeing with the headline.
 */
export function participationFigures(
  cells: readonly ParticipationCell[],
  total: ParticipationCell,
  by: readonly AnalyticsDimension[],
  { headline, threshold, raw, byCountry, people }: Protection,
): Figures {
  const [first, ...rest] = by;
  const oneDimensional = by.length <= 1;
  const layout: Cell[] = cells.map((c) => ({
    row: oneDimensional ? '' : c.dims[first]!,
    column: (oneDimensional ? by : rest).map((d) => c.dims[d]).join('|'),
    count: c.learners.size,
  }));
  const table = raw
    ? exactTable(layout, total.learners.size)
    : people && isPeopleTable(by)
      ? cubeTable(cells, by, people.cube, people.filter)
      : protectAgreeing(layout, by, headline, threshold, byCountry);
  const rows = cells.map((c, i) => toRow(c, table.cells[i], threshold));
  const totals = toRow(total, table.grand, threshold);
  const margin = (dims: readonly AnalyticsDimension[], shown: Map<string, Shown>): MarginRow[] =>
    oneDimensional
      ? []
      : [...shown].map(([key, s]) => {
          const values = key.split('|');
          const row: MarginRow = { ...Object.fromEntries(dims.map((d, i) => [d, values[i]])), learners: countText(s, threshold) };
          if (s.kind === 'range') row.range = { low: s.low, high: s.high };
          if (s.kind === 'hidden') row.suppressed = true;
          return row;
        });
  const margins = { rows: margin([first], table.rows), columns: margin(rest, table.columns) };
  const ranged = [...table.rows.values(), ...table.columns.values(), table.grand].filter((s) => s.kind === 'range').length;
  return { rows, totals, margins, suppressedCells: table.cells.filter((s) => s.kind === 'hidden').length, rangedTotals: ranged };
}

/** Whether a table splits people by their attributes only (country, gender, sector), so the people cube has its figures. */
export const isPeopleTable = (by: readonly AnalyticsDimension[]): boolean =>
  by.every((d) => (PEOPLE_DIMENSIONS as readonly string[]).includes(d));

/** A table's figures read from the people cube: its cells, its row and column totals and its grand total. */
function cubeTable(
  cells: readonly ParticipationCell[],
  by: readonly AnalyticsDimension[],
  cube: PeopleCube,
  filter: PeopleDims,
): ProtectedTable {
  const at = (c: ParticipationCell | undefined, dims: readonly AnalyticsDimension[]): Shown =>
    cube.shown({ ...filter, ...Object.fromEntries(dims.map((d) => [d, c?.dims[d]])) }) ?? EXACT(0);
  const [first, ...rest] = by;
  const rows = new Map<string, Shown>();
  const columns = new Map<string, Shown>();
  if (by.length > 1)
    for (const c of cells) {
      rows.set(c.dims[first]!, at(c, [first]));
      columns.set(rest.map((d) => c.dims[d]).join('|'), at(c, rest));
    }
  return { cells: cells.map((c) => at(c, by)), rows, columns, grand: at(undefined, []) };
}

function exactTable(cells: readonly Cell[], grand: number): ProtectedTable {
  const sums = (pick: (c: Cell) => string) => {
    const out = new Map<string, number>();
    for (const c of cells) out.set(pick(c), (out.get(pick(c)) ?? 0) + c.count);
    return new Map([...out].map(([k, v]) => [k, EXACT(v)]));
  };
  return { cells: cells.map((c) => EXACT(c.count)), rows: sums((c) => c.row), columns: sums((c) => c.column), grand: EXACT(grand) };
}

/**
 * The headline's own figures for tables by country and gender. A table by country and one other dimension is
 * protected with the countries as rows (whichever way it is asked), agreeing with the headline; a table by that
 * other dimension alone shows that table's column totals, so the two never disagree.
 */
function protectAgreeing(
  cells: readonly Cell[],
  by: readonly AnalyticsDimension[],
  h: Headline,
  threshold: number,
  byCountry?: readonly ParticipationCell[],
): ProtectedTable {
  const key = by.join(',');
  if (key === 'country,gender' || key === 'gender,country') {
    const swap = key === 'gender,country';
    return {
      cells: cells.map((c) => (swap ? h.cell(c.column, c.row) : h.cell(c.row, c.column))!),
      rows: swap ? h.table.columns : h.table.rows,
      columns: swap ? h.table.rows : h.table.columns,
      grand: h.table.grand,
    };
  }
  if (key === 'country' || key === 'gender') {
    const shown = key === 'country' ? h.table.rows : h.table.columns;
    return { cells: cells.map((c) => shown.get(c.column)!), rows: new Map(), columns: new Map(), grand: h.table.grand };
  }
  if (key === '') return { cells: cells.map(() => h.table.grand), rows: new Map(), columns: new Map(), grand: h.table.grand };
  if (by.length === 1 && byCountry) {
    const crossed = byCountry.map((c) => ({ row: c.dims.country!, column: c.dims[by[0]]!, count: c.learners.size }));
    const table = protectTable(crossed, { threshold, ...agreeWith(h, ['country'], by) });
    return { cells: cells.map((c) => table.columns.get(c.column)!), rows: new Map(), columns: new Map(), grand: h.table.grand };
  }
  if (by.length === 2 && by[1] === 'country' && by[0] !== 'gender') {
    const swapped = protectTable(
      cells.map((c) => ({ row: c.column, column: c.row, count: c.count })),
      { threshold, ...agreeWith(h, ['country'], by.slice(0, 1)) },
    );
    return { cells: swapped.cells, rows: swapped.columns, columns: swapped.rows, grand: swapped.grand };
  }
  const oneDimensional = by.length === 1;
  const agreed = oneDimensional ? { fixedGrand: agreeWith(h, [], []).fixedGrand } : agreeWith(h, by.slice(0, 1), by.slice(1));
  return protectTable(cells, { threshold, oneDimensional, ...agreed });
}

export function toRow(cell: ParticipationCell, shown: Shown, threshold: number): ParticipationRow {
  const people = cell.learners.size;
  const sums = {
    messages: cell.sums.message,
    posts: cell.sums.post,
    submissions: cell.sums.submission,
    acceptedSubmissions: cell.sums.accepted,
    completions: cell.sums.completion,
    lessonsCompleted: cell.sums.lesson,
  };
  if (shown.kind === 'hidden') {
    const none = { messages: null, posts: null, submissions: null, acceptedSubmissions: null, completions: null, lessonsCompleted: null };
    return {
      ...cell.dims,
      learners: countText(shown, threshold),
      activeLearners: null,
      ...none,
      participationRate: null,
      suppressed: true,
    };
  }
  if (shown.kind === 'range') {
    // Activity sums stay (they count actions, not people); the people counts would give the hidden figure away.
    return {
      ...cell.dims,
      learners: countText(shown, threshold),
      activeLearners: null,
      ...sums,
      participationRate: null,
      range: { low: shown.low, high: shown.high },
    };
  }
  return {
    ...cell.dims,
    learners: people,
    activeLearners: cell.active.size,
    ...sums,
    participationRate: people ? Math.round((1000 * cell.active.size) / people) / 1000 : 0,
  };
}

/**
 * The donor table: each period is its own country × gender table of participants, with the headline's
 * genders merged and its hidden groups hidden in every period. Its row and column totals are not published;
 * each period's total is (the active learners by month), so a hidden group needs a second one in the period.
 */
export function indicatorRows(
  list: readonly IndicatorCell[],
  headline: Headline | null,
  threshold: number,
): { rows: IndicatorRow[]; suppressed: number } {
  const merged = new Map<string, { period: string; country: string; gender: string; active: Set<string>; completions: number }>();
  for (const c of list) {
    const gender = genderKey(c.gender, headline?.merged ?? false);
    const key = `${c.period}|${c.country}|${gender}`;
    const into = merged.get(key) ?? { period: c.period, country: c.country, gender, active: new Set<string>(), completions: 0 };
    c.active.forEach((_, id) => into.active.add(id));
    into.completions += c.completions;
    merged.set(key, into);
  }
  // A group the dashboard does not show exactly is hidden in every period, also when none of its people took part:
  // hiding it only where it has participants would tell those periods apart, and the period's total would then
  // give away a lone hidden group.
  const notExact = (country: string, gender: string) => {
    const shown = headline?.cell(country, gender);
    return shown !== undefined && inexact(shown);
  };
  const periods = new Set([...merged.values()].map((c) => c.period));
  for (const period of periods)
    for (const { row: country, column: gender } of headline?.cells ?? [])
      if (notExact(country, gender) && !merged.has(`${period}|${country}|${gender}`))
        merged.set(`${period}|${country}|${gender}`, { period, country, gender, active: new Set(), completions: 0 });
  const cells = [...merged.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, c]) => c);
  const hidden = new Set<number>();
  if (headline) {
    for (const period of periods) {
      const indexes = cells.flatMap((c, i) => (c.period === period ? [i] : []));
      const table = protectTable(
        indexes.map((i) => ({ row: cells[i].country, column: cells[i].gender, count: cells[i].active.size })),
        { threshold, marginsUnpublished: true, fixedGrand: 'exact', hiddenCells: (c) => notExact(c.row, c.column) },
      );
      table.cells.forEach((s, j) => s.kind === 'hidden' && hidden.add(indexes[j]));
    }
  }
  const rows = cells.map((c, i): IndicatorRow =>
    hidden.has(i)
      ? { period: c.period, country: c.country, gender: c.gender, participants: `<${threshold}`, completions: null, suppressed: true }
      : { period: c.period, country: c.country, gender: c.gender, participants: c.active.size, completions: c.completions },
  );
  return { rows, suppressed: hidden.size };
}
