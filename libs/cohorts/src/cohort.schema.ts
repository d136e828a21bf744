import { Schema, Types } from 'mongoose';
import type { CohortStatus, ImportJobView, ImportRowReport, MemberRole } from '@trainaction/contracts';

export interface CohortDoc {
  _id: Types.ObjectId;
  courseId: string;
  name: string;
  countries: string[];
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  capacity?: number;
  status: CohortStatus;
  enrollmentMode: 'coordinator' | 'open';
  createdAt: Date;
  updatedAt: Date;
}

export const COHORT_MODEL = 'Cohort';

export const CohortSchema = new Schema<CohortDoc>(
  {
    courseId: { type: String, required: true, index: true },
    name: { type: String, required: true },
    countries: { type: [String], required: true, index: true },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    timezone: { type: String, required: true },
    capacity: { type: Number },
    status: { type: String, required: true },
    enrollmentMode: { type: String, required: true },
  },
  { collection: 'cohorts', timestamps: true, versionKey: false },
);
// Cohorts running now: read from those not ended yet, however many ended before.
CohortSchema.index({ endsAt: 1 });

/**
 * A person's place in a cohort. Its id is `<cohortId>:<userId>`, so the membership check on every request is
 * a primary-key lookup (FerretDB scans for any other filter), and enrolling twice is a no-op.
 */
export interface MembershipDoc {
  _id: string;
  cohortId: string;
  courseId: string;
  userId: string;
  role: MemberRole;
  /** Sanctions set by the cohort's moderators: muted members read but cannot post; banned ones are out. */
  mutedUntil?: Date;
  bannedUntil?: Date;
  /** The moderator's words for each sanction, shown to the person it concerns. */
  muteReason?: string;
  banReason?: string;
  /** The roster import that enrolled the person, so that an import resumed after a crash knows its own work. */
  importId?: string;
  createdAt: Date;
}

export const MEMBERSHIP_MODEL = 'Membership';

export const MembershipSchema = new Schema<MembershipDoc>(
  {
    _id: { type: String, required: true },
    cohortId: { type: String, required: true, index: true },
    courseId: { type: String, required: true, index: true },
    userId: { type: String, required: true, index: true },
    role: { type: String, required: true },
    mutedUntil: Date,
    bannedUntil: Date,
    muteReason: String,
    banReason: String,
    importId: String,
  },
  { collection: 'memberships', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
MembershipSchema.index({ cohortId: 1, userId: 1 }, { unique: true });

export interface ImportJobDoc extends Omit<ImportJobView, 'id'> {
  _id: Types.ObjectId;
  createdBy: string;
  /** While running: the reports of every row done so far (`rows` gets them at the end), so a resumed run has them. */
  reported?: ImportRowReport[];
  createdAt: Date;
}

export const IMPORT_JOB_MODEL = 'ImportJob';

export const ImportJobSchema = new Schema<ImportJobDoc>(
  {
    cohortId: { type: String, required: true, index: true },
    createdBy: { type: String, required: true },
    status: { type: String, required: true },
    total: { type: Number, required: true },
    processed: { type: Number, required: true },
    counts: { type: Schema.Types.Mixed, required: true },
    rows: { type: Schema.Types.Mixed, default: [] },
    reported: { type: Schema.Types.Mixed },
  },
  { collection: 'import_jobs', timestamps: { createdAt: true, updatedAt: false }, versionKey: false, minimize: false },
);
