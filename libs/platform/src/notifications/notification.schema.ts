import { Schema } from 'mongoose';

/** An in-app notification kept until read (mentions, replies, reviews, announcements). */
export interface NotificationDoc {
  userId: string;
  kind: string;
  text: string;
  link?: string;
  /** Unique per person: the same event never notifies twice. */
  key: string;
  createdAt: Date;
  readAt?: Date;
}

export const NOTIFICATION_MODEL = 'Notification';

export const NotificationSchema = new Schema<NotificationDoc>(
  {
    userId: { type: String, required: true, index: true },
    kind: { type: String, required: true },
    text: { type: String, required: true },
    link: String,
    key: { type: String, required: true },
    createdAt: { type: Date, required: true },
    readAt: Date,
  },
  { collection: 'notifications', versionKey: false },
);
NotificationSchema.index({ userId: 1, key: 1 }, { unique: true });

export interface NotificationPrefsDoc {
  userId: string;
  digest: 'off' | 'daily';
}

export const NOTIFICATION_PREFS_MODEL = 'NotificationPrefs';

export const NotificationPrefsSchema = new Schema<NotificationPrefsDoc>(
  { userId: { type: String, required: true, unique: true }, digest: { type: String, required: true } },
  { collection: 'notification_prefs', versionKey: false },
);
