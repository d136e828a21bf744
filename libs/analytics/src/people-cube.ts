import { genderKey, type Headline } from './headline';
import { Span } from './linear-audit';
import { MAX_COMPLEMENT_SHARE, type Shown } from './small-cells';

/** The attributes of people a report can be split or filtered by. */
export const PEOPLE_DIMENSIONS = ['country', 'gender', 'sector'] as const;
export type PeopleDimension = (typeof PEOPLE_DIMENSIONS)[number];
export type PeopleDims = Partial<Record<PeopleDimension, string>>;

export interface CubePerson {
  country: string;
  gender: string;
  sector: string;
}

/**
 * Every table of the same people by country, gender and sector (each alone, two of them, all three, or none;
 * filtered by any of them), protected together: any figure of any of these tables is one of the cube's.
 */
export interface PeopleCube {
  /** How the group of people with these attributes is shown (undefined when nobody is in it: a published zero). */
  shown(dims: PeopleDims): Shown | undefined;
}

type State = 'exact' | 'small' | 'complementary' | 'range';

interface Figure {
  dims: PeopleDims;
  count: number;
  /** 0: the headline's (country × gender and its totals), 1: tables with sector, 2: the three-way table. */
  stage: number;
  state: State;
  /** Over the groups of the three-way table with somebody in them (the empty ones are known to be zero). */
  vector: Float64Array;
  bounds?: [number, number];
  /** The figure of the same people this one is shown as. */
  same?: Figure;
}

const keyOf = (dims: PeopleDims) => PEOPLE_DIMENSIONS.map((d) => dims[d] ?? '*').join('|');
const stageOf = (dims: PeopleDims) => (dims.sector === undefined ? 0 : dims.country !== undefined && dims.gender !== undefined ? 2 : 1);
const SUBSETS: PeopleDimension[][] = [
  [],
  ['country'],
  ['gender'],
  ['sector'],
  ['country', 'gender'],
  ['country', 'sector'],
  ['gender', 'sector'],
  ['country', 'gender', 'sector'],
];

function headlineShown(h: Headline, dims: PeopleDims): Shown {
  if (dims.country !== undefined && dims.gender !== undefined) return h.cell(dims.country, dims.gender)!;
  if (dims.country !== undefined) return h.table.rows.get(dims.country)!;
  if (dims.gender !== undefined) return h.table.columns.get(dims.gender)!;
  return h.table.grand;
}

/**
 * Protects the tables with sector against everything published before them, stage by stage: first the headline
 * (fixed, `headline.ts`), then sector alone, country × sector and gender × sector, then country × gender × sector.
 * Within a stage: figures with 1 … threshold-1 people are hidden; then, while any hidden or ranged figure of any
 * stage follows from the exact ones (a linear audit over the three-way groups), one more figure of the stage that
 * shares people with it is hidden (the cheapest under MAX_COMPLEMENT_SHARE of each of its totals, one that breaks
 * the deduction first) or, for a sector's total, shown as a range. Earlier stages never change.
 */
export function protectCube(people: readonly CubePerson[], headline: Headline, threshold: number): PeopleCube {
  const atoms = new Map<string, number>();
  for (const p of people) {
    const key = keyOf({ country: p.country, gender: genderKey(p.gender, headline.merged), sector: p.sector });
    atoms.set(key, (atoms.get(key) ?? 0) + 1);
  }
  const atomDims = [...atoms.keys()].map((k) => {
    const [country, gender, sector] = k.split('|');
    return { country, gender, sector } as Required<PeopleDims>;
  });
  const figures = new Map<string, Figure>();
  atomDims.forEach((a, i) => {
    for (const subset of SUBSETS) {
      const dims: PeopleDims = Object.fromEntries(subset.map((d) => [d, a[d]]));
      const key = keyOf(dims);
      let f = figures.get(key);
      if (!f) {
        const stage = stageOf(dims);
        const fixed = stage === 0 ? headlineShown(headline, dims) : undefined;
        const state: State = fixed ? (fixed.kind === 'exact' ? 'exact' : fixed.kind === 'range' ? 'range' : fixed.why) : 'exact';
        f = { dims, count: 0, stage, state, vector: new Float64Array(atomDims.length) };
        figures.set(key, f);
      }
      f.count += atoms.get(keyOf(a))!;
      f.vector[i] = 1;
    }
  });
  const isTotal = (f: Figure) => Object.keys(f.dims).length <= 1;
  // Figures of the same people (the groups nobody is in make, say, a country's people all of one sector) are one
  // figure, shown one way: the coarsest one decides, the headline's first. A headline total is never hidden for a
  // cell of the same people: the headline hid the cell to protect another figure, so the total (and the cell with
  // it) is shown as a range, which tells no more than the total's range the reader already equates with the cell.
  const rank = (f: Figure) => f.stage * 10 + Object.keys(f.dims).length;
  const strength: Record<State, number> = { exact: 0, range: 1, complementary: 2, small: 3 };
  const canonical = new Map<string, Figure>();
  for (const f of [...figures.values()].sort((a, b) => rank(a) - rank(b))) {
    const key = f.vector.join('');
    const first = canonical.get(key);
    if (!first) canonical.set(key, f);
    else {
      f.same = first;
      const state = isTotal(first) && f.state === 'complementary' ? 'range' : f.state;
      if (f.stage === 0 && strength[state] > strength[first.state]) first.state = state;
    }
  }
  const all = [...canonical.values()];
  const parents = (f: Figure) => Object.keys(f.dims).map((d) => figures.get(keyOf({ ...f.dims, [d]: undefined }))!);
  const overlaps = (a: Figure, b: Figure) => a.vector.some((x, i) => x > 0 && b.vector[i] > 0);

  const shareOk = (f: Figure) => parents(f).every((p) => f.count <= MAX_COMPLEMENT_SHARE * p.count);
  /** Cells that may be hidden first (cheapest), then totals that may be ranged, then the other cells. */
  const preferred = (list: Figure[]) => [
    ...list.filter((f) => !isTotal(f) && shareOk(f)),
    ...list.filter(isTotal),
    ...list.filter((f) => !isTotal(f) && !shareOk(f)),
  ];
  // The span of the earlier stages' exact figures is kept until one of them changes (`all` is in stage order, so a
  // copy of it extended by this stage's figures is the span built from scratch).
  let earlier: { stage: number; span: Span } | undefined;
  const before = (stage: number) => {
    if (earlier?.stage !== stage) {
      const span = new Span();
      for (const f of all) if (f.stage < stage && f.state === 'exact') span.add(f.vector);
      earlier = { stage, span };
    }
    return earlier.span;
  };
  const spanOf = (stage: number, skip: ReadonlySet<Figure> = new Set()) => {
    const reuse = [...skip].every((f) => f.stage === stage);
    const span = reuse ? before(stage).copy() : new Span();
    for (const f of all) if ((reuse ? f.stage === stage : f.stage <= stage) && !skip.has(f) && f.state === 'exact') span.add(f.vector);
    return span;
  };
  /** The first candidate (exact, of this stage or before) without which `target` no longer follows from the exact figures. */
  const breaking = (stage: number, candidates: Figure[], target: Float64Array) => {
    // The span of the others is built once; each candidate's test adds only the other candidates to a copy of it.
    const others = spanOf(stage, new Set(candidates));
    return candidates.find((f) => {
      const span = others.copy();
      for (const g of candidates) if (g !== f) span.add(g.vector);
      return !span.contains(target);
    });
  };
  for (const stage of [1, 2]) {
    for (const f of all) if (f.stage === stage && f.count < threshold) f.state = 'small';
    for (let guard = 0; guard < all.length; guard++) {
      const span = spanOf(stage);
      const revealed = all.find((f) => f.state !== 'exact' && f.stage <= stage && span.contains(f.vector));
      if (!revealed) break;
      // What earlier tables give away alone (with the groups nobody is in) is undone there; the rest in this stage.
      const byEarlier = before(stage).contains(revealed.vector);
      const open = all
        .filter((f) => f.state === 'exact' && (byEarlier ? f.stage < stage : f.stage === stage))
        .filter((f) => f.stage > 0 || Object.keys(f.dims).length < 2 || overlaps(f, revealed))
        .sort((a, b) => a.count - b.count);
      // Figures that share people with the revealed one first; the deduction may also go through others.
      const ordered = [...preferred(open.filter((f) => overlaps(f, revealed))), ...preferred(open.filter((f) => !overlaps(f, revealed)))];
      const next = breaking(stage, ordered.slice(0, 12), revealed.vector) ?? ordered[0];
      if (!next) break;
      next.state = isTotal(next) ? 'range' : 'complementary';
      if (next.stage < stage) earlier = undefined;
    }
  }

  rangeBounds(all, figures, threshold);
  const shown = (f: Figure): Shown => {
    if (f.state === 'exact') return { kind: 'exact', value: f.count };
    if (f.state === 'range') return { kind: 'range', low: f.bounds![0], high: Number.isFinite(f.bounds![1]) ? f.bounds![1] : null };
    return { kind: 'hidden', why: f.state };
  };
  // What the sector tables needed of the headline (a cell hidden, a total as a range) holds on the headline too,
  // and so in every table agreeing with it and in the donor indicators.
  for (const f of figures.values()) {
    if (f.stage !== 0 || (f.same ?? f).state === 'exact') continue;
    const { country, gender } = f.dims;
    if (country !== undefined && gender !== undefined) {
      const i = headline.cells.findIndex((c) => c.row === country && c.column === gender);
      if (headline.table.cells[i].kind === 'exact' || (f.same ?? f).state === 'range') headline.table.cells[i] = shown(f.same ?? f);
    } else if (country !== undefined) headline.table.rows.set(country, shown(f.same ?? f));
    else if (gender !== undefined) headline.table.columns.set(gender, shown(f.same ?? f));
    else headline.table.grand = shown(f.same ?? f);
  }
  return {
    shown(dims) {
      const f = figures.get(keyOf(dims));
      return f && shown(f.same ?? f);
    },
  };
}

/**
 * What a reader can work out about each total shown as a range: through every line it is in (a figure and the
 * figures that split it by one more attribute), from exact figures, hidden small ones (1 … threshold-1), hidden
 * complementary ones (at least 1) and other ranges; the headline's ranges too, as more may be hidden now.
 */
function rangeBounds(all: Figure[], figures: Map<string, Figure>, t: number): void {
  const bound = (f: Figure): [number, number] => {
    const c = f.same ?? f;
    if (c.bounds) return c.bounds;
    return c.state === 'exact'
      ? [c.count, c.count]
      : c.state === 'small'
        ? [1, t - 1]
        : c.state === 'complementary'
          ? [1, Infinity]
          : [t, Infinity];
  };
  const ranged = new Set(all.filter((f) => f.state === 'range'));
  for (const f of ranged) f.bounds = [t, Infinity];
  if (!ranged.size) return;
  const isRanged = (f: Figure) => ranged.has(f.same ?? f);
  const lines = new Map<string, { total: Figure; members: Figure[] }>();
  for (const f of figures.values())
    for (const d of Object.keys(f.dims) as PeopleDimension[]) {
      const parent = keyOf({ ...f.dims, [d]: undefined });
      const line = lines.get(`${parent}/${d}`) ?? { total: figures.get(parent)!, members: [] };
      line.members.push(f);
      lines.set(`${parent}/${d}`, line);
    }
  const relevant = [...lines.values()].filter((l) => isRanged(l.total) || l.members.some(isRanged));
  for (let pass = 0; pass < 4; pass++) {
    for (const line of relevant) {
      for (const e of [line.total, ...line.members]) {
        if (!isRanged(e)) continue;
        const others = line.members.filter((m) => m !== e).map(bound);
        const sumLo = others.reduce((n, b) => n + b[0], 0);
        const sumHi = others.reduce((n, b) => n + b[1], 0);
        const [tLo, tHi] = bound(line.total);
        const derived = e === line.total ? [sumLo, sumHi] : [tLo - sumHi, tHi - sumLo];
        const c = e.same ?? e;
        c.bounds = [Math.max(c.bounds![0], derived[0]), Math.min(c.bounds![1], derived[1])];
      }
    }
  }
}
