import { Injectable } from '@nestjs/common';
import type {
  IndicatorQuery,
  IndicatorReport,
  IndicatorRow,
  ParticipationQuery,
  ParticipationReport,
  ParticipationRow,
} from '@trainaction/contracts';
import { CatalogService } from '@trainaction/catalog';
import { CohortsRepository } from '@trainaction/cohorts';
import { UsersRepository } from '@trainaction/identity';
import {
  ActivityCounters,
  AppConfig,
  AppError,
  AuditLog,
  CACHE_TTL_MS,
  CacheBus,
  TtlCache,
  type AuthUser,
  type CounterRow,
  type TotalsView,
} from '@trainaction/platform';
import { suppressedCells } from './small-cells';
import { IndicatorTally, ParticipationTally, type Enrolment, type ParticipationCell, type Tally } from './tallies';

/** What a report is about: a course or cohort (or all), people's attributes, a range of days. */
interface ReportFilter {
  courseId?: string;
  cohortId?: string;
  country?: string;
  gender?: string;
  sector?: string;
  from?: string;
  to?: string;
}

/** A report's tally with what it was built from: the enrolments read, and the counter view up to `seq`. */
interface KeptTally<T extends Tally> {
  enrolments: Enrolment[];
  view: TotalsView;
  seq: number;
  tally: T;
}

/** Reports whose figures are kept at once (each dashboard view is a few). */
const MAX_TALLIES = 32;

/**
 * Participation figures from the counters the services keep, joined in code with enrolments and people
 * (the embedded database has no $lookup). Each report keeps its figures (`tallies.ts`) and applies the
 * counters' changes since its last request, so a repeated report costs its cells, not its people.
 * Coordinators always get small cells suppressed; admins may ask for raw figures.
 */
@Injectable()
export class AnalyticsService {
  /**
   * Enrolments with their people, by course and cohort: kept until a membership or a person changes (on
   * any node); the dashboard's six reports at once share one read. Counter sums are kept by ActivityCounters.
   */
  private readonly enrolmentCache = new TtlCache<Enrolment[]>(CACHE_TTL_MS, 64);
  /** Reports' tallies by report and query, oldest first. */
  private readonly tallies = new Map<string, KeptTally<Tally>>();

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
    const { by, courseId, cohortId, country, gender, sector, from, to } = query;
    const tally = await this.tally(['participation', by, courseId, cohortId, country, gender, sector, from, to], query, (enrolments, rows) => new ParticipationTally(enrolments, by, rows));
    const threshold = this.config.analyticsThreshold;
    const [first, ...rest] = by;
    const hidden = raw
      ? new Set<number>()
      : suppressedCells(
          tally.cells.map((c) => ({ row: first ? c.dims[first]! : '', column: rest.map((d) => c.dims[d]).join('|'), count: c.learners.size })),
          threshold,
        );
    // The figures are read before the labels are awaited (the tally goes on changing meanwhile).
    const rows = tally.cells.map((c, i) => this.toRow(c, hidden.has(i), threshold));
    const totals = this.toRow(tally.total, !raw && tally.total.learners.size > 0 && tally.total.learners.size < threshold, threshold);
    return { by, rows, totals, suppressedCells: hidden.size, threshold, labels: await this.labels(tally.courseIds, tally.cohortIds) };
  }

  /** The donor table: unique participants and completions by sex and country per month or quarter. */
  async indicators(caller: AuthUser, query: IndicatorQuery): Promise<IndicatorReport> {
    const raw = this.rawAllowed(caller, query.raw);
    const { period, courseId, from, to } = query;
    const tally = await this.tally(['indicators', period, courseId, from, to], { courseId, from, to }, (enrolments, rows) => new IndicatorTally(enrolments, period, rows));
    const list = tally.cells();
    const threshold = this.config.analyticsThreshold;
    // Each period is its own country × gender table.
    const hidden = new Set<number>();
    if (!raw) {
      for (const period of new Set(list.map((c) => c.period))) {
        const indexes = list.map((c, i) => [c, i] as const).filter(([c]) => c.period === period);
        const local = suppressedCells(indexes.map(([c]) => ({ row: c.country, column: c.gender, count: c.active.size })), threshold);
        local.forEach((j) => hidden.add(indexes[j][1]));
      }
    }
    const out: IndicatorRow[] = list.map((c, i) =>
      hidden.has(i)
        ? { period: c.period, country: c.country, gender: c.gender, participants: `<${threshold}`, completions: null, suppressed: true }
        : { period: c.period, country: c.country, gender: c.gender, participants: c.active.size, completions: c.completions },
    );
    return { period, rows: out, suppressedCells: hidden.size, threshold };
  }

  async recordExport(caller: AuthUser, what: string, query: object, rows: number): Promise<void> {
    const actor = (await this.users.findByIds([caller.id]))[0];
    await this.audit.record({ actorId: caller.id, actorName: actor?.displayName ?? '', action: 'analytics.export', targetType: 'report', targetId: what, details: { query, rows } });
  }

  private rawAllowed(caller: AuthUser, requested?: boolean): boolean {
    if (requested && caller.role !== 'admin') throw new AppError('FORBIDDEN', 'Only admins see figures without small-cell protection');
    return Boolean(requested);
  }

  /**
   * A report's tally, kept and brought up to date with the counters' changes since the last request; built
   * again from every row when the enrolments were read again or the counters' kept sums were replaced.
   * Everything after the two reads is synchronous, so concurrent requests never apply a change twice.
   */
  private async tally<T extends Tally>(key: unknown[], filter: ReportFilter, make: (enrolments: Enrolment[], rows: CounterRow[]) => T): Promise<T> {
    const enrolments = await this.enrolments(filter);
    const view = await this.counters.kept(filter);
    const name = JSON.stringify(key);
    const kept = this.tallies.get(name) as KeptTally<T> | undefined;
    const changes = kept?.enrolments === enrolments && kept.view === view ? view.changesSince(kept.seq) : undefined;
    if (kept && changes?.every((c) => (!c.before || kept.tally.add(c.before, -1)) && kept.tally.add(c.after, 1))) {
      kept.seq = view.seq;
      return kept.tally;
    }
    const tally = make(this.matching(enrolments, filter), [...view.rows.values()]);
    this.tallies.delete(name);
    if (this.tallies.size >= MAX_TALLIES) this.tallies.delete(this.tallies.keys().next().value!);
    this.tallies.set(name, { enrolments, view, seq: view.seq, tally });
    return tally;
  }

  /** Enrolments with their people in a course or cohort (or all), read through the cache. */
  private enrolments({ courseId, cohortId }: ReportFilter): Promise<Enrolment[]> {
    return this.enrolmentCache.get(JSON.stringify([courseId, cohortId]), async () => {
      const memberships = await this.cohorts.learnerMemberships({ courseId, cohortId });
      const users = new Map((await this.users.findByIds([...new Set(memberships.map((m) => m.userId))])).map((u) => [u.id, u]));
      return memberships.map((m) => ({ userId: m.userId, cohortId: m.cohortId, courseId: m.courseId, user: users.get(m.userId)! }));
    });
  }

  private matching(enrolments: Enrolment[], { country, gender, sector }: ReportFilter): Enrolment[] {
    return enrolments.filter((e) => e.user && (!country || e.user.country === country) && (!gender || e.user.gender === gender) && (!sector || e.user.sector === sector));
  }

  /** Course titles and cohort names, each read through its repository's cache. */
  private async labels(courseIds: string[], cohortIds: string[]): Promise<Record<string, string>> {
    const labels: Record<string, string> = {};
    const [courses, cohorts] = await Promise.all([this.catalog.coursesByIds(courseIds), Promise.all(cohortIds.map((id) => this.cohorts.findById(id)))]);
    for (const course of courses) labels[course.id] = course.title.es;
    for (const cohort of cohorts) if (cohort) labels[cohort.id] = cohort.name;
    return labels;
  }

  private toRow(cell: ParticipationCell, suppressed: boolean, threshold: number): ParticipationRow {
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
