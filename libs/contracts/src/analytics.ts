import { z } from 'zod';
import { localizedTextViewSchema } from './catalog';
import { idSchema } from './ids';

export const ANALYTICS_DIMENSIONS = ['course', 'cohort', 'country', 'gender', 'sector', 'month'] as const;
export type AnalyticsDimension = (typeof ANALYTICS_DIMENSIONS)[number];
/** The dashboard's cross-tab when none is chosen (the page as coordinators first open it). */
export const DEFAULT_DIMENSIONS: readonly AnalyticsDimension[] = ['country', 'gender'];

const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/, 'must be a date (YYYY-MM-DD)')
  .transform((d) => d.slice(0, 10));

/** A query flag: `true` or `false`. */
const booleanFlag = () =>
  z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional();

/** What a participation report is about: its dimensions, the course or cohort, people's attributes, the days. */
const participationFilters = z.strictObject({
  by: z
    .string()
    .max(100)
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(ANALYTICS_DIMENSIONS)).max(3, 'at most three dimensions')),
  courseId: idSchema.optional(),
  cohortId: idSchema.optional(),
  country: z.string().length(2).toUpperCase().optional(),
  gender: z.string().max(20).optional(),
  sector: z.string().max(30).optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
});
const datesInOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const datesOutOfOrder = { message: 'must not be before from', path: ['to'] };

export const participationQuerySchema = participationFilters
  .extend({
    /** Admins only: figures without small-cell suppression. */
    raw: booleanFlag(),
    /** Record the request as an export in the audit log (the web app renders its CSV from this JSON). */
    export: booleanFlag(),
    format: z.enum(['json', 'csv']).optional(),
  })
  .refine(datesInOrder, datesOutOfOrder);
export type ParticipationQuery = z.infer<typeof participationQuerySchema>;

export const indicatorQuerySchema = z.strictObject({
  period: z.enum(['month', 'quarter']).default('month'),
  courseId: idSchema.optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
  raw: booleanFlag(),
  /** Record the request as an export in the audit log (the web app renders its CSV from this JSON). */
  export: booleanFlag(),
  format: z.enum(['json', 'csv']).optional(),
});
export type IndicatorQuery = z.infer<typeof indicatorQuerySchema>;

/**
 * A suppressed count is the string "<5" (for the default threshold); its measures are null. A total that cannot
 * be exact without revealing a hidden figure is a range, "232–235" or "≥108" (with `range`).
 */
export const countSchema = z.union([z.number(), z.string()]);
export type Count = z.infer<typeof countSchema>;

/** What a reader can work out about a total shown as a range; `high` null when unbounded. */
export const countRangeSchema = z.object({ low: z.number(), high: z.number().nullable() });
export type CountRange = z.infer<typeof countRangeSchema>;

/** Genders reported together when any of them has fewer people than the threshold. */
export const MERGEABLE_GENDERS: readonly string[] = ['non_binary', 'self_described', 'undisclosed'];
/** The merged category: "otra identidad o sin respuesta" / "another identity or no answer". */
export const MERGED_GENDER = 'other_or_undisclosed';

/** A row or column total of a cross-tab: people only. */
/** The dimension values a row of a report stands for. */
const dimensionFields = {
  course: z.string().optional(),
  cohort: z.string().optional(),
  country: z.string().optional(),
  gender: z.string().optional(),
  sector: z.string().optional(),
  month: z.string().optional(),
} satisfies Record<AnalyticsDimension, z.ZodType>;
export const marginRowSchema = z.object({
  ...dimensionFields,
  learners: countSchema,
  range: countRangeSchema.optional(),
  suppressed: z.boolean().optional(),
});
export type MarginRow = z.infer<typeof marginRowSchema>;

export const participationRowSchema = z.object({
  ...dimensionFields,
  learners: countSchema,
  activeLearners: countSchema.nullable(),
  messages: z.number().nullable(),
  posts: z.number().nullable(),
  submissions: z.number().nullable(),
  acceptedSubmissions: z.number().nullable(),
  completions: z.number().nullable(),
  lessonsCompleted: z.number().nullable(),
  participationRate: z.number().nullable(),
  suppressed: z.boolean().optional(),
  range: countRangeSchema.optional(),
});
export type ParticipationRow = z.infer<typeof participationRowSchema>;

export const participationReportSchema = z.object({
  by: z.array(z.enum(ANALYTICS_DIMENSIONS)),
  rows: z.array(participationRowSchema),
  totals: participationRowSchema,
  suppressedCells: z.number().int(),
  /** Totals shown as ranges (rows, columns and the grand total). */
  rangedTotals: z.number().int(),
  threshold: z.number().int(),
  /** The genders reported together as MERGED_GENDER (empty when none are). */
  mergedGenders: z.array(z.string()),
  /** Totals of the first dimension's values (rows) and of the others' (columns), when by two or more. */
  margins: z.object({ rows: z.array(marginRowSchema), columns: z.array(marginRowSchema) }),
  /** Labels for course and cohort ids in the rows. */
  labels: z.record(z.string(), z.string()),
});
export type ParticipationReport = z.infer<typeof participationReportSchema>;

export const indicatorRowSchema = z.object({
  period: z.string(),
  country: z.string(),
  gender: z.string(),
  participants: countSchema,
  completions: countSchema.nullable(),
  suppressed: z.boolean().optional(),
});
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;

export const indicatorReportSchema = z.object({
  period: z.enum(['month', 'quarter']),
  rows: z.array(indicatorRowSchema),
  suppressedCells: z.number().int(),
  threshold: z.number().int(),
  mergedGenders: z.array(z.string()),
});
export type IndicatorReport = z.infer<typeof indicatorReportSchema>;

/**
 * The coordinator's dashboard in one request: the cross-tab by `by`, the five fixed reports and the filter
 * options. Always protected.
 */
export const dashboardQuerySchema = participationFilters
  .extend({ period: indicatorQuerySchema.shape.period })
  .refine(datesInOrder, datesOutOfOrder);
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const analyticsDashboardSchema = z.object({
  /** The cross-tab by the chosen dimensions. */
  table: participationReportSchema,
  byGender: participationReportSchema,
  countryGender: participationReportSchema,
  months: participationReportSchema,
  /** By course and country. */
  heat: participationReportSchema,
  indicators: indicatorReportSchema,
  /** The filters' options: every course, and the cohorts (of the chosen course, when one is). */
  courses: z.array(z.object({ id: z.string(), title: localizedTextViewSchema })),
  cohorts: z.array(z.object({ id: z.string(), name: z.string(), courseId: z.string() })),
});
export type AnalyticsDashboard = z.infer<typeof analyticsDashboardSchema>;
