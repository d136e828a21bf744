import { Injectable } from '@nestjs/common';
import {
  participationQuerySchema,
  type CoordinationOverview,
  type ParticipationReport,
  type ParticipationRow,
  type WeekParticipation,
} from '@trainaction/contracts';
import { CatalogService } from '@trainaction/catalog';
import { CohortAccess, CohortInvitations, CohortTimeZones } from '@trainaction/cohorts';
import { OpenFlags } from '@trainaction/moderation';
import { AppConfig, type AuthUser } from '@trainaction/platform';
import { SubmissionsService } from '@trainaction/submissions';
import { AnalyticsService } from './analytics.service';
import { localWeeks, type DayRange } from './local-weeks';

const NONE: WeekParticipation = { activeLearners: 0, contributions: 0 };

/** A week's figures as the protected report publishes them: contributions are messages, forum posts and submissions. */
function week(row: ParticipationRow | undefined): WeekParticipation {
  if (!row) return NONE;
  const sums = [row.messages, row.posts, row.submissions];
  return {
    activeLearners: row.activeLearners,
    contributions: sums.some((n) => n === null) ? null : sums.reduce<number>((total, n) => total + (n ?? 0), 0),
  };
}

/**
 * A coordinator's (or admin's) home: the cohorts they manage that run now, participation this week against
 * last (the analytics' protected report by cohort, from the activity counters), invitations not accepted,
 * submissions waiting for review and flags not resolved. A fixed number of indexed reads, whatever the
 * cohorts hold.
 */
@Injectable()
export class CoordinationOverviewService {
  constructor(
    private readonly access: CohortAccess,
    private readonly zones: CohortTimeZones,
    private readonly analytics: AnalyticsService,
    private readonly invitations: CohortInvitations,
    private readonly submissions: SubmissionsService,
    private readonly flags: OpenFlags,
    private readonly catalog: CatalogService,
    private readonly config: AppConfig,
  ) {}

  async overview(caller: AuthUser, now = new Date()): Promise<CoordinationOverview> {
    const cohorts = await this.access.managedRunning(caller, now);
    const ids = cohorts.map((c) => c.id);
    // The person's local week: their cohort's zone, else the academy's (staff are in no cohort).
    const timeZone = (await this.zones.of([caller.id], this.config.digest.defaultTimeZone, now)).get(caller.id)!;
    const weeks = localWeeks(now, timeZone);
    const [thisWeek, lastWeek, pending, waiting, flags, courses] = await Promise.all([
      this.byCohort(caller, weeks.thisWeek),
      this.byCohort(caller, weeks.lastWeek),
      this.invitations.pending(ids),
      this.submissions.waitingByCohort(ids),
      this.flags.byCohort(caller.id, ids),
      this.catalog.coursesByIds([...new Set(cohorts.map((c) => c.courseId))]),
    ]);
    const titles = new Map(courses.map((c) => [c.id, c.title]));
    const rowOf = (report: ParticipationReport, id: string) => report.rows.find((r) => r.cohort === id);
    const sum = (counts: Map<string, number>) => ids.reduce((total, id) => total + (counts.get(id) ?? 0), 0);
    return {
      timeZone,
      weeks,
      cohorts: cohorts.map((c) => ({
        id: c.id,
        name: c.name,
        courseTitle: titles.get(c.courseId) ?? null,
        countries: c.countries,
        startsAt: c.startsAt.toISOString(),
        endsAt: c.endsAt.toISOString(),
        timezone: c.timezone,
        participation: { thisWeek: week(rowOf(thisWeek, c.id)), lastWeek: week(rowOf(lastWeek, c.id)) },
        pendingInvitations: pending.byCohort.get(c.id) ?? 0,
        reviewsWaiting: waiting.get(c.id) ?? 0,
        openFlags: flags.get(c.id) ?? 0,
      })),
      participation: { thisWeek: week(thisWeek.totals), lastWeek: week(lastWeek.totals) },
      pendingInvitations: pending.total,
      reviewsWaiting: sum(waiting),
      openFlags: sum(flags),
    };
  }

  /** The week's participation report by cohort, as the analytics dashboard shows it (small cells protected). */
  private byCohort(caller: AuthUser, days: DayRange): Promise<ParticipationReport> {
    return this.analytics.participation(caller, participationQuerySchema.parse({ by: 'cohort', ...days }));
  }
}
