import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { MailPreferences, NotificationParams } from '@trainaction/contracts';
import { findManyByField } from '@trainaction/platform';
import { Model, Types } from 'mongoose';
import {
  DIGEST_CLAIM_MODEL,
  NOTIFICATION_MIGRATION_MODEL,
  NOTIFICATION_MODEL,
  NOTIFICATION_PREFS_MODEL,
  type DigestClaimDoc,
  type MigrationDoc,
  type NotificationDoc,
  type NotificationPrefsDoc,
} from './notification.schema';

export type NotificationRecord = Omit<NotificationDoc, '_id'> & { id: string };
export type NewNotificationRecord = Omit<NotificationDoc, '_id' | 'readAt'>;
export type DigestClaim = Omit<DigestClaimDoc, '_id'>;

function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number })?.code === 11000;
}

function toRecord({ _id, ...rest }: NotificationDoc): NotificationRecord {
  return { ...rest, id: _id.toHexString() };
}

/** Notifications, mail preferences and digest claims: the only mongoose user of this library. */
@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectModel(NOTIFICATION_MODEL) private readonly notifications: Model<NotificationDoc>,
    @InjectModel(NOTIFICATION_PREFS_MODEL) private readonly prefs: Model<NotificationPrefsDoc>,
    @InjectModel(DIGEST_CLAIM_MODEL) private readonly digests: Model<DigestClaimDoc>,
    @InjectModel(NOTIFICATION_MIGRATION_MODEL) private readonly migrations: Model<MigrationDoc>,
  ) {}

  /** Stores it unless this person already has one with this key; null then. */
  async insert(notification: NewNotificationRecord): Promise<NotificationRecord | null> {
    try {
      const doc = await this.notifications.create(notification);
      return toRecord(doc.toObject());
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  }

  async list(userId: string, options: { unreadOnly?: boolean; since?: Date; limit: number }): Promise<NotificationRecord[]> {
    const filter: Record<string, unknown> = { userId };
    if (options.unreadOnly) filter.readAt = { $exists: false };
    if (options.since) filter.createdAt = { $gte: options.since };
    const docs = await this.notifications.find(filter).sort({ _id: -1 }).limit(options.limit).lean<NotificationDoc[]>().exec();
    return docs.map(toRecord);
  }

  countUnread(userId: string): Promise<number> {
    return this.notifications.countDocuments({ userId, readAt: { $exists: false } }).exec();
  }

  async markRead(userId: string, ids: string[] | 'all', at: Date): Promise<void> {
    const filter: Record<string, unknown> = { userId, readAt: { $exists: false } };
    if (ids !== 'all') filter._id = { $in: ids.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id)) };
    await this.notifications.updateMany(filter, { $set: { readAt: at } }).exec();
  }

  /** Unread notifications created after `since` and up to `until`, of these kinds, oldest first. */
  async unreadBetween(since: Date, until: Date, kinds: readonly string[], userId?: string): Promise<NotificationRecord[]> {
    const filter: Record<string, unknown> = { createdAt: { $gt: since, $lte: until }, readAt: { $exists: false }, kind: { $in: kinds } };
    if (userId) filter.userId = userId;
    const docs = await this.notifications.find(filter).sort({ createdAt: 1 }).lean<NotificationDoc[]>().exec();
    return docs.map(toRecord);
  }

  /** Erasure: the person's notifications, preferences and digest claims, `batch` at a time (rule 8). */
  async deleteUser(userId: string, batch = 200): Promise<void> {
    for (;;) {
      const docs = await this.notifications.find({ userId }, { _id: 1 }).limit(batch).lean<Pick<NotificationDoc, '_id'>[]>().exec();
      if (docs.length) await this.notifications.deleteMany({ _id: { $in: docs.map((d) => d._id) } }).exec();
      if (docs.length < batch) break;
    }
    await this.prefs.deleteOne({ userId }).exec();
    await this.digests.deleteMany({ userId }).exec();
  }

  async preferences(userId: string): Promise<NotificationPrefsDoc | null> {
    return this.prefs.findOne({ userId }, { _id: 0 }).lean<NotificationPrefsDoc>().exec();
  }

  async preferencesOf(userIds: string[]): Promise<NotificationPrefsDoc[]> {
    return findManyByField(this.prefs, 'userId', userIds);
  }

  /** Replaces the older single `digest` choice, if any, with the choice per group. */
  async savePreferences(userId: string, mail: MailPreferences): Promise<void> {
    const write = () => this.prefs.updateOne({ userId }, { $set: { mail }, $unset: { digest: 1 } }, { upsert: true }).exec();
    // Two first saves at once: one upsert inserts, the other fails on the unique index and writes again.
    await write().catch((error: unknown) => (isDuplicateKey(error) ? write() : Promise.reject(error)));
  }

  /** The newest digest claims from `since` on, newest first. */
  async digestClaimsSince(since: Date): Promise<DigestClaim[]> {
    const docs = await this.digests
      .find({ until: { $gte: since } }, { _id: 0 })
      .sort({ until: -1 })
      .lean<DigestClaimDoc[]>()
      .exec();
    return docs;
  }

  /** The person's newest digest claim. */
  async lastDigestOf(userId: string): Promise<DigestClaim | null> {
    return this.digests.findOne({ userId }, { _id: 0 }).sort({ until: -1 }).lean<DigestClaimDoc>().exec();
  }

  /** Claims one person's digest of one local day; false when it was claimed already (by this or another node). */
  async claimDigest(claim: DigestClaim): Promise<boolean> {
    try {
      await this.digests.create({ _id: `${claim.userId}#${claim.day}`, ...claim });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async pruneDigests(before: Date): Promise<void> {
    const old = await this.digests
      .find({ until: { $lt: before } }, { _id: 1 })
      .limit(200)
      .lean<Pick<DigestClaimDoc, '_id'>[]>()
      .exec();
    if (old.length) await this.digests.deleteMany({ _id: { $in: old.map((d) => d._id) } }).exec();
  }

  // Startup migration of notifications stored as Spanish sentences.

  async migrated(name: string): Promise<boolean> {
    return (await this.migrations.exists({ _id: name }).exec()) !== null;
  }

  async recordMigrated(name: string, at: Date): Promise<void> {
    await this.migrations.create({ _id: name, at }).catch((error: unknown) => {
      if (!isDuplicateKey(error)) throw error;
    });
  }

  /** Notifications without parameters after `afterId`, in `_id` order. */
  async withoutParams(afterId: string | undefined, limit: number): Promise<NotificationRecord[]> {
    const filter: Record<string, unknown> = { params: { $exists: false } };
    if (afterId) filter._id = { $gt: new Types.ObjectId(afterId) };
    const docs = await this.notifications.find(filter).sort({ _id: 1 }).limit(limit).lean<NotificationDoc[]>().exec();
    return docs.map(toRecord);
  }

  /** Gives a stored sentence its parameters; the sentence goes unless it is still needed (`keepText`). */
  async setParams(id: string, params: NotificationParams, keepText: boolean): Promise<void> {
    const update = keepText ? { $set: { params } } : { $set: { params }, $unset: { text: 1 } };
    await this.notifications.updateOne({ _id: id }, update).exec();
  }
}
