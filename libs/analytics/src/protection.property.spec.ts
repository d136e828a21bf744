import type { AnalyticsDimension, Count, IndicatorRow, MarginRow, ParticipationRow } from '@trainaction/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genderKey, protectHeadline } from './headline';
import { determined } from './linear-audit';
import { indicatorRows, mergeGenders, participationFigures } from './protected-report';
import type { IndicatorCell, ParticipationCell } from './tallies';

interface Person {
  id: string;
  country: string;
  gender: string;
  sector: string;
  months: string[];
}

const MONTHS = ['2026-07', '2026-08'];
/** The tables the dashboard publishes together (the headline table and its two margins, and the others). */
const PUBLISHED: AnalyticsDimension[][] = [[], ['gender'], ['country'], ['country', 'gender'], ['gender', 'country']];

const gender = fc.oneof(
  { weight: 12, arbitrary: fc.constant('man') },
  { weight: 10, arbitrary: fc.constant('woman') },
  { weight: 1, arbitrary: fc.constantFrom('non_binary', 'self_described', 'undisclosed') },
);
const academy = fc.record({
  threshold: fc.constantFrom(3, 5),
  people: fc.array(
    fc.record({
      country: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('CR', 'SV', 'GT', 'HN') }, { weight: 1, arbitrary: fc.constant('DO') }),
      gender,
      sector: fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom('law_enforcement', 'public_employee') },
        { weight: 1, arbitrary: fc.constantFrom('academia', 'research') },
      ),
      months: fc.subarray(MONTHS),
    }),
    { maxLength: 260 },
  ),
});

function cellsBy(people: Person[], by: AnalyticsDimension[]): { cells: ParticipationCell[]; total: ParticipationCell } {
  const empty = () => ({ message: 0, post: 0, submission: 0, accepted: 0, completion: 0, lesson: 0 });
  const byKey = new Map<string, ParticipationCell>();
  for (const p of people) {
    const dims = Object.fromEntries(by.map((d) => [d, p[d as 'country']]));
    const key = by.map((d) => dims[d]).join('\u0000');
    const cell = byKey.get(key) ?? { dims, learners: new Set<string>(), active: new Map(), sums: empty() };
    cell.learners.add(p.id);
    byKey.set(key, cell);
  }
  const cells = [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, c]) => c);
  return { cells, total: { dims: {}, learners: new Set(people.map((p) => p.id)), active: new Map(), sums: empty() } };
}

const isHidden = (c: Count) => typeof c === 'string' && c.startsWith('<');

describe('small-cell protection on generated academies', () => {
  it('never reveals a hidden figure, directly or by subtraction across the tables published together, and always shows the headline totals', () => {
    fc.assert(
      fc.property(academy, ({ threshold, people: generated }) => {
        const people: Person[] = generated.map((p, i) => ({ ...p, id: `u${i}` }));
        const headline = protectHeadline(people, threshold);
        const merged = people.map((p) => ({ ...p, gender: genderKey(p.gender, headline.merged) }));
        // The unknowns: every combination of the values a reader sees; a combination no table lists is known to be 0.
        const values = (d: 'country' | 'gender' | 'sector') => [...new Set(merged.map((p) => p[d]))];
        const atoms = values('country').flatMap((c) => values('gender').flatMap((g) => values('sector').map((x) => `${c}|${g}|${x}`)));
        const vector = (dims: Partial<Record<string, string>>) =>
          atoms.map((a) => {
            const [country, g, sector] = a.split('|');
            const values: Record<string, string> = { country, gender: g, sector };
            return Object.entries(dims).every(([d, v]) => v === undefined || values[d] === v) ? 1 : 0;
          });
        const truth = (dims: Partial<Record<string, string>>) =>
          merged.filter((p) => Object.entries(dims).every(([d, v]) => v === undefined || p[d as 'country'] === v)).length;

        const equations: number[][] = [];
        const hidden: Partial<Record<string, string>>[] = [];
        const shown = new Map<string, Count>();
        const publish = (dims: Partial<Record<string, string>>, learners: Count, range?: { low: number; high: number | null }) => {
          const n = truth(dims);
          shown.set(JSON.stringify(Object.entries(dims).sort()), learners);
          if (typeof learners === 'number') {
            expect(learners).toBe(n);
            equations.push(vector(dims));
          } else if (isHidden(learners)) {
            expect(n).toBeGreaterThan(0);
            expect(n).toBeLessThan(Infinity);
            hidden.push(dims);
          } else {
            expect(range).toBeDefined();
            expect(n).toBeGreaterThanOrEqual(range!.low);
            if (range!.high !== null) expect(n).toBeLessThanOrEqual(range!.high);
          }
        };
        for (const by of PUBLISHED) {
          const { cells, total } = cellsBy(people, by);
          const crossed = by.length === 1 ? cellsBy(people, ['country', by[0]]).cells : undefined;
          const figures = participationFigures(mergeGenders(cells, headline.merged), total, by, headline, threshold, false, crossed);
          const dimsOf = (row: ParticipationRow | MarginRow) =>
            Object.fromEntries(by.filter((d) => row[d] !== undefined).map((d) => [d, row[d]]));
          for (const row of [...figures.rows, ...figures.margins.rows, ...figures.margins.columns])
            publish(dimsOf(row), row.learners, row.range);
          const listed = new Set(figures.rows.map((r) => by.map((d) => r[d]).join('|')));
          const combos = by.reduce<Record<string, string>[]>(
            (acc, d) => acc.flatMap((a) => values(d as 'country').map((v) => ({ ...a, [d]: v }))),
            [{}],
          );
          for (const combo of combos) if (by.length && !listed.has(by.map((d) => combo[d]).join('|'))) equations.push(vector(combo));
          publish({}, figures.totals.learners, figures.totals.range);
        }
        for (const dims of hidden)
          expect(determined(equations, vector(dims)), `hidden ${JSON.stringify(dims)} follows from the published figures`).toBe(false);

        // The headline totals by gender and by country are shown (exactly or as a range) whenever they reach the threshold.
        for (const [d, values] of [
          ['country', new Set(merged.map((p) => p.country))],
          ['gender', new Set(merged.map((p) => p.gender))],
        ] as const) {
          for (const v of values) if (truth({ [d]: v }) >= threshold) expect(isHidden(shown.get(JSON.stringify([[d, v]]))!)).toBe(false);
        }

        // Donor indicators: every group hidden on the dashboard is hidden in every period, and no hidden indicator
        // follows from the period's published total (the active learners by month).
        const indicatorCells: IndicatorCell[] = [];
        for (const month of MONTHS) {
          for (const p of people.filter((x) => x.months.includes(month))) {
            let cell = indicatorCells.find((c) => c.period === month && c.country === p.country && c.gender === p.gender);
            if (!cell)
              indicatorCells.push((cell = { period: month, country: p.country, gender: p.gender, active: new Map(), completions: 0 }));
            cell.active.set(p.id, 1);
          }
        }
        const { rows } = indicatorRows(indicatorCells, headline, threshold);
        const dashboardHidden = new Set(hidden.filter((h) => h.country && h.gender && !h.sector).map((h) => `${h.country}|${h.gender}`));
        for (const row of rows) if (dashboardHidden.has(`${row.country}|${row.gender}`)) expect(row.suppressed).toBe(true);
        for (const month of MONTHS)
          expectUndetermined(
            rows.filter((r) => r.period === month),
            people.filter((p) => p.months.includes(month)).length >= threshold,
          );
      }),
      { numRuns: 300 },
    );
  });
});

/** The period's total is published (as active learners by month) unless it is itself small. */
function expectUndetermined(rows: IndicatorRow[], totalPublished: boolean): void {
  const equations = rows.flatMap((r, i) => (r.suppressed ? [] : [rows.map((_, j) => (i === j ? 1 : 0))]));
  if (totalPublished) equations.push(rows.map(() => 1));
  rows.forEach(
    (r, i) =>
      r.suppressed &&
      expect(
        determined(
          equations,
          rows.map((_, j) => (i === j ? 1 : 0)),
        ),
      ).toBe(false),
  );
}

describe('the demo academy with a non-binary learner in Honduras and a self-described one in Costa Rica', () => {
  it('keeps 564 men, 436 women and every country total, merging the two into one category', () => {
    const shares: Record<string, [number, number]> = { HN: [130, 100], GT: [121, 94], SV: [116, 89], CR: [107, 83], DO: [90, 70] };
    const people = Object.entries(shares).flatMap(([country, [men, women]]) => [
      ...Array.from({ length: men }, () => ({ country, gender: 'man' })),
      ...Array.from({ length: women }, () => ({ country, gender: 'woman' })),
    ]);
    people.push({ country: 'HN', gender: 'non_binary' }, { country: 'CR', gender: 'self_described' });
    const h = protectHeadline(people, 5);
    expect(h.merged).toBe(true);
    expect(h.table.columns.get('man')).toEqual({ kind: 'exact', value: 564 });
    expect(h.table.columns.get('woman')).toEqual({ kind: 'exact', value: 436 });
    for (const country of Object.keys(shares)) expect(h.table.rows.get(country)!.kind).not.toBe('hidden');
    expect(h.table.rows.get('HN')).toEqual({ kind: 'range', low: 231, high: 233 });
    expect(h.table.cells.filter((s) => s.kind === 'hidden')).toHaveLength(2);
  });
});
