import { z } from 'zod';
import { idSchema } from './ids';

export const ANALYTICS_DIMENSIONS = ['course', 'cohort', 'country', 'gender', 'sector', 'month'] as const;
export type AnalyticsDimension = (typeof ANALYTICS_DIMENSIONS)[number];

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

export const participationQuerySchema = z
  .strictObject({
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
    /** Admins only: figures without small-cell suppression. */
    raw: booleanFlag(),
    /** Record the request as an export in the audit log (the web app renders its CSV from this JSON). */
    export: booleanFlag(),
    format: z.enum(['json', 'csv']).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be before from', path: ['to'] });
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
export type Count = number | string;

/** What a reader can work out about a total shown as a range; `high` null when unbounded. */
export interface CountRange {
  low: number;
  high: number | null;
}

/** Genders reported together when any of them has fewer people than the threshold. */
export const MERGEABLE_GENDERS: readonly string[] = ['non_binary', 'self_described', 'undisclosed'];
/** The merged category: "otra identidad o sin respuesta" / "another identity or no answer". */
export const MERGED_GENDER = 'other_or_undisclosed';

/** A row or column total of a cross-tab: people only. */
export type MarginRow = Partial<Record<AnalyticsDimension, string>> & { learners: Count; range?: CountRange; suppressed?: boolean };

export interface ParticipationRow {
  course?: string;
  cohort?: string;
  country?: string;
  gender?: string;
  sector?: string;
  month?: string;
  learners: Count;
  activeLearners: Count | null;
  messages: number | null;
  posts: number | null;
  submissions: number | null;
  acceptedSubmissions: number | null;
  completions: number | null;
  lessonsCompleted: number | null;
  participationRate: number | null;
  suppressed?: boolean;
  range?: CountRange;
}

export interface ParticipationReport {
  by: AnalyticsDimension[];
  rows: ParticipationRow[];
  totals: ParticipationRow;
  suppressedCells: number;
  /** Totals shown as ranges (rows, columns and the grand total). */
  rangedTotals: number;
  threshold: number;
  /** The genders reported together as MERGED_GENDER (empty when none are). */
  mergedGenders: string[];
  /** Totals of the first dimension's values (rows) and of the others' (columns), when by two or more. */
  margins: { rows: MarginRow[]; columns: MarginRow[] };
  /** Labels for course and cohort ids in the rows. */
  labels: Record<string, string>;
}

export interface IndicatorRow {
  period: string;
  country: string;
  gender: string;
  participants: Count;
  completions: Count | null;
  suppressed?: boolean;
}

export interface IndicatorReport {
  period: 'month' | 'quarter';
  rows: IndicatorRow[];
  suppressedCells: number;
  threshold: number;
  mergedGenders: string[];
}
