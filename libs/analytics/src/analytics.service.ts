import { Injectable } from '@nestjs/common';
import type {
  AnalyticsDimension,
  IndicatorQuery,
  IndicatorReport,
  IndicatorRow,
  ParticipationQuery,
  ParticipationReport,
  ParticipationRow,
} from '@trainaction/contracts';
import { CatalogService } from '@trainaction/catalog';
import { CohortsRepository } from '@trainaction/cohorts';
import { UsersRepository, type UserRecord } from '@trainaction/identity';
import {
  ActivityCounters,
  AppConfig,
  AppError,
  AuditLog,
  CACHE_TTL_MS,
  CacheBus,
  TtlCache,
  type ActivityKind,
  type AuthUser,
} from '@trainaction/platform';
import { suppressedCells } from './small-cells';

interface Enrolment {
  userId: string;
  cohortId: string;
  courseId: string;
  user: UserRecord;
}

interface CellAccumulator {
  dims: Partial<Record<AnalyticsDimension, string>>;
  learners: Set<string>;
  active: Set<string>;
  sums: Record<ActivityKind, number>;
}

const emptySums = (): Record<ActivityKind, number> => ({ message: 0, post: 0, submission: 0, accepted: 0, completion: 0, lesson: 0 });

function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-T${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * Participation figures from the counters the services keep, joined in code with enrolments and people
 * (the embedded database has no $lookup). Coordinators always get small cells suppressed; admins may ask
 * for raw figures.
 */
@Injectable()
export class AnalyticsService {
  /**
   * Enrolments with their people, by course and cohort: kept until a membership or a person changes (on
   * any node); the dashboard's six reports at once share one read. Counter sums are kept by ActivityCounters.
   */
  private readonly enrolmentCache = new TtlCache<Enrolment[]>(CACHE_TTL_MS, 64);

  constructor(
    private readonly counters: ActivityCounters,
    private readonly cohorts: CohortsRepository,
    private readonly users: UsersRepository,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog,
    private readonly config: AppConfig,
    caches: CacheBus,
  ) {
    for (const source of ['memberships', 'profiles']) caches.watch(source, () => this.enrolmentCache.drop(null));
  }

  async participation(caller: AuthUser, query: ParticipationQuery): Promise<ParticipationReport> {
    const raw = this.rawAllowed(caller, query.raw);
    const enrolments = await this.enrolments(query);
    const rows = await this.counters.totals(query);
    const byMonth = query.by.includes('month');
    // Rows are looked up by person: object and map lookups only (a report reads every counter row).
    const enrolmentsOf = new Map<string, Enrolment[]>();
    for (const e of enrolments) enrolmentsOf.set(e.userId, [...(enrolmentsOf.get(e.userId) ?? []), e]);
    const monthSet = new Set<string>();
    if (byMonth) for (const row of rows) if (enrolmentsOf.has(row.userId)) monthSet.add(row.month);
    const months = byMonth ? [...monthSet].sort() : [undefined];

    // Each enrolment's cell (per month, when by month), found once.
    const cells = new Map<string, CellAccumulator>();
    const total: CellAccumulator = { dims: {}, learners: new Set(), active: new Set(), sums: emptySums() };
    const cellsOf = new Map<Enrolment, Map<string | undefined, CellAccumulator>>();
    for (const e of enrolments) {
      total.learners.add(e.userId);
      const byPeriod = new Map<string | undefined, CellAccumulator>();
      for (const month of months) {
        const dims: Partial<Record<AnalyticsDimension, string>> = {};
        for (const d of query.by) dims[d] = d === 'course' ? e.courseId : d === 'cohort' ? e.cohortId : d === 'month' ? month! : (e.user[d] as string);
        const key = query.by.map((d) => dims[d]).join('\u0000');
        let cell = cells.get(key);
        if (!cell) cells.set(key, (cell = { dims, learners: new Set(), active: new Set(), sums: emptySums() }));
        cell.learners.add(e.userId);
        byPeriod.set(month, cell);
      }
      cellsOf.set(e, byPeriod);
    }
    const hit: CellAccumulator[] = [];
    for (const row of rows) {
      // Cohort activity belongs to that cohort's enrolment; lessons (course-level) to the person's
      // enrolments in the course, once per cell (a learner in two cohorts of a course: once in a course cell).
      hit.length = 0;
      for (const e of enrolmentsOf.get(row.userId) ?? []) {
        if (row.cohortId ? e.cohortId !== row.cohortId : e.courseId !== row.courseId) continue;
        const cell = cellsOf.get(e)!.get(byMonth ? row.month : undefined)!;
        if (!hit.includes(cell)) hit.push(cell);
      }
      if (hit.length) hit.push(total);
      for (const cell of hit) {
        cell.sums[row.kind] += row.count;
        if (row.count > 0) cell.active.add(row.userId);
      }
    }

    const list = [...cells.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, cell]) => cell);
    const threshold = this.config.analyticsThreshold;
    const [first, ...rest] = query.by;
    const hidden = raw
      ? new Set<number>()
      : suppressedCells(
          list.map((c) => ({ row: first ? c.dims[first]! : '', column: rest.map((d) => c.dims[d]).join('|'), count: c.learners.size })),
          threshold,
        );
    const labels = await this.labels(enrolments);
    return {
      by: query.by,
      rows: list.map((c, i) => this.toRow(c, hidden.has(i), threshold)),
      totals: this.toRow(total, !raw && total.learners.size > 0 && total.learners.size < threshold, threshold),
      suppressedCells: hidden.size,
      threshold,
      labels,
    };
  }

  /** The donor table: unique participants and completions by sex and country per month or quarter. */
  async indicators(caller: AuthUser, query: IndicatorQuery): Promise<IndicatorReport> {
    const raw = this.rawAllowed(caller, query.raw);
    const enrolments = await this.enrolments({ courseId: query.courseId });
    const people = new Map(enrolments.map((e) => [e.userId, e.user]));
    const enrolled = new Set(enrolments.map((e) => `${e.userId}|${e.courseId}`));
    const rows = await this.counters.totals(query);
    const cells = new Map<string, { period: string; country: string; gender: string; participants: Set<string>; completions: number }>();
    for (const row of rows) {
      const user = people.get(row.userId);
      // Activity counts in the courses the person is enrolled in (lessons can be read without enrolling).
      if (!user || row.count <= 0 || !enrolled.has(`${row.userId}|${row.courseId}`)) continue;
      const period = query.period === 'quarter' ? quarterOf(row.month) : row.month;
      const key = `${period}|${user.country}|${user.gender}`;
      const cell = cells.get(key) ?? { period, country: user.country, gender: user.gender, participants: new Set<string>(), completions: 0 };
      cell.participants.add(row.userId);
      if (row.kind === 'completion') cell.completions += row.count;
      cells.set(key, cell);
    }
    const list = [...cells.values()].sort((a, b) => `${a.period}${a.country}${a.gender}`.localeCompare(`${b.period}${b.country}${b.gender}`));
    const threshold = this.config.analyticsThreshold;
    // Each period is its own country × gender table.
    const hidden = new Set<number>();
    if (!raw) {
      for (const period of new Set(list.map((c) => c.period))) {
        const indexes = list.map((c, i) => [c, i] as const).filter(([c]) => c.period === period);
        const local = suppressedCells(indexes.map(([c]) => ({ row: c.country, column: c.gender, count: c.participants.size })), threshold);
        local.forEach((j) => hidden.add(indexes[j][1]));
      }
    }
    const out: IndicatorRow[] = list.map((c, i) =>
      hidden.has(i)
        ? { period: c.period, country: c.country, gender: c.gender, participants: `<${threshold}`, completions: null, suppressed: true }
        : { period: c.period, country: c.country, gender: c.gender, participants: c.participants.size, completions: c.completions },
    );
    return { period: query.period, rows: out, suppressedCells: hidden.size, threshold };
  }

  async recordExport(caller: AuthUser, what: string, query: object, rows: number): Promise<void> {
    const actor = (await this.users.findByIds([caller.id]))[0];
    await this.audit.record({ actorId: caller.id, actorName: actor?.displayName ?? '', action: 'analytics.export', targetType: 'report', targetId: what, details: { query, rows } });
  }

  private rawAllowed(caller: AuthUser, requested?: boolean): boolean {
    if (requested && caller.role !== 'admin') throw new AppError('FORBIDDEN', 'Only admins see figures without small-cell protection');
    return Boolean(requested);
  }

  private async enrolments(filter: { courseId?: string; cohortId?: string; country?: string; gender?: string; sector?: string }): Promise<Enrolment[]> {
    const { courseId, cohortId } = filter;
    const key = JSON.stringify([courseId, cohortId]);
    const all = await this.enrolmentCache.get(key, async () => {
      const memberships = await this.cohorts.learnerMemberships({ courseId, cohortId });
      const users = new Map((await this.users.findByIds([...new Set(memberships.map((m) => m.userId))])).map((u) => [u.id, u]));
      return memberships.map((m) => ({ userId: m.userId, cohortId: m.cohortId, courseId: m.courseId, user: users.get(m.userId)! }));
    });
    return all.filter((e) => e.user && (!filter.country || e.user.country === filter.country) && (!filter.gender || e.user.gender === filter.gender) && (!filter.sector || e.user.sector === filter.sector));
  }

  /** Course titles and cohort names, each read through its repository's cache. */
  private async labels(enrolments: Enrolment[]): Promise<Record<string, string>> {
    const labels: Record<string, string> = {};
    const [courses, cohorts] = await Promise.all([
      this.catalog.coursesByIds([...new Set(enrolments.map((e) => e.courseId))]),
      Promise.all([...new Set(enrolments.map((e) => e.cohortId))].map((id) => this.cohorts.findById(id))),
    ]);
    for (const course of courses) labels[course.id] = course.title.es;
    for (const cohort of cohorts) if (cohort) labels[cohort.id] = cohort.name;
    return labels;
  }

  private toRow(cell: CellAccumulator, suppressed: boolean, threshold: number): ParticipationRow {
    if (suppressed) {
      return {
        ...cell.dims,
        learners: `<${threshold}`,
        activeLearners: null,
        messages: null,
        posts: null,
        submissions: null,
        acceptedSubmissions: null,
        completions: null,
        lessonsCompleted: null,
        participationRate: null,
        suppressed: true,
      };
    }
    const learners = cell.learners.size;
    return {
      ...cell.dims,
      learners,
      activeLearners: cell.active.size,
      messages: cell.sums.message,
      posts: cell.sums.post,
      submissions: cell.sums.submission,
      acceptedSubmissions: cell.sums.accepted,
      completions: cell.sums.completion,
      lessonsCompleted: cell.sums.lesson,
      participationRate: learners ? Math.round((1000 * cell.active.size) / learners) / 1000 : 0,
    };
  }
}
