import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import {
  ACCOUNT_LINK_MODEL,
  ACCOUNT_LINK_USE_MODEL,
  type AccountLinkDoc,
  type AccountLinkPurpose,
  type AccountLinkUseDoc,
} from './account-link.schema';

export type AccountLinkRecord = Omit<AccountLinkDoc, '_id'> & { id: string };
export type NewAccountLink = Pick<AccountLinkDoc, 'purpose' | 'userId' | 'secretHash' | 'expiresAt' | 'context'>;

function toRecord({ _id, ...rest }: AccountLinkDoc): AccountLinkRecord {
  return { ...rest, id: _id.toHexString() };
}

@Injectable()
export class AccountLinksRepository {
  constructor(
    @InjectModel(ACCOUNT_LINK_MODEL) private readonly links: Model<AccountLinkDoc>,
    @InjectModel(ACCOUNT_LINK_USE_MODEL) private readonly uses: Model<AccountLinkUseDoc>,
  ) {}

  async insert(link: NewAccountLink): Promise<AccountLinkRecord> {
    const doc = await this.links.create(link);
    return toRecord(doc.toObject());
  }

  async find(id: string): Promise<AccountLinkRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await this.links.findById(id).lean<AccountLinkDoc>().exec();
    return doc ? toRecord(doc) : null;
  }

  /** The single use of a link: true for the one caller whose insert wins. */
  async consume(linkId: string, at: Date): Promise<boolean> {
    try {
      await this.uses.create({ _id: linkId, at });
      return true;
    } catch (error) {
      if ((error as { code?: number })?.code === 11000) return false;
      throw error;
    }
  }

  /** Before a new link goes out: the person's earlier live links of that purpose stop working. */
  async replaceLive(purpose: AccountLinkPurpose, userId: string, at: Date): Promise<void> {
    await this.links
      .updateMany({ userId, purpose, usedAt: { $exists: false }, replacedAt: { $exists: false } }, { $set: { replacedAt: at } })
      .exec();
  }

  /** After a use: every other unused link of that purpose and person works no more. */
  async markAllUsed(purpose: AccountLinkPurpose, userId: string, at: Date): Promise<void> {
    await this.links.updateMany({ userId, purpose, usedAt: { $exists: false } }, { $set: { usedAt: at } }).exec();
  }

  /** `createdAt` of the n-th newest link of that purpose and person since `since`, or null when fewer. */
  async nthNewestIssuedAt(purpose: AccountLinkPurpose, userId: string, since: Date, n: number): Promise<Date | null> {
    const [doc] = await this.links
      .find({ userId, purpose, createdAt: { $gte: since } }, { createdAt: 1 })
      .sort({ createdAt: -1 })
      .skip(n - 1)
      .limit(1)
      .lean<Pick<AccountLinkDoc, 'createdAt'>[]>()
      .exec();
    return doc?.createdAt ?? null;
  }

  /** Links expired before `before` go, and their uses; there are no TTL indexes on the embedded database. */
  async prune(before: Date): Promise<void> {
    await this.links.deleteMany({ expiresAt: { $lt: before } }).exec();
    await this.uses.deleteMany({ at: { $lt: before } }).exec();
  }
}
