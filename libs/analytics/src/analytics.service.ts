import { Injectable } from '@nestjs/common';
import {
  DEFAULT_DIMENSIONS,
  MERGEABLE_GENDERS,
  MERGED_GENDER,
  type AnalyticsDashboard,
  type AnalyticsDimension,
  type DashboardQuery,
  type IndicatorQuery,
  type IndicatorReport,
  type ParticipationQuery,
  type ParticipationReport,
} from '@trainaction/contracts';
import { CatalogService } from '@trainaction/catalog';
import { CohortDirectory } from '@trainaction/cohorts';
import { UserDirectory } from '@trainaction/identity';
import { AppConfig, AppError, CACHE_TTL_MS, CacheBus, TtlCache, WARM_UP_USER, WarmUps, type AuthUser } from '@trainaction/platform';
import { ActivityCounters, type CounterRow, type TotalsView } from '@trainaction/activity';
import { AuditLog } from '@trainaction/audit';
import { protectHeadline, type Headline } from './headline';
import { protectCube, type PeopleCube, type PeopleDims } from './people-cube';
import { indicatorRows, isPeopleTable, mergeGenders, participationFigures } from './protected-report';
import { IndicatorTally, ParticipationTally, type Enrolment, type Tally } from './tallies';

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

/** A course's or cohort's people, protected (see `population`). */
interface Population {
  enrolments: Enrolment[];
  headline: Headline;
  cube: PeopleCube;
}

const definedOnly = (dims: PeopleDims): PeopleDims => Object.fromEntries(Object.entries(dims).filter(([, v]) => v));

/** Reports whose figures are kept at once (each dashboard view is a few). */
const MAX_TALLIES = 32;

/** Sets `key` as the newest entry of `map`, forgetting the oldest beyond MAX_TALLIES; returns `value`. */
function keepNewest<K, V>(map: Map<K, V>, key: K, value: V): V {
  map.delete(key);
  if (map.size >= MAX_TALLIES) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
}

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
  /** Protected people by course and cohort, oldest first. */
  private readonly populations = new Map<string, Population>();
  /** Reports' protected figures and headlines by report and query, with what they were computed from, oldest first. */
  private readonly figures = new Map<string, { from: unknown[]; value: unknown }>();

  constructor(
    private readonly counters: ActivityCounters,
    private readonly cohorts: CohortDirectory,
    private readonly users: UserDirectory,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog,
    private readonly config: AppConfig,
    caches: CacheBus,
    warmUps: WarmUps,
  ) {
    for (const source of ['memberships', 'profiles']) caches.watch(source, () => this.enrolmentCache.drop(null));
    // The dashboard as coordinators first open it: its reports' tallies and protected figures, computed before
    // the API listens instead of in the first coordinator's request (about 0.5 s of CPU at full volume). Only
    // reads: the caller is no one, a coordinator's view (protected figures), and nothing is recorded.
    warmUps.add('analytics dashboard', () => this.dashboard(WARM_UP_USER, { by: [...DEFAULT_DIMENSIONS], period: 'month' }));
  }

  async participation(caller: AuthUser, query: ParticipationQuery): Promise<ParticipationReport> {
    const raw = this.rawAllowed(caller, query.raw);
    const threshold = this.config.analyticsThreshold;
    const population = raw ? null : await this.population(query);
    // A gender reported within the merged category is asked about as that category (it is all that is published).
    const merged = population?.headline.merged ?? false;
    const gender = merged && query.gender && MERGEABLE_GENDERS.includes(query.gender) ? MERGED_GENDER : query.gender;
    const { by, courseId, cohortId, country, sector, from, to } = query;
    const filter = { ...query, gender };
    const kept = await this.tally(
      ['participation', by, courseId, cohortId, country, gender, sector, from, to],
      filter,
      (enrolments, rows) => new ParticipationTally(enrolments, by, rows),
    );
    const { tally } = kept;
    const people =
      population && isPeopleTable(by) ? { cube: population.cube, filter: definedOnly({ country, gender, sector }) } : undefined;
    const headline = raw ? null : people ? population!.headline : await this.headline(filter);
    // A table by one other dimension shows the totals of the same people by country and that dimension.
    const crossedBy: AnalyticsDimension[] = ['country', by[0]];
    const byCountry =
      !raw && !people && by.length === 1 && by[0] !== 'country' && by[0] !== 'gender'
        ? await this.tally(
            ['participation', crossedBy, courseId, cohortId, country, gender, sector, from, to],
            filter,
            (e, r) => new ParticipationTally(e, crossedBy, r),
          )
        : undefined;
    // The figures are computed before the labels are awaited (the tally goes on changing meanwhile).
    const figures = this.computed(
      JSON.stringify(['participation', by, courseId, cohortId, country, gender, sector, from, to, raw]),
      [tally, kept.seq, byCountry?.tally, byCountry?.seq, headline, people?.cube, threshold],
      () =>
        participationFigures(mergeGenders(tally.cells, headline?.merged ?? false), tally.total, by, {
          headline: headline ?? protectHeadline([], threshold),
          threshold,
          raw,
          byCountry: byCountry?.tally.cells,
          people,
        }),
    );
    const mergedGenders = headline?.merged ? [...MERGEABLE_GENDERS] : [];
    return { by, ...figures, threshold, mergedGenders, labels: await this.labels(tally.courseIds, tally.cohortIds) };
  }

  /**
   * The coordinator's dashboard: its six reports on the same filters and the filters' options, in one request.
   * The reports share their reads of enrolments and counter sums (each brings its tally up to date when it runs).
   */
  async dashboard(caller: AuthUser, query: DashboardQuery): Promise<AnalyticsDashboard> {
    const { by, period, ...filters } = query;
    const participation = (dims: AnalyticsDimension[]) => this.participation(caller, { ...filters, by: dims });
    const [table, byGender, countryGender, months, heat, indicators, courses, cohorts] = await Promise.all([
      participation(by),
      participation(['gender']),
      participation(['country', 'gender']),
      participation(['month']),
      participation(['course', 'country']),
      this.indicators(caller, { period, courseId: filters.courseId, from: filters.from, to: filters.to }),
      this.catalog.list(caller, {}),
      this.cohorts.list({ courseId: filters.courseId }),
    ]);
    return {
      table,
      byGender,
      countryGender,
      months,
      heat,
      indicators,
      courses: courses.items.map((c) => ({ id: c.id, title: c.title })),
      cohorts: cohorts.map((c) => ({ id: c.id, name: c.name, courseId: c.courseId })),
    };
  }

  /** The donor table: unique participants and completions by sex and country per month or quarter. */
  async indicators(caller: AuthUser, query: IndicatorQuery): Promise<IndicatorReport> {
    const raw = this.rawAllowed(caller, query.raw);
    const { period, courseId, from, to } = query;
    const kept = await this.tally(
      ['indicators', period, courseId, from, to],
      { courseId, from, to },
      (enrolments, rows) => new IndicatorTally(enrolments, period, rows),
    );
    const threshold = this.config.analyticsThreshold;
    // The population's headline, as the cube left it: a headline figure hidden to protect the tables by sector is
    // hidden in the donor table too (one protected table feeds everything).
    const headline = raw ? null : (await this.population({ courseId })).headline;
    const { rows, suppressed } = this.computed(
      JSON.stringify(['indicators', period, courseId, from, to, raw]),
      [kept.tally, kept.seq, headline, threshold],
      () => indicatorRows(kept.tally.cells(), headline, threshold),
    );
    return { period, rows, suppressedCells: suppressed, threshold, mergedGenders: headline?.merged ? [...MERGEABLE_GENDERS] : [] };
  }

  /**
   * A course's or cohort's (or all) people, protected once: the headline by country and gender, and the cube of
   * every table by country, gender and sector that agrees with it. Kept while the enrolments are the same.
   */
  private async population(filter: ReportFilter): Promise<Population> {
    const enrolments = await this.enrolments(filter);
    const key = JSON.stringify([filter.courseId, filter.cohortId]);
    const kept = this.populations.get(key);
    if (kept?.enrolments === enrolments) return kept;
    const people = [...new Map(this.matching(enrolments, {}).map((e) => [e.userId, e.user])).values()];
    const threshold = this.config.analyticsThreshold;
    const headline = protectHeadline(people, threshold);
    const population = { enrolments, headline, cube: protectCube(people, headline, threshold) };
    return keepNewest(this.populations, key, population);
  }

  /**
   * The people of a report by country and gender, protected once: every table of the report agrees with it.
   * Kept while the enrolments are the same (a dashboard asks for the same people's headline in several reports).
   */
  private async headline(filter: ReportFilter): Promise<Headline> {
    const enrolments = await this.enrolments(filter);
    const { courseId, cohortId, country, gender, sector } = filter;
    return this.computed(JSON.stringify(['headline', courseId, cohortId, country, gender, sector]), [enrolments], () => {
      const people = new Map(this.matching(enrolments, filter).map((e) => [e.userId, e.user]));
      return protectHeadline(
        [...people.values()].map((u) => ({ country: u.country, gender: u.gender })),
        this.config.analyticsThreshold,
      );
    });
  }

  async recordExport(caller: AuthUser, what: string, query: object, rows: number): Promise<void> {
    const actor = (await this.users.byIds([caller.id]))[0];
    await this.audit.record({
      actorId: caller.id,
      actorName: actor?.displayName ?? '',
      action: 'analytics.export',
      targetType: 'report',
      targetId: what,
      details: { query, rows },
    });
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
  private async tally<T extends Tally>(
    key: unknown[],
    filter: ReportFilter,
    make: (enrolments: Enrolment[], rows: CounterRow[]) => T,
  ): Promise<KeptTally<T>> {
    const enrolments = await this.enrolments(filter);
    const view = await this.counters.kept(filter);
    const name = JSON.stringify(key);
    const kept = this.tallies.get(name) as KeptTally<T> | undefined;
    const changes = kept?.enrolments === enrolments && kept.view === view ? view.changesSince(kept.seq) : undefined;
    if (kept && changes?.every((c) => (!c.before || kept.tally.add(c.before, -1)) && kept.tally.add(c.after, 1))) {
      kept.seq = view.seq;
      return kept;
    }
    const tally = make(this.matching(enrolments, filter), [...view.rows.values()]);
    const entry = { enrolments, view, seq: view.seq, tally };
    keepNewest(this.tallies, name, entry);
    return entry;
  }

  /**
   * `compute()`, or what it gave last time for `key` while everything it was computed from (`from`, compared by
   * identity: a kept tally and the counters' sequence it is up to date with, the protected people) is the same.
   */
  private computed<T>(key: string, from: unknown[], compute: () => T): T {
    const kept = this.figures.get(key);
    if (kept && kept.from.every((x, i) => x === from[i])) return kept.value as T;
    return keepNewest(this.figures, key, { from, value: compute() }).value as T;
  }

  /** Enrolments with their people in a course or cohort (or all), read through the cache. */
  private enrolments({ courseId, cohortId }: ReportFilter): Promise<Enrolment[]> {
    return this.enrolmentCache.get(JSON.stringify([courseId, cohortId]), async () => {
      const memberships = await this.cohorts.learnerMemberships({ courseId, cohortId });
      const users = new Map((await this.users.byIds([...new Set(memberships.map((m) => m.userId))])).map((u) => [u.id, u]));
      return memberships.map((m) => ({ userId: m.userId, cohortId: m.cohortId, courseId: m.courseId, user: users.get(m.userId)! }));
    });
  }

  private matching(enrolments: Enrolment[], { country, gender, sector }: ReportFilter): Enrolment[] {
    return enrolments.filter(
      (e) =>
        e.user &&
        (!country || e.user.country === country) &&
        (!gender || e.user.gender === gender || (gender === MERGED_GENDER && MERGEABLE_GENDERS.includes(e.user.gender))) &&
        (!sector || e.user.sector === sector),
    );
  }

  /** Course titles and cohort names, each read through its repository's cache. */
  private async labels(courseIds: string[], cohortIds: string[]): Promise<Record<string, string>> {
    const labels: Record<string, string> = {};
    const [courses, cohorts] = await Promise.all([
      this.catalog.coursesByIds(courseIds),
      Promise.all(cohortIds.map((id) => this.cohorts.byId(id))),
    ]);
    for (const course of courses) labels[course.id] = course.title.es;
    for (const cohort of cohorts) if (cohort) labels[cohort.id] = cohort.name;
    return labels;
  }
}
