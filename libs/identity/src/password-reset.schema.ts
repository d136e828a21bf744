import { Schema, Types } from 'mongoose';

/**
 * One password-reset link. The link carries `<_id>.<secret>`; only the SHA-256 of the secret is stored, so
 * the database alone cannot produce a working link.
 */
export interface PasswordResetTokenDoc {
  _id: Types.ObjectId;
  userId: string;
  secretHash: string;
  expiresAt: Date;
  /** Set when this link or another of the account's was used: the link works no more. */
  usedAt?: Date;
  createdAt: Date;
}

export const PASSWORD_RESET_TOKEN_MODEL = 'PasswordResetToken';
export const PasswordResetTokenSchema = new Schema<PasswordResetTokenDoc>(
  {
    userId: { type: String, required: true, index: true },
    secretHash: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: Date,
  },
  { collection: 'password_reset_tokens', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);

/**
 * The one use of a link: `_id` is the token's id. Single use is decided by this insert, because an update
 * conditional on `usedAt` is a read then a write on FerretDB, and two requests could both pass it.
 */
export interface PasswordResetUseDoc {
  _id: string;
  at: Date;
}

export const PASSWORD_RESET_USE_MODEL = 'PasswordResetUse';
export const PasswordResetUseSchema = new Schema<PasswordResetUseDoc>(
  { _id: { type: String, required: true }, at: { type: Date, required: true } },
  { collection: 'password_reset_uses', versionKey: false },
);

/** One reset request, known address or not: what the per-account and per-address limits count. */
export interface PasswordResetRequestDoc {
  /** The lower-cased e-mail as typed. */
  account: string;
  address: string;
  at: Date;
}

export const PASSWORD_RESET_REQUEST_MODEL = 'PasswordResetRequest';
export const PasswordResetRequestSchema = new Schema<PasswordResetRequestDoc>(
  {
    account: { type: String, required: true, index: true },
    address: { type: String, required: true, index: true },
    at: { type: Date, required: true, index: true },
  },
  { collection: 'password_reset_requests', versionKey: false },
);
