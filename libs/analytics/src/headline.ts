import { MERGEABLE_GENDERS, MERGED_GENDER } from '@trainaction/contracts';
import { protectTable, type Cell, type Fixed, type ProtectOptions, type ProtectedTable, type Shown } from './small-cells';

export interface Person {
  country: string;
  gender: string;
}

/**
 * The headline table: people by country and gender, protected once per report's people. Every other table
 * published with it agrees with it (`agreeWith`): the same genders merged, the same totals exact or as ranges,
 * the same country-and-gender groups hidden. See docs/analytics.md.
 */
export interface Headline {
  /** True when the genders other than man and woman (and "prefers not to say") are reported together. */
  merged: boolean;
  cells: Cell[];
  table: ProtectedTable;
  /** How the group of a country and gender is shown (undefined when nobody is in it). */
  cell(country: string, gender: string): Shown | undefined;
}

/**
 * Merge when any of the genders other than man and woman has 1 … threshold-1 people in a country or in all:
 * statistical offices report them together rather than hide them one by one.
 */
export function mustMerge(people: readonly Person[], threshold: number): boolean {
  const counts = new Map<string, number>();
  for (const p of people) {
    if (!MERGEABLE_GENDERS.includes(p.gender)) continue;
    for (const key of [`${p.country}|${p.gender}`, `|${p.gender}`]) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()].some((n) => n < threshold);
}

export const genderKey = (gender: string, merged: boolean): string =>
  merged && MERGEABLE_GENDERS.includes(gender) ? MERGED_GENDER : gender;

export function protectHeadline(people: readonly Person[], threshold: number): Headline {
  const merged = mustMerge(people, threshold);
  const counts = new Map<string, number>();
  for (const p of people) {
    const key = `${p.country}\u0000${genderKey(p.gender, merged)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const cells = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => {
      const [row, column] = key.split('\u0000');
      return { row, column, count };
    });
  const table = protectTable(cells, { threshold });
  const index = new Map(cells.map((c, i) => [`${c.row}|${c.column}`, i]));
  return { merged, cells, table, cell: (country, gender) => table.cells[index.get(`${country}|${gender}`) ?? -1] };
}

const fixedOf = (s: Shown | undefined): Fixed | undefined => (s ? (s.kind === 'exact' ? 'exact' : 'range') : undefined);

/** A table's totals keyed by one dimension, or by two joined with '|', as the headline shows them. */
function totalsBy(h: Headline, dims: readonly string[]): Map<string, Fixed> | undefined {
  const out = new Map<string, Fixed>();
  const key = dims.join(',');
  if (key === 'country') for (const [k, s] of h.table.rows) out.set(k, fixedOf(s)!);
  else if (key === 'gender') for (const [k, s] of h.table.columns) out.set(k, fixedOf(s)!);
  else if (key === 'country,gender' || key === 'gender,country') {
    h.cells.forEach((c, i) =>
      out.set(key === 'country,gender' ? `${c.row}|${c.column}` : `${c.column}|${c.row}`, fixedOf(h.table.cells[i])!),
    );
  } else return undefined;
  return out;
}

/** What a table by `rowDim` × `columnDims` must agree on with the headline. */
export function agreeWith(h: Headline, rowDims: readonly string[], columnDims: readonly string[]): Partial<ProtectOptions> {
  return { fixedRows: totalsBy(h, rowDims), fixedColumns: totalsBy(h, columnDims), fixedGrand: fixedOf(h.table.grand) };
}

/** "232–235", "≥108" or the number: how a shown figure reads in the API, the page and the exports. */
export function countText(s: Shown, threshold: number): number | string {
  if (s.kind === 'exact') return s.value;
  if (s.kind === 'hidden') return `<${threshold}`;
  return s.high === null ? `≥${s.low}` : `${s.low}–${s.high}`;
}
