import { Schema, Types } from 'mongoose';

/**
 * One refresh token. A sign-in starts a family; every refresh adds a child. `parentId` is unique, so a
 * token can have only one successor: a second use of the same token (reuse, or a race) fails on the index
 * and revokes the whole family.
 */
export interface RefreshTokenDoc {
  _id: Types.ObjectId;
  familyId: string;
  parentId: string;
  userId: string;
  secretHash: string;
  expiresAt: Date;
  revokedAt?: Date;
  createdAt: Date;
}

export const REFRESH_TOKEN_MODEL = 'RefreshToken';

export const RefreshTokenSchema = new Schema<RefreshTokenDoc>(
  {
    familyId: { type: String, required: true, index: true },
    parentId: { type: String, required: true, unique: true },
    userId: { type: String, required: true, index: true },
    secretHash: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    revokedAt: { type: Date },
  },
  { collection: 'refresh_tokens', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);

/**
 * One failed sign-in: to which account (the lower-cased e-mail as typed, known or not) from which address.
 * Counted inside a sliding window per (account, address) pair and per address, both refused past their
 * limit, and per account from every address, which only slows further attempts.
 */
export interface LoginFailureDoc {
  account: string;
  address: string;
  at: Date;
}

export const LOGIN_FAILURE_MODEL = 'LoginFailure';

export const LoginFailureSchema = new Schema<LoginFailureDoc>(
  {
    account: { type: String, required: true, index: true },
    address: { type: String, required: true, index: true },
    at: { type: Date, required: true, index: true },
  },
  { collection: 'login_failures', versionKey: false },
);
