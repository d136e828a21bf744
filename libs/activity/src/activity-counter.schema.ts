import { Schema } from 'mongoose';

export const ACTIVITY_KINDS = ['message', 'post', 'submission', 'accepted', 'completion', 'lesson'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * Participation counters, kept up to date by the services that record activity, so reports never scan
 * messages or posts. One document per learner, cohort (or course, for lessons), kind and day.
 */
export interface ActivityCounterDoc {
  /** `<userId>|<cohortId>|<courseId>|<kind>|<day>`: the counter is found by primary key. */
  _id: string;
  userId: string;
  cohortId: string;
  courseId: string;
  kind: ActivityKind;
  day: string;
  month: string;
  /** The total. */
  count: number;
  /** Raised by every write (absent on bulk-loaded counters): other nodes apply the newest version they get. */
  v?: number;
}

export const ACTIVITY_COUNTER_MODEL = 'ActivityCounter';

/** Whether a counter of this cohort and kind may be stored: only lessons go without a cohort. */
export function validCounter(e: { cohortId: string; kind: string }): boolean {
  return e.cohortId !== '' || e.kind === 'lesson';
}

function isCohortActivity(this: ActivityCounterDoc): boolean {
  return this.kind !== 'lesson';
}

export const ActivityCounterSchema = new Schema<ActivityCounterDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true, index: true },
    // '' for course-level counters (lessons), which `required` would refuse; every other kind has a cohort.
    cohortId: { type: String, required: [isCohortActivity, 'cohortId is required'], default: '' },
    courseId: { type: String, required: true, index: true },
    kind: { type: String, required: true },
    day: { type: String, required: true, index: true },
    month: { type: String, required: true },
    count: { type: Number, required: true },
    v: { type: Number },
  },
  { collection: 'activity_counters', versionKey: false },
);

/**
 * One person's counts in one course, by cohort, kind and month, kept next to the day counters by the same
 * writes: a report over whole months reads one of these per person and course (about 1,400 in the
 * full-volume academy) instead of one counter per person, kind and day (about 94,000).
 */
export interface ActivityRollupDoc {
  /** `<userId>|<courseId>`. */
  _id: string;
  userId: string;
  courseId: string;
  /** Counts by `<cohortId>|<kind>|<month>` (cohortId '' for lessons). */
  c: Record<string, number>;
  /** Raised by every write, as on the day counters. */
  v: number;
}

export const ACTIVITY_ROLLUP_MODEL = 'ActivityRollup';

export const ActivityRollupSchema = new Schema<ActivityRollupDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    courseId: { type: String, required: true, index: true },
    c: { type: Schema.Types.Mixed, default: {} },
    v: { type: Number, required: true },
  },
  { collection: 'activity_rollups', versionKey: false, minimize: false },
);

/** A finished one-off rebuild of derived counter documents (`_id`: its name). */
export interface ActivityMigrationDoc {
  _id: string;
  at: Date;
}

export const ACTIVITY_MIGRATION_MODEL = 'ActivityMigration';

export const ActivityMigrationSchema = new Schema<ActivityMigrationDoc>(
  { _id: { type: String, required: true }, at: { type: Date, required: true } },
  { collection: 'activity_migrations', versionKey: false },
);
