import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { FLAG_MODEL, SAFEGUARDING_MODEL, type FlagDoc, type SafeguardingContactDoc } from './moderation.schema';

export type FlagRecord = Omit<FlagDoc, '_id'> & { id: string };

function toFlag({ _id, ...rest }: FlagDoc): FlagRecord {
  return { ...rest, id: _id.toHexString() };
}

@Injectable()
export class ModerationRepository {
  constructor(
    @InjectModel(FLAG_MODEL) private readonly flags: Model<FlagDoc>,
    @InjectModel(SAFEGUARDING_MODEL) private readonly contacts: Model<SafeguardingContactDoc>,
  ) {}

  /** Throws E11000 when this reporter already flagged this item. */
  async createFlag(flag: Omit<FlagDoc, '_id'>): Promise<FlagRecord> {
    return toFlag((await this.flags.create(flag)).toObject());
  }

  async findFlag(id: string): Promise<FlagRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await this.flags.findById(id).lean<FlagDoc>().exec();
    return doc ? toFlag(doc) : null;
  }

  async findFlagOf(targetKey: string, reporterId: string): Promise<FlagRecord | null> {
    const doc = await this.flags.findOne({ targetKey, reporterId }).lean<FlagDoc>().exec();
    return doc ? toFlag(doc) : null;
  }

  async flagsOf(cohortId: string, options: { state?: string; includeSafeguarding: boolean }): Promise<FlagRecord[]> {
    const filter: Record<string, unknown> = { cohortId };
    if (options.state) filter.state = options.state;
    if (!options.includeSafeguarding) filter.reason = { $ne: 'safeguarding' };
    const docs = await this.flags.find(filter).sort({ _id: -1 }).limit(500).lean<FlagDoc[]>().exec();
    return docs.map(toFlag);
  }

  /** Flags open or in progress in these cohorts, their cohort and reason only (read through the `state` index). */
  async unresolvedIn(cohortIds: string[]): Promise<Pick<FlagDoc, 'cohortId' | 'reason'>[]> {
    if (cohortIds.length === 0) return [];
    return this.flags
      .find({ state: { $in: ['open', 'in_progress'] }, cohortId: { $in: cohortIds } }, { _id: 0, cohortId: 1, reason: 1 })
      .lean<Pick<FlagDoc, 'cohortId' | 'reason'>[]>()
      .exec();
  }

  /** Of these cohorts, those where the person is a safeguarding contact. */
  async contactIn(userId: string, cohortIds: string[]): Promise<string[]> {
    if (cohortIds.length === 0) return [];
    const docs = await this.contacts
      .find({ cohortId: { $in: cohortIds }, userId }, { _id: 0, cohortId: 1 })
      .lean<SafeguardingContactDoc[]>()
      .exec();
    return docs.map((d) => d.cohortId);
  }

  async updateFlag(
    id: string,
    set: Partial<FlagDoc>,
    unset: (keyof FlagDoc)[],
    note?: FlagDoc['notes'][number],
  ): Promise<FlagRecord | null> {
    const update: Record<string, unknown> = { $set: set };
    if (unset.length) update.$unset = Object.fromEntries(unset.map((k) => [k, 1]));
    if (note) update.$push = { notes: note };
    await this.flags.updateOne({ _id: id }, update).exec();
    return this.findFlag(id);
  }

  async safeguardingContacts(cohortId: string): Promise<string[]> {
    return (await this.contacts.find({ cohortId }).lean<SafeguardingContactDoc[]>().exec()).map((c) => c.userId);
  }

  async setSafeguardingContacts(cohortId: string, userIds: string[]): Promise<void> {
    await this.contacts.deleteMany({ cohortId, userId: { $nin: userIds } }).exec();
    for (const userId of userIds) {
      await this.contacts
        .updateOne({ cohortId, userId }, { $setOnInsert: { cohortId, userId } }, { upsert: true })
        .exec()
        .catch((error: { code?: number }) => {
          if (error.code !== 11000) throw error;
        });
    }
  }
}
