import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { LOGIN_FAILURE_MODEL, REFRESH_TOKEN_MODEL, type LoginFailureDoc, type RefreshTokenDoc } from './session.schema';

export type RefreshTokenRecord = Omit<RefreshTokenDoc, '_id'> & { id: string };

/** Which failed sign-ins to count: to one account, from one address, or both. */
export type LoginFailureFilter = { account: string; address?: string } | { account?: string; address: string };

@Injectable()
export class SessionsRepository {
  constructor(
    @InjectModel(REFRESH_TOKEN_MODEL) private readonly tokens: Model<RefreshTokenDoc>,
    @InjectModel(LOGIN_FAILURE_MODEL) private readonly failures: Model<LoginFailureDoc>,
  ) {}

  /** Throws a duplicate-key error when `parentId` already has a successor. */
  async insertToken(token: Omit<RefreshTokenDoc, '_id' | 'createdAt'>): Promise<RefreshTokenRecord> {
    const doc = await this.tokens.create(token);
    const { _id, ...rest } = doc.toObject();
    return { ...rest, id: _id.toHexString() };
  }

  async findToken(id: string): Promise<RefreshTokenRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await this.tokens.findById(id).lean<RefreshTokenDoc>().exec();
    if (!doc) return null;
    const { _id, ...rest } = doc;
    return { ...rest, id: _id.toHexString() };
  }

  async hasSuccessor(tokenId: string): Promise<boolean> {
    return (await this.tokens.exists({ parentId: tokenId }).exec()) !== null;
  }

  async isFamilyRevoked(familyId: string): Promise<boolean> {
    return (await this.tokens.exists({ familyId, revokedAt: { $exists: true } }).exec()) !== null;
  }

  async revokeFamily(familyId: string, at: Date): Promise<void> {
    await this.tokens.updateMany({ familyId, revokedAt: { $exists: false } }, { $set: { revokedAt: at } }).exec();
  }

  async revokeAllForUser(userId: string, at: Date): Promise<string[]> {
    const families: string[] = await this.tokens.distinct('familyId', { userId, revokedAt: { $exists: false } }).exec();
    await this.tokens.updateMany({ userId, revokedAt: { $exists: false } }, { $set: { revokedAt: at } }).exec();
    return families;
  }

  /**
   * `at` of the n-th newest failure matching `filter` since `since`, or null when fewer match. With n the
   * limit, it says both that the limit is reached and when the count drops below it (that failure leaves
   * the window first among the ones that keep the limit reached).
   */
  async nthNewestFailureAt(filter: LoginFailureFilter, since: Date, n: number): Promise<Date | null> {
    const [doc] = await this.failures
      .find({ ...filter, at: { $gte: since } }, { at: 1 })
      .sort({ at: -1 })
      .skip(n - 1)
      .limit(1)
      .lean<Pick<LoginFailureDoc, 'at'>[]>()
      .exec();
    return doc?.at ?? null;
  }

  async countFailures(filter: LoginFailureFilter, since: Date): Promise<number> {
    return this.failures.countDocuments({ ...filter, at: { $gte: since } }).exec();
  }

  async recordFailure(failure: LoginFailureDoc): Promise<void> {
    await this.failures.create(failure);
  }

  /** After a correct password: this address's failures on this account stop counting anywhere. */
  async clearFailures(account: string, address: string): Promise<void> {
    await this.failures.deleteMany({ account, address }).exec();
  }

  /** Drops failures older than the window; there are no TTL indexes on the embedded database. */
  async pruneFailures(before: Date): Promise<void> {
    await this.failures.deleteMany({ at: { $lt: before } }).exec();
  }
}
