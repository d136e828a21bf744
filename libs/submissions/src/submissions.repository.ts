import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
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

@Injectable()
export class SubmissionsRepository {
  constructor(
    @InjectModel(SUBMISSION_MODEL) private readonly submissions: Model<SubmissionDoc>,
    @InjectModel(SUBMISSION_VERSION_MODEL) private readonly versions: Model<SubmissionVersionDoc>,
    @InjectModel(REVIEW_CLAIM_MODEL) private readonly claims: Model<ReviewClaimDoc>,
  ) {}

  /** Throws E11000 when the learner already has a submission for this activity in this cohort. */
  async create(submission: Omit<SubmissionDoc, '_id'>): Promise<SubmissionRecord> {
    const doc = await this.submissions.create(submission);
    return toRecord(doc.toObject());
  }

  async createMany(submissions: (Omit<SubmissionDoc, '_id'> & { id: string })[], versions: SubmissionVersionDoc[]): Promise<void> {
    const skipDuplicates = (error: { writeErrors?: { code: number }[] }) => {
      if (!error.writeErrors?.every((e) => e.code === 11000)) throw error;
    };
    for (let i = 0; i < submissions.length; i += 500) {
      const docs = submissions.slice(i, i + 500).map(({ id, ...rest }) => ({ _id: new Types.ObjectId(id), ...rest }));
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

  async update(id: string, set: Partial<SubmissionDoc>, unset: (keyof SubmissionDoc)[] = []): Promise<SubmissionRecord | null> {
    const update: Record<string, unknown> = { $set: set };
    if (unset.length) update.$unset = Object.fromEntries(unset.map((k) => [k, 1]));
    await this.submissions.updateOne({ _id: id }, update).exec();
    return this.findById(id);
  }

  async queue(filter: QueueFilter): Promise<SubmissionRecord[]> {
    const query: Record<string, unknown> = { cohortId: filter.cohortId };
    if (filter.status) query.status = filter.status;
    if (filter.activityId) query.activityId = filter.activityId;
    if (filter.country) query.learnerCountry = filter.country;
    if (filter.late !== undefined) query.late = filter.late;
    const docs = await this.submissions.find(query).sort({ updatedAt: 1 }).limit(500).lean<SubmissionDoc[]>().exec();
    return docs.map(toRecord);
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
