import type { AnalyticsDimension } from '@trainaction/contracts';
import type { DirectoryUser } from '@trainaction/identity';
import {
  ACTIVITY_KINDS,
  rollupId,
  rollupKey,
  TotalsView,
  type ActivityCounterDoc,
  type ActivityRollupDoc,
  type CounterRow,
} from '@trainaction/activity';
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
    const user = {
      id: `u${p}`,
      country: COUNTRIES[random(5)],
      gender: GENDERS[random(3)],
      sector: SECTORS[random(3)],
    } as unknown as DirectoryUser;
    for (const [courseId, cohorts] of [
      ['k1', ['c1', 'c2']],
      ['k2', ['c3', 'c4']],
    ] as const) {
      if (p >= 36) continue;
      const taken = cohorts.filter(() => random(3) > 0);
      for (const cohortId of taken) enrolments.push({ userId: user.id, cohortId, courseId, user });
    }
  }
  return enrolments;
}

/**
 * The counters as stored: each write adds to a day counter's total and to the person's roll-up in the course,
 * raising each one's version, and the view gets both documents as stored (as ActivityCounters does with its
 * own writes and other nodes'). A view without a day range sums whole months, from the roll-ups.
 */
function storage(view: TotalsView): (write: Omit<ActivityCounterDoc, '_id'>) => void {
  const days = new Map<string, ActivityCounterDoc>();
  const rollups = new Map<string, ActivityRollupDoc>();
  return (write) => {
    const _id = [write.userId, write.cohortId, write.courseId, write.kind, write.day].join('|');
    const before = days.get(_id);
    const day = { ...write, _id, count: (before?.count ?? 0) + write.count, v: (before?.v ?? 0) + 1 };
    days.set(_id, day);
    const rid = rollupId(write);
    const known = rollups.get(rid);
    const key = rollupKey(write);
    const rollup = { _id: rid, userId: write.userId, courseId: write.courseId, c: { ...known?.c }, v: (known?.v ?? 0) + 1 };
    rollup.c[key] = (rollup.c[key] ?? 0) + write.count;
    rollups.set(rid, rollup);
    view.apply(day);
    view.apply(rollup);
  };
}

/** A counter write as ActivityCounters makes them: cohort activity, or lessons (no cohort, may be undone). */
function counter(random: (n: number) => number) {
  const courseId = random(2) ? 'k1' : 'k2';
  const lesson = random(4) === 0;
  const kind = lesson ? ('lesson' as const) : ACTIVITY_KINDS.filter((k) => k !== 'lesson')[random(ACTIVITY_KINDS.length - 1)];
  const cohortId = lesson ? '' : courseId === 'k1' ? ['c1', 'c2'][random(2)] : ['c3', 'c4'][random(2)];
  const day = DAYS[random(DAYS.length)];
  return {
    userId: `u${random(40)}`,
    cohortId,
    courseId,
    kind,
    day,
    month: day.slice(0, 7),
    count: lesson && random(3) === 0 ? -1 : 1 + random(3),
  };
}

/** Some new counters, and more on rows already summed (so that changes replace rows). */
function someWrites(view: TotalsView, write: ReturnType<typeof storage>, random: (n: number) => number): void {
  for (let i = 0; i < 1 + random(15); i++) write(counter(random));
  const rows = [...view.rows.values()];
  for (let i = 0; i < 5; i++) {
    const row = rows[random(rows.length)];
    write({ ...row, day: `${row.month}-15`, count: row.kind === 'lesson' && random(2) ? -1 : 1 });
  }
}

/** Brings a tally up to date as AnalyticsService does; false when it has to be built again. */
function follow(tally: Tally, view: TotalsView, seq: number): boolean {
  return view.changesSince(seq)!.every((c) => (!c.before || tally.add(c.before, -1)) && tally.add(c.after, 1));
}

/**
 * Writes `initial` random counters and builds a tally from them; then, 20 times, more writes that the tally
 * follows change by change (every month has rows from the start, so it never needs building again), and
 * its figures must equal those of a tally built from all rows.
 */
function followedAndRebuilt<T extends Tally>(
  seed: number,
  initial: number,
  make: (enrolments: Enrolment[], rows: CounterRow[]) => T,
  figuresOf: (tally: T) => unknown,
): T {
  const random = randomFrom(seed);
  const enrolments = academy(random);
  const view = new TotalsView({}, [], Infinity);
  const write = storage(view);
  for (let i = 0; i < initial; i++) write(counter(random));
  const tally = make(enrolments, [...view.rows.values()]);
  for (let step = 0; step < 20; step++) {
    const seq = view.seq;
    someWrites(view, write, random);
    expect(follow(tally, view, seq)).toBe(true);
    expect(figuresOf(tally)).toEqual(figuresOf(make(enrolments, [...view.rows.values()])));
  }
  return tally;
}

const figures = (c: ParticipationCell) => ({ dims: c.dims, learners: c.learners.size, active: c.active.size, sums: c.sums });

describe('report tallies kept up to date change by change', () => {
  const cases: AnalyticsDimension[][] = [['country', 'gender'], ['course'], ['cohort', 'sector'], ['month'], ['course', 'country'], []];
  for (const by of cases) {
    it(`equal a tally built again from all rows: participation by [${by.join(', ')}]`, () => {
      const figuresOf = (t: ParticipationTally) => ({ cells: t.cells.map(figures), total: figures(t.total) });
      const tally = followedAndRebuilt(7 + by.length, 150, (enrolments, rows) => new ParticipationTally(enrolments, by, rows), figuresOf);
      expect(tally.total.active.size).toBeGreaterThan(0);
    });
  }

  it('ask to be built again when by month and a new month appears', () => {
    const enrolments = academy(randomFrom(3));
    const { userId, courseId } = enrolments[0];
    const lesson = { userId, cohortId: '', courseId, kind: 'lesson' as const, day: '2026-05-04', month: '2026-05', count: 1 };
    const view = new TotalsView({}, [], Infinity);
    const write = storage(view);
    write(lesson);
    const tally = new ParticipationTally(enrolments, ['month'], [...view.rows.values()]);
    write({ ...lesson, day: '2026-05-29' });
    expect(follow(tally, view, 1)).toBe(true);
    write({ ...lesson, day: '2026-08-04', month: '2026-08' });
    expect(follow(tally, view, 2)).toBe(false);
  });

  for (const period of ['month', 'quarter'] as const) {
    it(`equal a tally built again from all rows: indicators by ${period}`, () => {
      const figuresOf = (t: IndicatorTally) => t.cells().map((c) => ({ ...c, active: c.active.size }));
      const tally = followedAndRebuilt(period.length, 100, (enrolments, rows) => new IndicatorTally(enrolments, period, rows), figuresOf);
      expect(tally.cells().length).toBeGreaterThan(0);
    });
  }

  it('a participant whose only positive row is undone leaves the donor table', () => {
    const enrolments = academy(randomFrom(5)).filter((e) => e.userId === 'u0');
    const lesson = {
      userId: 'u0',
      cohortId: '',
      courseId: enrolments[0].courseId,
      kind: 'lesson' as const,
      day: '2026-05-04',
      month: '2026-05',
      count: 1,
    };
    const view = new TotalsView({}, [], Infinity);
    const write = storage(view);
    write(lesson);
    const tally = new IndicatorTally(enrolments, 'month', [...view.rows.values()]);
    expect(tally.cells().map((c) => c.active.size)).toEqual([1]);
    write({ ...lesson, count: -1 });
    expect(follow(tally, view, 1)).toBe(true);
    expect(tally.cells()).toEqual([]);
  });
});

describe('kept counter sums', () => {
  // From May 2: May is covered in part, so its day counters are summed (whole months come from roll-ups).
  const PART = { from: '2026-05-02' };
  const sum = (count: number) => ({ userId: 'u1', cohortId: 'c1', courseId: 'k1', kind: 'post', month: '2026-05', count });
  const stored = (count: number, v?: number, day = '2026-05-04'): ActivityCounterDoc => ({
    _id: `u1|c1|k1|post|${day}`,
    userId: 'u1',
    cohortId: 'c1',
    courseId: 'k1',
    kind: 'post',
    day,
    month: '2026-05',
    count,
    v,
  });

  it('count each version of a counter once: repeated, late and already read versions change nothing', () => {
    const view = new TotalsView({ ...PART, courseId: 'k1' }, [stored(5, 2)], Infinity); // the read saw version 2
    view.apply(stored(2, 1)); // a late message
    view.apply(stored(5, 2)); // the same version again
    expect(view.seq).toBe(0);
    view.apply(stored(4, 3)); // a lesson undone elsewhere: totals, not increments
    view.apply(stored(1, 1, '2026-05-20')); // another day of the same month
    view.apply({ ...stored(9, 1), _id: 'u1|c1|k2|post|2026-05-04', courseId: 'k2' }); // outside the filter
    expect([...view.rows.values()]).toEqual([sum(5)]);
    expect(view.changesSince(0)).toEqual([
      { before: sum(5), after: sum(4) },
      { before: sum(4), after: sum(5) },
    ]);
  });

  it('count a bulk-loaded counter (no version) once, and its first write after it', () => {
    const view = new TotalsView(PART, [stored(3)], Infinity);
    view.apply(stored(3));
    view.apply(stored(4, 1));
    expect([...view.rows.values()]).toEqual([sum(4)]);
  });

  it('hand out the changes after a point, and none they have forgotten', () => {
    const view = new TotalsView({ ...PART, courseId: 'k1' }, [], Infinity);
    for (let v = 1; v <= 20_002; v++) view.apply(stored(v, v));
    expect(view.changesSince(1)).toBeUndefined();
    expect(view.changesSince(view.seq - 1)).toEqual([{ before: sum(20_001), after: sum(20_002) }]);
    expect(view.changesSince(view.seq)).toEqual([]);
    expect(view.changesSince(view.seq + 1)).toBeUndefined();
  });
});
