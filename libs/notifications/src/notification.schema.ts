import type { MailPreferences, NotificationParams } from '@trainaction/contracts';
import { Schema, Types } from 'mongoose';

/**
 * An in-app notification kept until read (mentions, replies, reviews, announcements): what happened as a kind
 * and its parameters, rendered in the reader's language by the web app and the mail templates.
 */
export interface NotificationDoc {
  _id: Types.ObjectId;
  userId: string;
  kind: string;
  params: NotificationParams;
  /** Only on notifications stored as a Spanish sentence whose parameters could not be read back. */
  text?: string;
  link?: string;
  /** Unique per person: the same event never notifies twice. */
  key: string;
  /**
   * Where the content lives (`cohort:<id>` or `course:<id>`): the digest asks again who may read it, so a
   * person banned since is not mailed about it.
   */
  audience?: string;
  createdAt: Date;
  readAt?: Date;
}

export const NOTIFICATION_MODEL = 'Notification';

export const NotificationSchema = new Schema<NotificationDoc>(
  {
    userId: { type: String, required: true },
    kind: { type: String, required: true },
    params: { type: Schema.Types.Mixed, required: true },
    text: String,
    link: String,
    key: { type: String, required: true },
    audience: String,
    createdAt: { type: Date, required: true, index: true },
    readAt: Date,
  },
  { collection: 'notifications', versionKey: false, minimize: false },
);
/**
 * A person's unread count (`{ userId, readAt: { $exists: false } }`) is answered from this index without
 * reading a notification, and the engine learns `readAt`'s kinds at start-up with the other indexed fields
 * (unindexed, the first such count after an engine restart waited ~10 s for a pass over every notification).
 * Declared first, so that SQLite prefers it for the count over the list's index below.
 */
NotificationSchema.index({ userId: 1, readAt: 1 });
/** A person's newest notifications: read in index order up to the limit (a busy reader has 2,000+; 33 → 10 ms). */
NotificationSchema.index({ userId: 1, _id: -1 });
NotificationSchema.index({ userId: 1, key: 1 }, { unique: true });

/** A person's notification mail choices. Older documents hold only `digest` (the single choice there was). */
export interface NotificationPrefsDoc {
  userId: string;
  mail?: MailPreferences;
  digest?: 'off' | 'daily';
}

export const NOTIFICATION_PREFS_MODEL = 'NotificationPrefs';

export const NotificationPrefsSchema = new Schema<NotificationPrefsDoc>(
  { userId: { type: String, required: true, unique: true }, mail: { type: Schema.Types.Mixed }, digest: String },
  { collection: 'notification_prefs', versionKey: false },
);

/**
 * One person's digest for one local day: `_id` is `<userId>#<yyyy-mm-dd>`. Inserted by the node that sends it
 * before it sends; another node (or a second run) fails the insert and sends nothing (docs/database.md,
 * rule 6). The newest one says where the next digest starts.
 */
export interface DigestClaimDoc {
  _id: string;
  userId: string;
  day: string;
  /** Notifications created after `since` and up to `until` went into this digest. */
  since: Date;
  until: Date;
  /** Notifications in the mail (0 when none was still visible and unread: nothing was sent). */
  count: number;
}

export const DIGEST_CLAIM_MODEL = 'DigestClaim';

export const DigestClaimSchema = new Schema<DigestClaimDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    day: { type: String, required: true },
    since: { type: Date, required: true },
    until: { type: Date, required: true, index: true },
    count: { type: Number, required: true },
  },
  { collection: 'notification_digests', versionKey: false },
);

/** Startup migrations done, by name: a node checks one `_id` instead of scanning again. */
export interface MigrationDoc {
  _id: string;
  at: Date;
}

export const NOTIFICATION_MIGRATION_MODEL = 'NotificationMigration';

export const NotificationMigrationSchema = new Schema<MigrationDoc>(
  { _id: { type: String, required: true }, at: { type: Date, required: true } },
  { collection: 'notification_migrations', versionKey: false },
);
