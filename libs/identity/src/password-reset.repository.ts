import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import {
  PASSWORD_RESET_REQUEST_MODEL,
  PASSWORD_RESET_TOKEN_MODEL,
  PASSWORD_RESET_USE_MODEL,
  type PasswordResetRequestDoc,
  type PasswordResetTokenDoc,
  type PasswordResetUseDoc,
} from './password-reset.schema';

export type ResetTokenRecord = Omit<PasswordResetTokenDoc, '_id'> & { id: string };
export type ResetRequestFilter = { account: string } | { address: string };

@Injectable()
export class PasswordResetRepository {
  constructor(
    @InjectModel(PASSWORD_RESET_TOKEN_MODEL) private readonly tokens: Model<PasswordResetTokenDoc>,
    @InjectModel(PASSWORD_RESET_USE_MODEL) private readonly uses: Model<PasswordResetUseDoc>,
    @InjectModel(PASSWORD_RESET_REQUEST_MODEL) private readonly requests: Model<PasswordResetRequestDoc>,
  ) {}

  async insertToken(token: Pick<PasswordResetTokenDoc, 'userId' | 'secretHash' | 'expiresAt'>): Promise<ResetTokenRecord> {
    const doc = await this.tokens.create(token);
    const { _id, ...rest } = doc.toObject();
    return { ...rest, id: _id.toHexString() };
  }

  async findToken(id: string): Promise<ResetTokenRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await this.tokens.findById(id).lean<PasswordResetTokenDoc>().exec();
    if (!doc) return null;
    const { _id, ...rest } = doc;
    return { ...rest, id: _id.toHexString() };
  }

  /** The single use of a token: true for the one caller whose insert wins. */
  async consume(tokenId: string, at: Date): Promise<boolean> {
    try {
      await this.uses.create({ _id: tokenId, at });
      return true;
    } catch (error) {
      if ((error as { code?: number })?.code === 11000) return false;
      throw error;
    }
  }

  /** Every unused link of the account stops working (after a reset with one of them). */
  async markAllUsed(userId: string, at: Date): Promise<void> {
    await this.tokens.updateMany({ userId, usedAt: { $exists: false } }, { $set: { usedAt: at } }).exec();
  }

  async recordRequest(request: PasswordResetRequestDoc): Promise<void> {
    await this.requests.create(request);
  }

  async countRequests(filter: ResetRequestFilter, since: Date): Promise<number> {
    return this.requests.countDocuments({ ...filter, at: { $gte: since } }).exec();
  }

  /** `at` of the n-th newest request matching `filter` since `since`, or null when fewer match. */
  async nthNewestRequestAt(filter: ResetRequestFilter, since: Date, n: number): Promise<Date | null> {
    const [doc] = await this.requests
      .find({ ...filter, at: { $gte: since } }, { at: 1 })
      .sort({ at: -1 })
      .skip(n - 1)
      .limit(1)
      .lean<Pick<PasswordResetRequestDoc, 'at'>[]>()
      .exec();
    return doc?.at ?? null;
  }

  /** Requests past the window and links expired a week ago go; there are no TTL indexes on the embedded database. */
  async prune(requestsBefore: Date, tokensExpiredBefore: Date): Promise<void> {
    await this.requests.deleteMany({ at: { $lt: requestsBefore } }).exec();
    await this.tokens.deleteMany({ expiresAt: { $lt: tokensExpiredBefore } }).exec();
  }
}
