import type { AnalyticsDimension } from '@trainaction/contracts';
import type { UserRecord } from '@trainaction/identity';
import { ACTIVITY_KINDS, TotalsView } from '@trainaction/platform';
import { describe, expect, it } from 'vitest';
import { IndicatorTally, ParticipationTally, type Enrolment, type ParticipationCell, type Tally } from './tallies';

/** A pseudo-random sequence, the same on every run (mulberry32): integers below n. */
function randomFrom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
}

const COUNTRIES = ['CR', 'SV', 'GT', 'HN', 'DO'];
const GENDERS = ['female', 'male', 'other'];
const SECTORS = ['police', 'government', 'academia'];
const DAYS = ['2026-05-04', '2026-05-20', '2026-06-11', '2026-07-01', '2026-07-30'];

/** 40 people in two courses of two cohorts each; some in both cohorts of a course; a few not enrolled. */
function academy(random: (n: number) => number): Enrolment[] {
  const enrolments: Enrolment[] = [];
  for (let p = 0; p < 40; p++) {
    const user = { id: `u${p}`, country: COUNTRIES[random(5)], gender: GENDERS[random(3)], sector: SECTORS[random(3)] } as unknown as UserRecord;
    for (const [courseId, cohorts] of [['k1', ['c1', 'c2']], ['k2', ['c3', 'c4']]] as const) {
      if (p >= 36) continue;
      const taken = cohorts.filter(() => random(3) > 0);
      for (const cohortId of taken) enrolments.push({ userId: user.id, cohortId, courseId, user });
    }
  }
  return enrolments;
}

/** A counter write as ActivityCounters makes them: cohort activity, or lessons (no cohort, may be undone). */
function counter(random: (n: number) => number) {
  const courseId = random(2) ? 'k1' : 'k2';
  const lesson = random(4) === 0;
  const kind = lesson ? ('lesson' as const) : ACTIVITY_KINDS.filter((k) => k !== 'lesson')[random(ACTIVITY_KINDS.length - 1)];
  const cohortId = lesson ? '' : courseId === 'k1' ? ['c1', 'c2'][random(2)] : ['c3', 'c4'][random(2)];
  const day = DAYS[random(DAYS.length)];
  return { _id: '', userId: `u${random(40)}`, cohortId, courseId, kind, day, month: day.slice(0, 7), count: lesson && random(3) === 0 ? -1 : 1 + random(3) };
}

/** Some new counters, and more on rows already summed (so that changes replace rows). */
function someWrites(view: TotalsView, random: (n: number) => number): void {
  for (let i = 0; i < 1 + random(15); i++) view.add(counter(random));
  const rows = [...view.rows.values()];
  for (let i = 0; i < 5; i++) {
    const row = rows[random(rows.length)];
    view.add({ ...row, _id: '', day: `${row.month}-15`, count: row.kind === 'lesson' && random(2) ? -1 : 1 });
  }
}

/** Brings a tally up to date as AnalyticsService does; false when it has to be built again. */
function follow(tally: Tally, view: TotalsView, seq: number): boolean {
  return view.changesSince(seq)!.every((c) => (!c.before || tally.add(c.before, -1)) && tally.add(c.after, 1));
}

const figures = (c: ParticipationCell) => ({ dims: c.dims, learners: c.learners.size, active: c.active.size, sums: c.sums });

describe('report tallies kept up to date change by change', () => {
  const cases: AnalyticsDimension[][] = [['country', 'gender'], ['course'], ['cohort', 'sector'], ['month'], ['course', 'country'], []];
  for (const by of cases) {
    it(`equal a tally built again from all rows: participation by [${by.join(', ')}]`, () => {
      const random = randomFrom(7 + by.length);
      const enrolments = academy(random);
      const view = new TotalsView({}, new Map(), Infinity);
      for (let i = 0; i < 150; i++) view.add(counter(random));
      const tally = new ParticipationTally(enrolments, by, [...view.rows.values()]);
      for (let step = 0; step < 20; step++) {
        const seq = view.seq;
        someWrites(view, random);
        expect(follow(tally, view, seq)).toBe(true); // every month has rows from the start
        const fresh = new ParticipationTally(enrolments, by, [...view.rows.values()]);
        expect(tally.cells.map(figures)).toEqual(fresh.cells.map(figures));
        expect(figures(tally.total)).toEqual(figures(fresh.total));
      }
      expect(tally.total.active.size).toBeGreaterThan(0);
    });
  }

  it('ask to be built again when by month and a new month appears', () => {
    const enrolments = academy(randomFrom(3));
    const { userId, courseId } = enrolments[0];
    const lesson = { _id: '', userId, cohortId: '', courseId, kind: 'lesson' as const, day: '2026-05-04', month: '2026-05', count: 1 };
    const view = new TotalsView({}, new Map(), Infinity);
    view.add(lesson);
    const tally = new ParticipationTally(enrolments, ['month'], [...view.rows.values()]);
    view.add({ ...lesson, day: '2026-05-29' });
    expect(follow(tally, view, 1)).toBe(true);
    view.add({ ...lesson, day: '2026-08-04', month: '2026-08' });
    expect(follow(tally, view, 2)).toBe(false);
  });

  for (const period of ['month', 'quarter'] as const) {
    it(`equal a tally built again from all rows: indicators by ${period}`, () => {
      const random = randomFrom(period.length);
      const enrolments = academy(random);
      const view = new TotalsView({}, new Map(), Infinity);
      for (let i = 0; i < 100; i++) view.add(counter(random));
      const tally = new IndicatorTally(enrolments, period, [...view.rows.values()]);
      for (let step = 0; step < 20; step++) {
        const seq = view.seq;
        someWrites(view, random);
        expect(follow(tally, view, seq)).toBe(true);
        const cells = (t: IndicatorTally) => t.cells().map((c) => ({ ...c, active: c.active.size }));
        expect(cells(tally)).toEqual(cells(new IndicatorTally(enrolments, period, [...view.rows.values()])));
      }
    });
  }

  it('a participant whose only positive row is undone leaves the donor table', () => {
    const enrolments = academy(randomFrom(5)).filter((e) => e.userId === 'u0');
    const lesson = { _id: '', userId: 'u0', cohortId: '', courseId: enrolments[0].courseId, kind: 'lesson' as const, day: '2026-05-04', month: '2026-05', count: 1 };
    const view = new TotalsView({}, new Map(), Infinity);
    view.add(lesson);
    const tally = new IndicatorTally(enrolments, 'month', [...view.rows.values()]);
    expect(tally.cells().map((c) => c.active.size)).toEqual([1]);
    view.add({ ...lesson, count: -1 });
    expect(follow(tally, view, 1)).toBe(true);
    expect(tally.cells()).toEqual([]);
  });
});

describe('the counters\' change log', () => {
  const row = (i: number) => ({ _id: '', userId: `u${i}`, cohortId: 'c1', courseId: 'k1', kind: 'post' as const, day: '2026-05-04', month: '2026-05', count: 1 });

  it('hands out the changes after a point, and none it has forgotten', () => {
    const view = new TotalsView({ courseId: 'k1' }, new Map(), Infinity);
    view.add(row(1));
    view.add({ ...row(2), courseId: 'k2' }); // outside the filter: no change
    view.add(row(1));
    expect(view.seq).toBe(2);
    const sum = (count: number) => ({ userId: 'u1', cohortId: 'c1', courseId: 'k1', kind: 'post', month: '2026-05', count });
    expect(view.changesSince(0)).toEqual([{ after: sum(1) }, { before: sum(1), after: sum(2) }]);
    expect(view.changesSince(1)).toEqual([{ before: sum(1), after: sum(2) }]);
    for (let i = 0; i < 20_000; i++) view.add(row(i));
    expect(view.changesSince(1)).toBeUndefined();
    expect(view.changesSince(view.seq)).toEqual([]);
    expect(view.changesSince(view.seq + 1)).toBeUndefined();
  });
});
