import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { SubmissionStatus } from '@trainaction/contracts';
import { findManyByField } from '@trainaction/platform';
import { Model, Types } from 'mongoose';
import {
  REVIEW_CLAIM_MODEL,
  SUBMISSION_MODEL,
  SUBMISSION_VERSION_MODEL,
  type ReviewClaimDoc,
  type SubmissionDoc,
  type SubmissionVersionDoc,
} from './submission.schema';

/** A submission is waiting for review until it is returned or accepted. */
export const WAITING_FOR_REVIEW: SubmissionStatus[] = ['submitted', 'in_review'];

export type SubmissionRecord = Omit<SubmissionDoc, '_id'> & { id: string };
export type VersionRecord = SubmissionVersionDoc;

function toRecord({ _id, ...rest }: SubmissionDoc): SubmissionRecord {
  return { ...rest, id: _id.toHexString() };
}

export interface QueueFilter {
  cohortId: string;
  status?: string;
  activityId?: string;
  country?: string;
  late?: boolean;
}

const STATUS_RANK: Record<SubmissionDoc['status'], number> = { submitted: 0, in_review: 1, returned: 2, accepted: 3 };

/**
 * A submission's place in its cohort's review queue, as one string the database sorts and pages on (a range
 * on an indexed string is answered from the index; docs/database.md): the status's rank (waiting work first,
 * then returned, then accepted), the latest version's time in 13-digit milliseconds (oldest first), the id.
 */
export function queueKey(s: { id: string; status: SubmissionDoc['status']; submittedAt?: Date; createdAt: Date }): string {
  return `${STATUS_RANK[s.status]}${String((s.submittedAt ?? s.createdAt).getTime()).padStart(13, '0')}${s.id}`;
}

@Injectable()
export class SubmissionsRepository {
  constructor(
    @InjectModel(SUBMISSION_MODEL) private readonly submissions: Model<SubmissionDoc>,
    @InjectModel(SUBMISSION_VERSION_MODEL) private readonly versions: Model<SubmissionVersionDoc>,
    @InjectModel(REVIEW_CLAIM_MODEL) private readonly claims: Model<ReviewClaimDoc>,
  ) {}

  /** Throws E11000 when the learner already has a submission for this activity in this cohort. */
  async create(submission: Omit<SubmissionDoc, '_id'>): Promise<SubmissionRecord> {
    const _id = new Types.ObjectId();
    const doc = await this.submissions.create({ ...submission, _id, queueKey: queueKey({ ...submission, id: _id.toHexString() }) });
    return toRecord(doc.toObject());
  }

  async createMany(submissions: (Omit<SubmissionDoc, '_id'> & { id: string })[], versions: SubmissionVersionDoc[]): Promise<void> {
    const skipDuplicates = (error: { writeErrors?: { code: number }[] }) => {
      if (!error.writeErrors?.every((e) => e.code === 11000)) throw error;
    };
    const latest = new Map<string, Date>();
    for (const v of versions) if (v.submittedAt > (latest.get(v.submissionId) ?? 0)) latest.set(v.submissionId, v.submittedAt);
    for (let i = 0; i < submissions.length; i += 500) {
      const docs = submissions.slice(i, i + 500).map(({ id, ...rest }) => {
        const submittedAt = latest.get(id) ?? rest.submittedAt;
        return { _id: new Types.ObjectId(id), ...rest, submittedAt, queueKey: queueKey({ ...rest, id, submittedAt }) };
      });
      await this.submissions.insertMany(docs, { ordered: false }).catch(skipDuplicates);
    }
    for (let i = 0; i < versions.length; i += 500)
      await this.versions.insertMany(versions.slice(i, i + 500), { ordered: false }).catch(skipDuplicates);
  }

  /** Erasure: the person's submissions stay for the cohort's records, under a placeholder name. */
  async renameLearner(learnerId: string, name: string): Promise<void> {
    await this.submissions.updateMany({ learnerId }, { $set: { learnerName: name } }).exec();
  }

  async findById(id: string): Promise<SubmissionRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await this.submissions.findById(id).lean<SubmissionDoc>().exec();
    return doc ? toRecord(doc) : null;
  }

  async findOne(activityId: string, cohortId: string, learnerId: string): Promise<SubmissionRecord | null> {
    const doc = await this.submissions.findOne({ activityId, cohortId, learnerId }).lean<SubmissionDoc>().exec();
    return doc ? toRecord(doc) : null;
  }

  /** Changes the submission as read in `current`; its queue position follows its status and latest version's time. */
  async update(
    current: SubmissionRecord,
    set: Partial<SubmissionDoc>,
    unset: (keyof SubmissionDoc)[] = [],
  ): Promise<SubmissionRecord | null> {
    const update: Record<string, unknown> = { $set: { ...set, queueKey: queueKey({ ...current, ...set }) } };
    if (unset.length) update.$unset = Object.fromEntries(unset.map((k) => [k, 1]));
    await this.submissions.updateOne({ _id: current.id }, update).exec();
    return this.findById(current.id);
  }

  /** One page of a cohort's review queue (in `queueKey` order, after the cursor) and how many match in all. */
  async queuePage(
    filter: QueueFilter,
    after: string | undefined,
    limit: number,
  ): Promise<{ items: SubmissionRecord[]; total: number; next?: string }> {
    const query: Record<string, unknown> = { cohortId: filter.cohortId };
    if (filter.status) query.status = filter.status;
    if (filter.activityId) query.activityId = filter.activityId;
    if (filter.country) query.learnerCountry = filter.country;
    if (filter.late !== undefined) query.late = filter.late;
    const [docs, total] = await Promise.all([
      this.submissions
        .find(after ? { ...query, queueKey: { $gt: after } } : query)
        .sort({ queueKey: 1 })
        .limit(limit + 1)
        .lean<SubmissionDoc[]>()
        .exec(),
      this.submissions.countDocuments(query).exec(),
    ]);
    const items = docs.slice(0, limit).map(toRecord);
    return { items, total, next: docs.length > limit ? items.at(-1)?.queueKey : undefined };
  }

  /** Submissions waiting for review (sent, or claimed and under review) in these cohorts: their cohort only. */
  async waitingIn(cohortIds: string[]): Promise<string[]> {
    if (cohortIds.length === 0) return [];
    const docs = await this.submissions
      .find({ status: { $in: WAITING_FOR_REVIEW }, cohortId: { $in: cohortIds } }, { _id: 0, cohortId: 1 })
      .lean<Pick<SubmissionDoc, 'cohortId'>[]>()
      .exec();
    return docs.map((d) => d.cohortId);
  }

  /** A cohort's submissions for one activity, in queue order (at most 500). */
  async ofActivity(cohortId: string, activityId: string): Promise<SubmissionRecord[]> {
    const docs = await this.submissions.find({ cohortId, activityId }).sort({ queueKey: 1 }).limit(500).lean<SubmissionDoc[]>().exec();
    return docs.map(toRecord);
  }

  /**
   * Gives submissions stored before queue positions existed their latest version's time and position, 200
   * at a time; answers how many it changed (0 once there are none left).
   */
  async backfillQueueKeys(): Promise<number> {
    let changed = 0;
    for (;;) {
      const docs = await this.submissions
        .find({ queueKey: { $exists: false } })
        .limit(200)
        .lean<SubmissionDoc[]>()
        .exec();
      if (!docs.length) return changed;
      const latest = new Map<string, Date>();
      for (const v of await this.versionsOf(docs.map((d) => d._id.toHexString()))) latest.set(v.submissionId, v.submittedAt);
      for (const doc of docs) {
        const record = toRecord(doc);
        const submittedAt = latest.get(record.id) ?? record.submittedAt;
        await this.submissions
          .updateOne(
            { _id: doc._id },
            { $set: { ...(submittedAt ? { submittedAt } : {}), queueKey: queueKey({ ...record, submittedAt }) } },
          )
          .exec();
      }
      changed += docs.length;
    }
  }

  async ofLearner(learnerId: string, activityId?: string): Promise<SubmissionRecord[]> {
    const query: Record<string, unknown> = { learnerId };
    if (activityId) query.activityId = activityId;
    const docs = await this.submissions.find(query).sort({ updatedAt: -1 }).lean<SubmissionDoc[]>().exec();
    return docs.map(toRecord);
  }

  /** Throws E11000 when this version number, or this clientSubmissionId, already exists for the submission. */
  async addVersion(version: SubmissionVersionDoc): Promise<void> {
    await this.versions.create(version);
  }

  async versionByClientId(submissionId: string, clientSubmissionId: string): Promise<VersionRecord | null> {
    return this.versions.findOne({ submissionId, clientSubmissionId }, { _id: 0 }).lean<VersionRecord>().exec();
  }

  async versionsOf(submissionIds: string[]): Promise<VersionRecord[]> {
    return (await findManyByField(this.versions, 'submissionId', submissionIds)).sort((a, b) => a.version - b.version);
  }

  async setReview(submissionId: string, version: number, review: NonNullable<SubmissionVersionDoc['review']>): Promise<void> {
    await this.versions.updateOne({ submissionId, version }, { $set: { review } }).exec();
  }

  /** Returns false when someone else holds the claim. */
  async claim(submissionId: string, moderatorId: string): Promise<boolean> {
    try {
      await this.claims.create({ submissionId, moderatorId, claimedAt: new Date() });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      return (await this.claims.exists({ submissionId, moderatorId }).exec()) !== null;
    }
  }

  async releaseClaim(submissionId: string): Promise<void> {
    await this.claims.deleteOne({ submissionId }).exec();
  }

  async claimOf(submissionId: string): Promise<ReviewClaimDoc | null> {
    return this.claims.findOne({ submissionId }).lean<ReviewClaimDoc>().exec();
  }
}
