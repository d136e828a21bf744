import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A count as analytics publishes it: a number, or words such as "<5" / "232–235" when protected (small cells). */
const countSchema = z.union([z.number().int().nonnegative(), z.string()]);

/** One week's participation: people with any activity, and their messages, forum posts and submissions. */
export const weekParticipationSchema = z.object({
  /** null when the figure is suppressed (small cells, as on the analytics dashboard). */
  activeLearners: countSchema.nullable(),
  contributions: z.number().int().nonnegative().nullable(),
});

export const participationWeeksSchema = z.object({ thisWeek: weekParticipationSchema, lastWeek: weekParticipationSchema });

export const overviewCohortSchema = z.object({
  id: z.string(),
  name: z.string(),
  courseTitle: z.object({ es: z.string(), en: z.string().optional() }).nullable(),
  countries: z.array(z.string()),
  startsAt: z.string(),
  endsAt: z.string(),
  timezone: z.string(),
  participation: participationWeeksSchema,
  /** People enrolled in the cohort who have not accepted their invitation yet. */
  pendingInvitations: z.number().int().nonnegative(),
  /** Submissions sent or under review, not yet returned or accepted. */
  reviewsWaiting: z.number().int().nonnegative(),
  /** Flags open or in progress that the caller may see (safeguarding ones only for its contacts). */
  openFlags: z.number().int().nonnegative(),
});

/** `GET /api/coordination/overview`: a coordinator's (or admin's) home. */
export const coordinationOverviewSchema = z.object({
  /** The person's local week (Monday to Sunday) and the one before, as calendar days in `timeZone`. */
  timeZone: z.string(),
  weeks: z.object({ thisWeek: z.object({ from: day, to: day }), lastWeek: z.object({ from: day, to: day }) }),
  /** Cohorts running now (startsAt ≤ now < endsAt), ending soonest first. */
  cohorts: z.array(overviewCohortSchema),
  /** Every cohort the caller manages, each person once. */
  participation: participationWeeksSchema,
  pendingInvitations: z.number().int().nonnegative(),
  reviewsWaiting: z.number().int().nonnegative(),
  openFlags: z.number().int().nonnegative(),
});

export type WeekParticipation = z.infer<typeof weekParticipationSchema>;
export type OverviewCohort = z.infer<typeof overviewCohortSchema>;
export type CoordinationOverview = z.infer<typeof coordinationOverviewSchema>;
