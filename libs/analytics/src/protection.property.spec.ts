import type { Count, IndicatorRow, MarginRow, ParticipationRow } from '@trainaction/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genderKey, protectHeadline } from './headline';
import { determined, Span } from './linear-audit';
import { protectCube } from './people-cube';
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
type PeopleDim = 'country' | 'gender' | 'sector';
/**
 * Every table by country, gender and sector the API and the exports publish together: none, one, two or three of
 * them in any order (the order only changes which totals are rows and which columns), each also filtered by the
 * values of the others (a filtered table is a slice of the same figures).
 */
const LAYOUTS: PeopleDim[][] = [
  [],
  ['gender'],
  ['country'],
  ['sector'],
  ['country', 'gender'],
  ['gender', 'country'],
  ['sector', 'country'],
  ['country', 'sector'],
  ['sector', 'gender'],
  ['gender', 'sector'],
  ['country', 'gender', 'sector'],
  ['sector', 'country', 'gender'],
];

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

function cellsBy(people: Person[], by: PeopleDim[]): { cells: ParticipationCell[]; total: ParticipationCell } {
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

type Academy = typeof academy extends fc.Arbitrary<infer T> ? T : never;
/** An academy written as "country gender sector [months active, joined by +]" per person, separated by commas. */
const written = (threshold: Academy['threshold'], people: string): [Academy] => [
  {
    threshold,
    people: people.split(', ').map((p) => {
      const [country, gender, sector, months] = p.split(' ');
      return { country, gender, sector, months: months?.split('+') ?? [] } as Academy['people'][number];
    }),
  },
];
/**
 * Academies on which runs failed, checked first on every run (issue 22). 1-3: the only people of a country are 3
 * women; the headline showed the country's total as a range and hid its one cell to protect nothing, and the cube
 * showed the two (the same people) hidden: the country's total vanished. 4-5: the same with the headline's choice
 * fixed, where a total of one cell is rightly ranged (DO's 3 men are all the men, HN's 3 men all of HN). 6: GT's 4
 * men, hidden on the dashboard, were the only ones active in August, so the month's total gave their figure away.
 */
const KNOWN_FAILURES = [
  written(
    3,
    'GT woman law_enforcement, SV woman academia, DO woman law_enforcement, CR non_binary law_enforcement, ' +
      'GT woman law_enforcement, GT woman law_enforcement, CR man law_enforcement',
  ),
  written(
    3,
    'GT man law_enforcement, CR woman law_enforcement, HN woman academia, HN woman law_enforcement, ' +
      'HN woman law_enforcement, GT non_binary law_enforcement, SV woman law_enforcement',
  ),
  written(
    3,
    'SV non_binary law_enforcement, SV man academia, GT woman academia, CR woman academia, DO woman law_enforcement, ' +
      'GT woman law_enforcement, GT woman academia',
  ),
  written(
    3,
    'DO man law_enforcement, HN woman law_enforcement, SV woman law_enforcement, HN non_binary law_enforcement, ' +
      'SV non_binary law_enforcement, HN woman law_enforcement, SV woman law_enforcement, DO man law_enforcement, ' +
      'DO man law_enforcement',
  ),
  written(
    3,
    'HN man law_enforcement, SV man law_enforcement, HN man law_enforcement, GT non_binary law_enforcement, ' +
      'SV woman law_enforcement, GT woman law_enforcement, GT man law_enforcement, SV woman law_enforcement, ' +
      'GT man law_enforcement, HN man law_enforcement',
  ),
  written(
    3,
    'GT woman law_enforcement, GT man law_enforcement, GT man public_employee 2026-08, GT man public_employee 2026-08, ' +
      'CR man law_enforcement, GT man public_employee 2026-08',
  ),
];

const isHidden = (c: Count) => typeof c === 'string' && c.startsWith('<');

describe('small-cell protection on generated academies', () => {
  it('never reveals a hidden figure, directly or by subtraction across the tables published together, and always shows the headline totals', () => {
    fc.assert(
      fc.property(academy, ({ threshold, people: generated }) => {
        const people: Person[] = generated.map((p, i) => ({ ...p, id: `u${i}` }));
        const headline = protectHeadline(people, threshold);
        const merged = people.map((p) => ({ ...p, gender: genderKey(p.gender, headline.merged) }));
        // The unknowns: every combination of the values a reader sees; a combination no table lists is known to be 0.
        const values = (d: PeopleDim) => [...new Set(merged.map((p) => p[d]))];
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
          const key = JSON.stringify(Object.entries(dims).sort());
          // Every table shows a group of people the same way.
          if (shown.has(key)) expect(learners, `${key} shown two ways`).toEqual(shown.get(key));
          if (shown.has(key)) return;
          shown.set(key, learners);
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
        const cube = protectCube(people, headline, threshold);
        const published: { by: PeopleDim[]; filter: Partial<Record<PeopleDim, string>> }[] = LAYOUTS.map((by) => ({ by, filter: {} }));
        for (const d of ['country', 'gender', 'sector'] as const) {
          const others = (['country', 'gender', 'sector'] as const).filter((x) => x !== d);
          for (const v of values(d)) {
            published.push(
              { by: [...others], filter: { [d]: v } },
              { by: [others[0]], filter: { [d]: v } },
              { by: [others[1]], filter: { [d]: v } },
            );
            for (const w of values(others[0])) published.push({ by: [others[1]], filter: { [d]: v, [others[0]]: w } });
          }
        }
        for (const { by, filter } of published) {
          const { cells, total } = cellsBy(
            people.filter((p) =>
              Object.entries(filter).every(([d, v]) => (d === 'gender' ? genderKey(p.gender, headline.merged) : p[d as PeopleDim]) === v),
            ),
            by,
          );
          const figures = participationFigures(mergeGenders(cells, headline.merged), total, by, {
            headline,
            threshold,
            raw: false,
            people: { cube, filter },
          });
          const dimsOf = (row: ParticipationRow | MarginRow) => ({
            ...filter,
            ...Object.fromEntries(by.filter((d) => row[d] !== undefined).map((d) => [d, row[d]])),
          });
          for (const row of [...figures.rows, ...figures.margins.rows, ...figures.margins.columns])
            publish(dimsOf(row), row.learners, row.range);
          const listed = new Set(figures.rows.map((r) => by.map((d) => r[d]).join('|')));
          const combos = by.reduce<Record<string, string>[]>(
            (acc, d) => acc.flatMap((a) => values(d).map((v) => ({ ...a, [d]: v }))),
            [{}],
          );
          for (const combo of combos)
            if (by.length && !listed.has(by.map((d) => combo[d]).join('|'))) equations.push(vector({ ...filter, ...combo }));
          publish(filter, figures.totals.learners, figures.totals.range);
        }
        const span = new Span();
        for (const equation of equations) span.add(equation);
        for (const dims of hidden)
          expect(span.contains(vector(dims)), `hidden ${JSON.stringify(dims)} follows from the published figures`).toBe(false);

        // The headline totals by gender and by country are shown (exactly or as a range) whenever they reach the threshold.
        for (const [d, values] of [
          ['country', new Set(merged.map((p) => p.country))],
          ['gender', new Set(merged.map((p) => p.gender))],
        ] as const) {
          for (const v of values)
            if (truth({ [d]: v }) >= threshold) expect(isHidden(shown.get(JSON.stringify([[d, v]]))!), `${d} ${v} hidden`).toBe(false);
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
      // A fixed seed by default, so that CI runs the same 300 academies every time (60,000 random ones passed when
      // the last fix landed); PROPERTY_SEED=random explores new ones, and a failed run's seed replays it.
      {
        numRuns: Number(process.env.PROPERTY_RUNS ?? 300),
        seed: process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED ?? 20261205),
        examples: KNOWN_FAILURES,
      },
    );
  }, 300_000);
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

  it('keeps them when the tables by sector are protected too', () => {
    const sectors = ['decision_maker', 'law_enforcement', 'technical_team', 'public_employee', 'academia', 'research', 'civil_society'];
    const weights = [1, 6, 2, 5, 1, 1, 2];
    const people = Object.entries({ HN: [130, 100], GT: [121, 94], SV: [116, 89], CR: [107, 83], DO: [90, 70] }).flatMap(
      ([country, [men, women]]) =>
        Array.from({ length: men + women }, (_, i) => {
          const r = (i * 7919) % 18;
          const sector = sectors[weights.findIndex((_, k) => r < weights.slice(0, k + 1).reduce((a, b) => a + b, 0))];
          return { country, gender: i < men ? 'man' : 'woman', sector };
        }),
    );
    people.push(
      { country: 'HN', gender: 'non_binary', sector: 'research' },
      { country: 'CR', gender: 'self_described', sector: 'academia' },
    );
    const started = performance.now();
    const h = protectHeadline(people, 5);
    const cube = protectCube(people, h, 5);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(cube.shown({ gender: 'man' })).toEqual({ kind: 'exact', value: 564 });
    expect(cube.shown({ gender: 'woman' })).toEqual({ kind: 'exact', value: 436 });
    for (const country of ['HN', 'GT', 'SV', 'CR', 'DO']) expect(cube.shown({ country })!.kind).not.toBe('hidden');
    // A sector's total is exact, or a range when its one small group of the merged category would follow from it.
    const bySector = Object.fromEntries(sectors.map((sector) => [sector, cube.shown({ sector })]));
    for (const sector of sectors) expect(bySector[sector]!.kind, JSON.stringify(bySector)).not.toBe('hidden');
    expect(bySector.law_enforcement).toEqual({ kind: 'exact', value: people.filter((p) => p.sector === 'law_enforcement').length });
  });
});
