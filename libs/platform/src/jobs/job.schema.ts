import { Schema } from 'mongoose';

/** `queued` (waiting for `runAt`), `running` (claimed by `owner` until `leaseUntil`), then `done` or `failed`. */
export type JobState = 'queued' | 'running' | 'done' | 'failed';

/**
 * One unit of background work (`jobs`). `_id` is `<kind>:<key>` when the caller names the work (enqueueing
 * it again stores nothing), else random. `attempts` counts claims and fences them: every write of a running
 * job's holder names the `owner` and `attempts` it claimed with, so a holder whose lease was taken over
 * changes nothing.
 */
export interface JobDoc {
  _id: string;
  kind: string;
  payload: unknown;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  owner?: string;
  leaseUntil?: Date;
  /** What the handler reported so far (for its own resumption and for readers). */
  progress?: unknown;
  lastError?: string;
  createdAt: Date;
  finishedAt?: Date;
}

export const JOB_MODEL = 'Job';

export const JobSchema = new Schema<JobDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    payload: { type: Schema.Types.Mixed },
    state: { type: String, required: true },
    attempts: { type: Number, required: true },
    maxAttempts: { type: Number, required: true },
    runAt: { type: Date, required: true },
    owner: String,
    leaseUntil: Date,
    progress: { type: Schema.Types.Mixed },
    lastError: String,
    createdAt: { type: Date, required: true },
    finishedAt: Date,
  },
  { collection: 'jobs', versionKey: false, minimize: false },
);
// Due work (queued by `runAt`) and abandoned work (running past `leaseUntil`): equality, then the range (ESR).
JobSchema.index({ state: 1, runAt: 1 });
JobSchema.index({ state: 1, leaseUntil: 1 });
