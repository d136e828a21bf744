import type { LocalizedText } from '@trainaction/contracts';
import { Schema, Types } from 'mongoose';

/** What a link from a mail lets its holder do (password-reset links keep their own collection). */
export const ACCOUNT_LINK_PURPOSES = ['invitation', 'email-verification'] as const;
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];

/** Where an invitation leads and who sent it: kept with the link, so a renewal can write the same mail. */
export interface InvitationContext {
  cohortId: string;
  cohortName: string;
  courseTitle: LocalizedText;
  invitedBy: { id: string; displayName: string };
}

/** One link from a mail. The mail carries `<_id>.<secret>`; only the SHA-256 of the secret is stored. */
export interface AccountLinkDoc {
  _id: Types.ObjectId;
  purpose: AccountLinkPurpose;
  userId: string;
  secretHash: string;
  expiresAt: Date;
  /** Invitations only. */
  context?: InvitationContext;
  /** A newer link of the same purpose was sent to the person: this one works no more. */
  replacedAt?: Date;
  /** Set when this link or another of the same purpose and person was used. */
  usedAt?: Date;
  createdAt: Date;
}

export const ACCOUNT_LINK_MODEL = 'AccountLink';
export const AccountLinkSchema = new Schema<AccountLinkDoc>(
  {
    purpose: { type: String, required: true, enum: ACCOUNT_LINK_PURPOSES },
    userId: { type: String, required: true, index: true },
    secretHash: { type: String, required: true },
    expiresAt: { type: Date, required: true, index: true },
    context: { type: Schema.Types.Mixed },
    replacedAt: Date,
    usedAt: Date,
  },
  { collection: 'account_links', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);

/**
 * The one use of a link: `_id` is the link's id. Single use is decided by this insert, because an update
 * conditional on `usedAt` is a read then a write on FerretDB, and two requests could both pass it.
 */
export interface AccountLinkUseDoc {
  _id: string;
  at: Date;
}

export const ACCOUNT_LINK_USE_MODEL = 'AccountLinkUse';
export const AccountLinkUseSchema = new Schema<AccountLinkUseDoc>(
  { _id: { type: String, required: true }, at: { type: Date, required: true, index: true } },
  { collection: 'account_link_uses', versionKey: false },
);
