import { GENDERS, LOCALES, ROLES, SECTORS, type Gender, type Locale, type Role, type Sector } from '@trainaction/contracts';
import { Schema, Types } from 'mongoose';

export interface UserDoc {
  _id: Types.ObjectId;
  email: string;
  /** Lower-cased copy: e-mail is unique case-insensitively (FerretDB has no collation). */
  emailLower: string;
  passwordHash: string;
  displayName: string;
  country: string;
  gender: Gender;
  genderText?: string;
  sector: Sector;
  organization?: string;
  locale: Locale;
  /** The IANA zone the person chose for every time shown to them; unset = their cohort's. */
  timeZone?: string;
  role: Role;
  /** Disabled accounts cannot sign in; their tokens stop working within seconds. */
  disabledAt?: Date;
  erasedAt?: Date;
  /**
   * Set on self-registration until the holder uses the verification link: the account reads but publishes
   * nothing. Missing means verified, so accounts from before verification existed, seeded and imported ones
   * need no migration.
   */
  emailUnverifiedSince?: Date;
  /** Set on an account an invitation created, until the holder accepts it: nobody knows its password yet. */
  invitationPendingSince?: Date;
  createdAt: Date;
  updatedAt: Date;
}

export const USER_MODEL = 'User';

export const UserSchema = new Schema<UserDoc>(
  {
    email: { type: String, required: true },
    emailLower: { type: String, required: true, unique: true },
    passwordHash: { type: String, required: true },
    displayName: { type: String, required: true },
    country: { type: String, required: true, index: true },
    gender: { type: String, required: true, enum: GENDERS },
    genderText: { type: String },
    sector: { type: String, required: true, enum: SECTORS },
    organization: { type: String },
    locale: { type: String, required: true, enum: LOCALES, default: 'es' },
    timeZone: { type: String, index: { sparse: true } },
    role: { type: String, required: true, enum: ROLES, default: 'learner' },
    disabledAt: Date,
    erasedAt: Date,
    emailUnverifiedSince: Date,
    invitationPendingSince: Date,
  },
  { collection: 'users', timestamps: true, versionKey: false },
);
// Invitations not accepted yet (a coordinator's home counts them): found without reading every account.
UserSchema.index({ invitationPendingSince: 1 });
