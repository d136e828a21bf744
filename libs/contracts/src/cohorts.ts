import type { RosterRowError } from './roster';
import { z } from 'zod';
import { idSchema } from './ids';
import type { LocalizedText } from './catalog';
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

export interface CohortView {
  id: string;
  courseId: string;
  name: string;
  countries: string[];
  startsAt: string;
  endsAt: string;
  timezone: string;
  capacity?: number;
  status: CohortStatus;
  enrollmentMode: (typeof ENROLLMENT_MODES)[number];
  memberCount: number;
  /** The caller's role in this cohort, when a member. */
  myRole?: MemberRole;
  course?: { slug: string; title: LocalizedText };
}

export interface MemberView {
  userId: string;
  displayName: string;
  country: string;
  role: MemberRole;
  email?: string;
  /** To the cohort's moderators and staff: invited and not yet accepted ("invitada/o, pendiente"). */
  invitationPending?: boolean;
}

export type ImportRowStatus = 'created_and_enrolled' | 'enrolled' | 'already_enrolled' | 'invalid';

export interface ImportRowReport {
  row: number;
  email: string;
  status: ImportRowStatus;
  /** Why the line was not imported, as kinds and parameters the page words in the coordinator's language. */
  errors?: RosterRowError[];
  /** English text of reports stored before errors were kinds; shown as is. */
  reason?: string;
}

export interface ImportJobView {
  id: string;
  cohortId: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  counts: Record<ImportRowStatus, number>;
  rows: ImportRowReport[];
}

export interface BalanceTable {
  /** One entry per proposed cohort: its size and its count per country, gender and sector. */
  cohorts: {
    name: string;
    size: number;
    byCountry: Record<string, number>;
    byGender: Record<string, number>;
    bySector: Record<string, number>;
  }[];
  pool: { size: number; byCountry: Record<string, number>; byGender: Record<string, number>; bySector: Record<string, number> };
  applied: boolean;
  createdCohortIds: string[];
}
