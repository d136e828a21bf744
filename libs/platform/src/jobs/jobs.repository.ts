import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { JOB_MODEL, type JobDoc } from './job.schema';

/** A claim on a running job: its holder's writes match all three, so a claim taken over writes nothing. */
export interface Lease {
  id: string;
  owner: string;
  attempts: number;
}

export interface ClaimedJob {
  lease: Lease;
  kind: string;
  payload: unknown;
  maxAttempts: number;
  progress: unknown;
}

export type NewJob = Pick<JobDoc, '_id' | 'kind' | 'payload' | 'maxAttempts' | 'runAt'>;

function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number }).code === 11000;
}

const RELEASED = { $unset: { owner: 1, leaseUntil: 1 } };

/**
 * The `jobs` collection. Claims are conditional single-document updates (atomic on MongoDB and on the
 * embedded engine, docs/database.md rule 6): a queued job is claimed by whoever moves it from its `attempts`
 * first; an abandoned one (running, lease ended) by whoever moves it from its holder and `attempts` first.
 */
@Injectable()
export class JobsRepository {
  constructor(@InjectModel(JOB_MODEL) private readonly jobs: Model<JobDoc>) {}

  /** Stores the job unless one with its id exists; either way answers its id. */
  async insert(job: NewJob, now: Date): Promise<{ id: string; created: boolean }> {
    try {
      await this.jobs.create({ ...job, state: 'queued', attempts: 0, createdAt: now });
      return { id: job._id, created: true };
    } catch (error) {
      if (isDuplicateKey(error)) return { id: job._id, created: false };
      throw error;
    }
  }

  async find(id: string): Promise<JobDoc | null> {
    return this.jobs.findById(id).lean<JobDoc>().exec();
  }

  /** Jobs of these kinds that may be claimed now: abandoned ones first, then queued ones by due time. */
  async claimable(kinds: string[], now: Date, limit: number): Promise<JobDoc[]> {
    const kind = { $in: kinds };
    const [abandoned, due] = await Promise.all([
      this.jobs
        .find({ state: 'running', leaseUntil: { $lt: now }, kind })
        .sort({ leaseUntil: 1 })
        .limit(limit)
        .lean<JobDoc[]>()
        .exec(),
      this.jobs
        .find({ state: 'queued', runAt: { $lte: now }, kind })
        .sort({ runAt: 1 })
        .limit(limit)
        .lean<JobDoc[]>()
        .exec(),
    ]);
    return [...abandoned, ...due].slice(0, limit);
  }

  /** Claims `job` (as read by `claimable`) for `owner` until `leaseUntil`, or answers null when another claim came first. */
  async claim(job: JobDoc, owner: string, now: Date, leaseUntil: Date): Promise<ClaimedJob | null> {
    const claimed = await this.jobs
      .updateOne(this.unchanged(job, now), { $set: { state: 'running', owner, leaseUntil }, $inc: { attempts: 1 } })
      .exec();
    if (claimed.modifiedCount !== 1) return null;
    const lease = { id: job._id, owner, attempts: job.attempts + 1 };
    return { lease, kind: job.kind, payload: job.payload, maxAttempts: job.maxAttempts, progress: job.progress };
  }

  /** An abandoned job (as read by `claimable`) that has had all its attempts: failed, unless another node came first. */
  async failAbandoned(job: JobDoc, error: string, now: Date): Promise<boolean> {
    const res = await this.jobs
      .updateOne(this.unchanged(job, now), { $set: { state: 'failed', finishedAt: now, lastError: error }, ...RELEASED })
      .exec();
    return res.modifiedCount === 1;
  }

  /** Extends the lease, and stores progress when given; false when the lease is no longer this holder's. */
  async renew(lease: Lease, leaseUntil: Date, progress?: unknown): Promise<boolean> {
    const set = progress === undefined ? { leaseUntil } : { leaseUntil, progress };
    return (await this.jobs.updateOne(this.held(lease), { $set: set }).exec()).matchedCount === 1;
  }

  /** Done: the payload goes (it may hold people's details, such as a roster's rows, and is needed no more). */
  async complete(lease: Lease, now: Date): Promise<boolean> {
    const res = await this.jobs
      .updateOne(this.held(lease), { $set: { state: 'done', finishedAt: now }, $unset: { owner: 1, leaseUntil: 1, payload: 1 } })
      .exec();
    return res.matchedCount === 1;
  }

  /** A failed attempt: queued again for `runAt`, or failed for good without one. */
  async fail(lease: Lease, error: string, now: Date, runAt?: Date): Promise<boolean> {
    return this.settle(
      lease,
      runAt ? { state: 'queued', runAt, lastError: error } : { state: 'failed', finishedAt: now, lastError: error },
    );
  }

  /** The holder stops (shutdown) before the job ends: queued again at once, without spending the attempt. */
  async release(lease: Lease, now: Date): Promise<boolean> {
    const res = await this.jobs
      .updateOne(this.held(lease), { $set: { state: 'queued', runAt: now }, $inc: { attempts: -1 }, ...RELEASED })
      .exec();
    return res.matchedCount === 1;
  }

  /** Deletes jobs that finished (done or failed) before `before`, in batches (docs/database.md rule 8); answers how many. */
  async prune(before: Date, batch = 500): Promise<number> {
    let deleted = 0;
    for (const state of ['done', 'failed'] as const) {
      for (;;) {
        const ids = (
          await this.jobs
            .find({ state, finishedAt: { $lt: before } }, { _id: 1 })
            .limit(batch)
            .lean<{ _id: string }[]>()
            .exec()
        ).map((d) => d._id);
        if (ids.length === 0) break;
        deleted += (await this.jobs.deleteMany({ _id: { $in: ids } }).exec()).deletedCount;
        if (ids.length < batch) break;
      }
    }
    return deleted;
  }

  /** Jobs not finished (queued or running), all kinds and nodes: the queue's depth. */
  async countOpen(): Promise<number> {
    return this.jobs.countDocuments({ state: { $in: ['queued', 'running'] } }).exec();
  }

  private async settle(lease: Lease, set: Partial<JobDoc>): Promise<boolean> {
    return (await this.jobs.updateOne(this.held(lease), { $set: set, ...RELEASED }).exec()).matchedCount === 1;
  }

  /** `job` as it was read: still queued with those attempts, or still held by that owner with its lease ended. */
  private unchanged(job: JobDoc, now: Date): Record<string, unknown> {
    return job.state === 'queued'
      ? { _id: job._id, state: 'queued', attempts: job.attempts }
      : { _id: job._id, state: 'running', attempts: job.attempts, owner: job.owner, leaseUntil: { $lt: now } };
  }

  private held(lease: Lease): Record<string, unknown> {
    return { _id: lease.id, state: 'running', owner: lease.owner, attempts: lease.attempts };
  }
}
