import { rosterRowErrorSchema } from './roster';
import { z } from 'zod';
import { idSchema } from './ids';
import { localizedTextViewSchema } from './catalog';
import { countrySchema } from './identity';
import { isTimeZone, timeZoneSchema } from './time-zones';

export const COHORT_STATUSES = ['planned', 'open', 'running', 'closed'] as const;
export const ENROLLMENT_MODES = ['coordinator', 'open'] as const;
export const MEMBER_ROLES = ['learner', 'moderator'] as const;

const isoDate = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });

export { isTimeZone, timeZoneSchema };

const cohortFields = {
  courseId: idSchema,
  name: z.string().trim().min(3).max(120),
  countries: z.array(countrySchema).min(1).max(30),
  startsAt: isoDate,
  endsAt: isoDate,
  timezone: timeZoneSchema,
  capacity: z.number().int().min(1).max(10_000).optional(),
  status: z.enum(COHORT_STATUSES).default('planned'),
  enrollmentMode: z.enum(ENROLLMENT_MODES).default('coordinator'),
};

function endsAfterStart(value: { startsAt?: string; endsAt?: string }, ctx: z.RefinementCtx) {
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) <= Date.parse(value.startsAt)) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
  }
}

export const cohortInputSchema = z.strictObject(cohortFields).superRefine(endsAfterStart);
export type CohortInput = z.infer<typeof cohortInputSchema>;

export const cohortUpdateSchema = z
  .strictObject({
    name: cohortFields.name.optional(),
    countries: cohortFields.countries.optional(),
    startsAt: isoDate.optional(),
    endsAt: isoDate.optional(),
    timezone: timeZoneSchema.optional(),
    capacity: cohortFields.capacity.nullable(),
    status: z.enum(COHORT_STATUSES).optional(),
    enrollmentMode: z.enum(ENROLLMENT_MODES).optional(),
  })
  .partial()
  .superRefine(endsAfterStart);
export type CohortUpdate = z.infer<typeof cohortUpdateSchema>;

export const cohortListQuerySchema = z.strictObject({
  courseId: idSchema.optional(),
  country: countrySchema.optional(),
  scope: z.enum(['mine', 'open', 'all']).optional(),
  /** Accepted for symmetry with other lists; cohorts come in one page. */
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export type CohortListQuery = z.infer<typeof cohortListQuerySchema>;

export const enrollmentSchema = z.strictObject({ userId: idSchema, role: z.enum(MEMBER_ROLES).default('learner') });
export type EnrollmentInput = z.infer<typeof enrollmentSchema>;

export const csvImportSchema = z.strictObject({ csv: z.string().min(1).max(900_000) });

export const balancedBuildSchema = z
  .strictObject({
    courseId: idSchema,
    cohortCount: z.number().int().min(2).max(50),
    namePrefix: z.string().trim().min(3).max(100),
    startsAt: isoDate,
    endsAt: isoDate,
    timezone: timeZoneSchema,
    apply: z.boolean().default(false),
  })
  .superRefine(endsAfterStart);
export type BalancedBuildInput = z.infer<typeof balancedBuildSchema>;

export type CohortStatus = (typeof COHORT_STATUSES)[number];
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const cohortViewSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  name: z.string(),
  countries: z.array(z.string()),
  startsAt: z.string(),
  endsAt: z.string(),
  timezone: z.string(),
  capacity: z.number().int().optional(),
  status: z.enum(COHORT_STATUSES),
  enrollmentMode: z.enum(ENROLLMENT_MODES),
  memberCount: z.number().int(),
  /** The caller's role in this cohort, when a member. */
  myRole: z.enum(MEMBER_ROLES).optional(),
  course: z.object({ slug: z.string(), title: localizedTextViewSchema }).optional(),
});
export type CohortView = z.infer<typeof cohortViewSchema>;

export const memberViewSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  country: z.string(),
  role: z.enum(MEMBER_ROLES),
  email: z.string().optional(),
  /** To the cohort's moderators and staff: invited and not yet accepted ("invitada/o, pendiente"). */
  invitationPending: z.boolean().optional(),
});
export type MemberView = z.infer<typeof memberViewSchema>;

export const IMPORT_ROW_STATUSES = ['created_and_enrolled', 'enrolled', 'already_enrolled', 'invalid'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

export const importRowReportSchema = z.object({
  row: z.number().int(),
  email: z.string(),
  status: z.enum(IMPORT_ROW_STATUSES),
  /** Why the line was not imported, as kinds and parameters the page words in the coordinator's language. */
  errors: z.array(rosterRowErrorSchema).optional(),
  /** English text of reports stored before errors were kinds; shown as is. */
  reason: z.string().optional(),
});
export type ImportRowReport = z.infer<typeof importRowReportSchema>;

export const importJobViewSchema = z.object({
  id: z.string(),
  cohortId: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  total: z.number().int(),
  processed: z.number().int(),
  counts: z.record(z.enum(IMPORT_ROW_STATUSES), z.number().int()),
  rows: z.array(importRowReportSchema),
});
export type ImportJobView = z.infer<typeof importJobViewSchema>;

const counts = z.record(z.string(), z.number().int());
const balanceGroupSchema = z.object({ size: z.number().int(), byCountry: counts, byGender: counts, bySector: counts });
export const balanceTableSchema = z.object({
  /** One entry per proposed cohort: its size and its count per country, gender and sector. */
  cohorts: z.array(balanceGroupSchema.extend({ name: z.string() })),
  pool: balanceGroupSchema,
  applied: z.boolean(),
  createdCohortIds: z.array(z.string()),
});
export type BalanceTable = z.infer<typeof balanceTableSchema>;

/** `GET /api/cohorts/:id/progress`: each learner's lesson progress in the cohort's course. */
export const memberProgressSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  country: z.string(),
  completedLessons: z.number().int(),
  lessonCount: z.number().int(),
  percent: z.number(),
});
export type MemberProgress = z.infer<typeof memberProgressSchema>;
