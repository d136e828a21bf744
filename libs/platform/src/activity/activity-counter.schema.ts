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
