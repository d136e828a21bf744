import { LOCALES, MAIL_STATES, type Locale, type MailState } from '@trainaction/contracts';
import { Schema, Types } from 'mongoose';

/**
 * One mail to send. It is rendered when sent (from `template`, `params` and `locale`), so a retry uses the
 * current templates. `params` may hold a single-use link: it is removed once the mail is finished.
 */
export interface MailOutboxDoc {
  _id: Types.ObjectId;
  to: string;
  template: string;
  params?: Record<string, unknown>;
  locale: Locale;
  /** Unique: enqueueing the same key twice stores one mail. */
  idempotencyKey: string;
  /** One-click unsubscribe URL of a mail a person may stop (List-Unsubscribe); absent on transactional mail. */
  unsubscribeUrl?: string;
  state: MailState;
  /** Deliveries begun, a crash mid-send included; past MAIL_MAX_ATTEMPTS the mail fails. */
  attempts: number;
  /** The number of the next claim to take (mail_claims `<id>#<n>`). */
  claims: number;
  nextAttemptAt: Date;
  claimedBy?: string;
  claimedAt?: Date;
  lastError?: string;
  sentAt?: Date;
  finishedAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

export const MAIL_OUTBOX_MODEL = 'MailOutbox';
export const MailOutboxSchema = new Schema<MailOutboxDoc>(
  {
    to: { type: String, required: true },
    template: { type: String, required: true },
    params: { type: Schema.Types.Mixed },
    locale: { type: String, required: true, enum: LOCALES },
    idempotencyKey: { type: String, required: true, unique: true },
    unsubscribeUrl: String,
    state: { type: String, required: true, enum: MAIL_STATES, default: 'pending' },
    attempts: { type: Number, required: true, default: 0 },
    claims: { type: Number, required: true, default: 0 },
    nextAttemptAt: { type: Date, required: true },
    claimedBy: String,
    claimedAt: Date,
    lastError: String,
    sentAt: Date,
    finishedAt: Date,
  },
  { collection: 'mail_outbox', timestamps: true, versionKey: false, minimize: false },
);

/**
 * A claim on one delivery of a mail: `_id` is `<mail id>#<n>`. Claims are decided by this unique `_id`, not
 * by a conditional update, because FerretDB applies an update as a read followed by a write: two nodes
 * could both match `state: 'pending'`. An insert of an existing `_id` fails on every database.
 */
export interface MailClaimDoc {
  _id: string;
  worker: string;
  at: Date;
}

export const MAIL_CLAIM_MODEL = 'MailClaim';
export const MailClaimSchema = new Schema<MailClaimDoc>(
  { _id: { type: String, required: true }, worker: { type: String, required: true }, at: { type: Date, required: true } },
  { collection: 'mail_claims', versionKey: false },
);

/** An address whose last delivery failed for good; a later successful delivery removes it. */
export interface BadAddressDoc {
  /** The lower-cased address. */
  _id: string;
  address: string;
  reason: 'bounced' | 'failed';
  lastError: string;
  lastAt: Date;
  failures: number;
}

export const BAD_ADDRESS_MODEL = 'MailBadAddress';
export const BadAddressSchema = new Schema<BadAddressDoc>(
  {
    _id: { type: String, required: true },
    address: { type: String, required: true },
    reason: { type: String, required: true, enum: ['bounced', 'failed'] },
    lastError: { type: String, required: true },
    lastAt: { type: Date, required: true },
    failures: { type: Number, required: true },
  },
  { collection: 'mail_bad_addresses', versionKey: false },
);
