import type { AnalyticsDimension } from '@trainaction/contracts';
import type { DirectoryUser } from '@trainaction/identity';
import type { ActivityKind, CounterRow } from '@trainaction/activity';

export interface Enrolment {
  userId: string;
  cohortId: string;
  courseId: string;
  user: DirectoryUser;
}

/**
 * A report's figures from counter rows, kept between requests: `add(row, 1)` counts a row, `add(row, -1)`
 * takes it back, so a kept tally follows the counters' changes (`TotalsView.changesSince`) without reading
 * every row again. Built from all rows or brought up to date change by change, the figures are the same
 * (tallies.spec.ts).
 */
export interface Tally {
  /** False when the row needs the tally built again (a month the tally has no cells for). */
  add(row: CounterRow, sign: 1 | -1): boolean;
}

export interface ParticipationCell {
  dims: Partial<Record<AnalyticsDimension, string>>;
  learners: Set<string>;
  /** Active learners: each with the number of rows with a positive count that fall in the cell. */
  active: Map<string, number>;
  sums: Record<ActivityKind, number>;
}

const emptySums = (): Record<ActivityKind, number> => ({ message: 0, post: 0, submission: 0, accepted: 0, completion: 0, lesson: 0 });

function countIn(cell: { active: Map<string, number> }, userId: string, sign: 1 | -1): void {
  const n = (cell.active.get(userId) ?? 0) + sign;
  if (n > 0) cell.active.set(userId, n);
  else cell.active.delete(userId);
}

/**
 * The participation cross-tab: a cell per combination of the `by` dimensions over the enrolments (per
 * month of activity, when by month), each with its learners, active learners and activity sums.
 */
export class ParticipationTally implements Tally {
  /** The cells in key order (the dimensions' values joined). */
  readonly cells: ParticipationCell[];
  readonly total: ParticipationCell = { dims: {}, learners: new Set(), active: new Map(), sums: emptySums() };
  /** Course and cohort ids of the enrolments (for the report's labels). */
  readonly courseIds: string[];
  readonly cohortIds: string[];
  private readonly enrolmentsOf = new Map<string, Enrolment[]>();
  /** Each enrolment's cell per month (the key '' when not by month). */
  private readonly cellsOf = new Map<Enrolment, Map<string, ParticipationCell>>();
  private readonly byMonth: boolean;
  private readonly hit: ParticipationCell[] = [];

  constructor(enrolments: Enrolment[], by: AnalyticsDimension[], rows: readonly CounterRow[]) {
    this.byMonth = by.includes('month');
    for (const e of enrolments) {
      this.enrolmentsOf.set(e.userId, [...(this.enrolmentsOf.get(e.userId) ?? []), e]);
      this.cellsOf.set(e, new Map());
      this.total.learners.add(e.userId);
    }
    this.courseIds = [...new Set(enrolments.map((e) => e.courseId))];
    this.cohortIds = [...new Set(enrolments.map((e) => e.cohortId))];
    const months = new Set<string>();
    if (this.byMonth) for (const row of rows) if (this.enrolmentsOf.has(row.userId)) months.add(row.month);
    // Each enrolment's cell per month, found once.
    const byKey = new Map<string, ParticipationCell>();
    for (const month of this.byMonth ? months : ['']) {
      for (const e of enrolments) {
        const dims: Partial<Record<AnalyticsDimension, string>> = {};
        for (const d of by)
          dims[d] = d === 'course' ? e.courseId : d === 'cohort' ? e.cohortId : d === 'month' ? month : (e.user[d] as string);
        const key = by.map((d) => dims[d]).join('\u0000');
        let cell = byKey.get(key);
        if (!cell) byKey.set(key, (cell = { dims, learners: new Set(), active: new Map(), sums: emptySums() }));
        cell.learners.add(e.userId);
        this.cellsOf.get(e)!.set(month, cell);
      }
    }
    this.cells = [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, cell]) => cell);
    for (const row of rows) this.add(row, 1);
  }

  add(row: CounterRow, sign: 1 | -1): boolean {
    const enrolments = this.enrolmentsOf.get(row.userId);
    if (!enrolments) return true;
    // Cohort activity belongs to that cohort's enrolment; lessons (course-level) to the person's
    // enrolments in the course, once per cell (a learner in two cohorts of a course: once in a course cell).
    const hit = this.hit;
    hit.length = 0;
    for (const e of enrolments) {
      if (row.cohortId ? e.cohortId !== row.cohortId : e.courseId !== row.courseId) continue;
      const cell = this.cellsOf.get(e)!.get(this.byMonth ? row.month : '');
      if (!cell) return false;
      if (!hit.includes(cell)) hit.push(cell);
    }
    if (hit.length) hit.push(this.total);
    for (const cell of hit) {
      cell.sums[row.kind] += sign * row.count;
      if (row.count > 0) countIn(cell, row.userId, sign);
    }
    return true;
  }
}

export interface IndicatorCell {
  period: string;
  country: string;
  gender: string;
  /** Participants: each with the number of their rows with a positive count in the cell. */
  active: Map<string, number>;
  completions: number;
}

function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-T${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The donor table: unique participants and completions by period, country and sex. */
export class IndicatorTally implements Tally {
  private readonly byKey = new Map<string, IndicatorCell>();
  private readonly people = new Map<string, DirectoryUser>();
  private readonly enrolled = new Set<string>();

  constructor(
    enrolments: Enrolment[],
    private readonly period: 'month' | 'quarter',
    rows: readonly CounterRow[],
  ) {
    for (const e of enrolments) {
      this.people.set(e.userId, e.user);
      this.enrolled.add(`${e.userId}|${e.courseId}`);
    }
    for (const row of rows) this.add(row, 1);
  }

  /** The cells with at least one participant, by period, country and sex. */
  cells(): IndicatorCell[] {
    return [...this.byKey.values()].sort((a, b) =>
      `${a.period}${a.country}${a.gender}`.localeCompare(`${b.period}${b.country}${b.gender}`),
    );
  }

  add(row: CounterRow, sign: 1 | -1): boolean {
    const user = this.people.get(row.userId);
    // Activity counts in the courses the person is enrolled in (lessons can be read without enrolling).
    if (!user || row.count <= 0 || !this.enrolled.has(`${row.userId}|${row.courseId}`)) return true;
    const period = this.period === 'quarter' ? quarterOf(row.month) : row.month;
    const key = `${period}|${user.country}|${user.gender}`;
    let cell = this.byKey.get(key);
    if (!cell) this.byKey.set(key, (cell = { period, country: user.country, gender: user.gender, active: new Map(), completions: 0 }));
    countIn(cell, row.userId, sign);
    if (row.kind === 'completion') cell.completions += sign * row.count;
    if (!cell.active.size) this.byKey.delete(key);
    return true;
  }
}
