import type { ReviewView, SubmissionStatus } from '@trainaction/contracts';
import { Schema, Types } from 'mongoose';

/** One learner's work on one activity in one cohort; its versions are separate documents. */
export interface SubmissionDoc {
  _id: Types.ObjectId;
  activityId: string;
  cohortId: string;
  courseId: string;
  learnerId: string;
  learnerName: string;
  learnerCountry: string;
  status: SubmissionStatus;
  version: number;
  late: boolean;
  dueAt?: Date;
  claimedBy?: string;
  claimedByName?: string;
  score?: number;
  /** When the latest version was sent (absent until the first one). */
  submittedAt?: Date;
  /** The review queue's order and cursor (`queueKey` in submissions.repository.ts), kept with `status` and `submittedAt`. */
  queueKey?: string;
  createdAt: Date;
  updatedAt: Date;
}

export const SUBMISSION_MODEL = 'Submission';

export const SubmissionSchema = new Schema<SubmissionDoc>(
  {
    activityId: { type: String, required: true, index: true },
    cohortId: { type: String, required: true, index: true },
    courseId: { type: String, required: true, index: true },
    learnerId: { type: String, required: true, index: true },
    learnerName: { type: String, required: true },
    learnerCountry: { type: String, required: true },
    status: { type: String, required: true },
    version: { type: Number, required: true },
    late: { type: Boolean, required: true },
    dueAt: Date,
    claimedBy: String,
    claimedByName: String,
    score: Number,
    submittedAt: Date,
    queueKey: String,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'submissions', versionKey: false },
);
// A cohort's review queue, a page at a time in queue order (a status filter narrows it on the second column).
SubmissionSchema.index({ cohortId: 1, queueKey: 1 });
SubmissionSchema.index({ cohortId: 1, status: 1, queueKey: 1 });
SubmissionSchema.index({ activityId: 1, cohortId: 1, learnerId: 1 }, { unique: true });
// Work waiting for review across cohorts (a coordinator's home): read by status, whatever else the cohorts hold.
SubmissionSchema.index({ status: 1, cohortId: 1 });

/**
 * A submitted version. Unique per (submission, version) so two resubmissions cannot both become version N,
 * and per (submission, clientSubmissionId) so a retried submit stores nothing new.
 */
export interface SubmissionVersionDoc {
  submissionId: string;
  version: number;
  clientSubmissionId: string;
  body: string;
  links: string[];
  /** Stored files sent with this version (libs/files, kind `submission-version`); absent when none. */
  attachmentIds?: string[];
  submittedAt: Date;
  late: boolean;
  review?: Omit<ReviewView, 'reviewedAt'> & { reviewedAt: Date };
}

export const SUBMISSION_VERSION_MODEL = 'SubmissionVersion';

export const SubmissionVersionSchema = new Schema<SubmissionVersionDoc>(
  {
    submissionId: { type: String, required: true, index: true },
    version: { type: Number, required: true },
    clientSubmissionId: { type: String, required: true },
    body: { type: String, required: true },
    links: { type: [String], default: [] },
    attachmentIds: { type: [String], default: undefined },
    submittedAt: { type: Date, required: true },
    late: { type: Boolean, required: true },
    review: { type: Schema.Types.Mixed },
  },
  { collection: 'submission_versions', versionKey: false, minimize: false },
);
SubmissionVersionSchema.index({ submissionId: 1, version: 1 }, { unique: true });
SubmissionVersionSchema.index({ submissionId: 1, clientSubmissionId: 1 }, { unique: true });

/** A moderator's claim on a submission: the unique index lets exactly one of two claimants win. */
export interface ReviewClaimDoc {
  submissionId: string;
  moderatorId: string;
  claimedAt: Date;
}

export const REVIEW_CLAIM_MODEL = 'ReviewClaim';

export const ReviewClaimSchema = new Schema<ReviewClaimDoc>(
  {
    submissionId: { type: String, required: true, unique: true },
    moderatorId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { collection: 'review_claims', versionKey: false },
);
