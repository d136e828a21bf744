import { z } from 'zod';
import { isIsoCountry } from './countries';
import { listQuerySchema, pageSchema } from './pagination';
import { idSchema } from './ids';
import { timeZoneSchema } from './time-zones';

export const ROLES = ['learner', 'moderator', 'coordinator', 'admin'] as const;
export const GENDERS = ['woman', 'man', 'non_binary', 'self_described', 'undisclosed'] as const;
export const SECTORS = [
  'decision_maker',
  'law_enforcement',
  'technical_team',
  'public_employee',
  'academia',
  'research',
  'civil_society',
] as const;
export const LOCALES = ['es', 'en'] as const;

export const roleSchema = z.enum(ROLES);
export const genderSchema = z.enum(GENDERS);
export const sectorSchema = z.enum(SECTORS);
export const localeSchema = z.enum(LOCALES);

export type Role = z.infer<typeof roleSchema>;
export type Gender = z.infer<typeof genderSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type Locale = z.infer<typeof localeSchema>;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** The password rules, for registration and for a reset; the web app checks them before calling the API. */
export const passwordSchema = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'must be a valid e-mail address' }));

export const countrySchema = z
  .string()
  .length(2, 'must be a two-letter ISO 3166-1 code')
  .transform((c) => c.toUpperCase())
  .refine(isIsoCountry, 'must be a two-letter ISO 3166-1 code');

export const displayNameSchema = z.string().trim().min(2).max(80);
export const organizationSchema = z.string().trim().max(120);
const genderTextSchema = z.string().trim().min(1).max(60);

/** Self-described gender needs its text; other answers carry none. */
function checkGenderText(value: { gender?: Gender; genderText?: string }, ctx: z.RefinementCtx) {
  if (value.gender === 'self_described' && !value.genderText) {
    ctx.addIssue({ code: 'custom', path: ['genderText'], message: 'is required when gender is self_described' });
  }
  if (value.gender && value.gender !== 'self_described' && value.genderText) {
    ctx.addIssue({ code: 'custom', path: ['genderText'], message: 'is only allowed when gender is self_described' });
  }
}

export const registerSchema = z
  .strictObject({
    email: emailSchema,
    password: passwordSchema,
    displayName: displayNameSchema,
    country: countrySchema,
    gender: genderSchema,
    genderText: genderTextSchema.optional(),
    sector: sectorSchema,
    organization: organizationSchema.optional(),
    locale: localeSchema.optional(),
  })
  .superRefine(checkGenderText);
export type RegisterInput = z.infer<typeof registerSchema>;

export const loginSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX),
});
export type LoginInput = z.infer<typeof loginSchema>;

/** `POST /api/auth/password-reset`: answered 202 alike whether or not the address has an account. */
export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestSchema>;

/** The token of a reset link as it came; one that is not a live token answers LINK_INVALID, not a field error. */
export const resetTokenSchema = z.string().trim().min(1).max(200);

/** `POST /api/auth/password-reset/confirm`. */
export const passwordResetConfirmSchema = z.strictObject({ token: resetTokenSchema, password: passwordSchema });
export type PasswordResetConfirmInput = z.infer<typeof passwordResetConfirmSchema>;

export const updateProfileSchema = z
  .strictObject({
    displayName: displayNameSchema.optional(),
    country: countrySchema.optional(),
    gender: genderSchema.optional(),
    genderText: genderTextSchema.optional(),
    sector: sectorSchema.optional(),
    organization: organizationSchema.optional(),
    locale: localeSchema.optional(),
    /** The zone every time is shown in; null goes back to the default (the cohort's). */
    timeZone: timeZoneSchema.nullable().optional(),
  })
  .superRefine(checkGenderText);
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const changeRoleSchema = z.strictObject({ role: roleSchema });

/** Where an account stands: in use, created by an invitation not yet accepted, or disabled by an admin. */
export const USER_STATUSES = ['active', 'invited', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
/** Orders of the user list: by name or by creation, `-` for descending. */
export const USER_SORTS = ['name', '-name', 'created', '-created'] as const;
export type UserSort = (typeof USER_SORTS)[number];

/**
 * `GET /api/users`: `q` finds part of a name (accents and letter case ignored) or of an e-mail. With `page`
 * the answer has numbered pages and a `total`; without, it pages by `cursor` in creation order.
 */
export const listUsersQuerySchema = listQuerySchema.extend({
  q: z.string().trim().min(1).max(100).optional(),
  role: roleSchema.optional(),
  country: countrySchema.optional(),
  cohortId: idSchema.optional(),
  status: z.enum(USER_STATUSES).optional(),
  sort: z.enum(USER_SORTS).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

/** A user as the public protocol shows it; email, gender and sector only to those allowed to see them. */
export const userViewSchema = z.object({
  id: z.string(),
  email: z.string().optional(),
  displayName: z.string(),
  country: z.string(),
  gender: genderSchema.optional(),
  genderText: z.string().optional(),
  sector: sectorSchema.optional(),
  organization: z.string().optional(),
  locale: localeSchema,
  role: roleSchema,
  /** To the person themselves (and staff): false until a self-registered account confirms its address. */
  emailVerified: z.boolean().optional(),
  /** To staff. */
  status: z.enum(USER_STATUSES).optional(),
  /** To the person themselves: the time zone they chose, if any. */
  timeZone: z.string().optional(),
  /**
   * Only in `GET /api/me`: the zone the person's times are shown in: the one they chose, else the zone of the
   * cohort they joined last (as the daily digest), else the academy's (`DIGEST_TIME_ZONE`).
   */
  shownTimeZone: z.string().optional(),
});
export type UserView = z.infer<typeof userViewSchema>;

/** A person named in an answer: their id and display name. */
export const personRefSchema = z.object({ id: z.string(), displayName: z.string() });

export const userListPageSchema = pageSchema(userViewSchema).extend({
  /** With `page`: how many accounts match, and which page this is. */
  total: z.number().int().optional(),
  page: z.number().int().optional(),
});
export type UserListPage = z.infer<typeof userListPageSchema>;

export const authResultSchema = z.object({ user: userViewSchema, accessToken: z.string() });
export type AuthResult = z.infer<typeof authResultSchema>;

/** `POST /api/auth/refresh`: a new access token (the refresh cookie rotates with it). */
export const accessTokenSchema = z.object({ accessToken: z.string() });

/**
 * The answer to `POST /api/auth/register` (202), the same whether the address was new or already had an
 * account, so registration does not tell who has an account. It signs nobody in: sign in afterwards. The
 * same shape answers a reset request (202, the same for every address) and a mail sent again by staff.
 */
export const acceptedSchema = z.object({ status: z.literal('accepted') });
export type RegisterAccepted = z.infer<typeof acceptedSchema>;
export type PasswordResetRequested = z.infer<typeof acceptedSchema>;

/** The answer to a confirmed reset: the password is changed and every earlier sign-in has ended. */
export const passwordResetDoneSchema = z.object({ status: z.literal('password_changed') });
export type PasswordResetDone = z.infer<typeof passwordResetDoneSchema>;
