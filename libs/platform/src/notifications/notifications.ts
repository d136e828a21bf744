import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { NotificationView } from '@trainaction/contracts';
import { Model, Types } from 'mongoose';
import { RealtimePublisher } from '../realtime/realtime.publisher';
import { NOTIFICATION_MODEL, NOTIFICATION_PREFS_MODEL, type NotificationDoc, type NotificationPrefsDoc } from './notification.schema';

export interface NewNotification {
  kind: string;
  text: string;
  link?: string;
  /** Identifies the event, so a retried action does not notify twice. */
  key: string;
}

function toView(doc: NotificationDoc & { _id: Types.ObjectId }): NotificationView {
  return { id: doc._id.toHexString(), kind: doc.kind, text: doc.text, link: doc.link, createdAt: doc.createdAt.toISOString(), read: Boolean(doc.readAt) };
}

/** Stores in-app notifications and delivers them live to each person's sockets. */
@Injectable()
export class Notifications {
  constructor(
    @InjectModel(NOTIFICATION_MODEL) private readonly notifications: Model<NotificationDoc>,
    @InjectModel(NOTIFICATION_PREFS_MODEL) private readonly prefs: Model<NotificationPrefsDoc>,
    private readonly publisher: RealtimePublisher,
  ) {}

  async notify(userIds: string[], notification: NewNotification): Promise<void> {
    const createdAt = new Date();
    for (const userId of new Set(userIds)) {
      try {
        const doc = await this.notifications.create({ userId, ...notification, createdAt });
        this.publisher.toUser(userId, 'notification:new', toView(doc.toObject()));
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error; // already notified of this event
      }
    }
  }

  async list(userId: string, options: { unreadOnly?: boolean; since?: Date; limit: number }): Promise<{ items: NotificationView[]; unread: number }> {
    const filter: Record<string, unknown> = { userId };
    if (options.unreadOnly) filter.readAt = { $exists: false };
    if (options.since) filter.createdAt = { $gte: options.since };
    const docs = await this.notifications.find(filter).sort({ _id: -1 }).limit(options.limit).lean<(NotificationDoc & { _id: Types.ObjectId })[]>().exec();
    const unread = await this.notifications.countDocuments({ userId, readAt: { $exists: false } }).exec();
    return { items: docs.map(toView), unread };
  }

  async markRead(userId: string, ids: string[] | 'all'): Promise<number> {
    const filter: Record<string, unknown> = { userId, readAt: { $exists: false } };
    if (ids !== 'all') filter._id = { $in: ids.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id)) };
    await this.notifications.updateMany(filter, { $set: { readAt: new Date() } }).exec();
    return this.notifications.countDocuments({ userId, readAt: { $exists: false } }).exec();
  }

  async digestPreference(userId: string): Promise<'off' | 'daily'> {
    return (await this.prefs.findOne({ userId }).lean<NotificationPrefsDoc>().exec())?.digest ?? 'off';
  }

  async setDigestPreference(userId: string, digest: 'off' | 'daily'): Promise<void> {
    await this.prefs.updateOne({ userId }, { $set: { digest } }, { upsert: true }).exec().catch((error: { code?: number }) => {
      if (error.code !== 11000) throw error;
    });
  }
}
