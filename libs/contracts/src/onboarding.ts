import { z } from 'zod';
import { MEMBER_ROLES } from './cohorts';
import {
  acceptedSchema,
  countrySchema,
  displayNameSchema,
  emailSchema,
  genderSchema,
  localeSchema,
  organizationSchema,
  passwordSchema,
  resetTokenSchema,
  sectorSchema,
} from './identity';

/**
 * Invitations and e-mail verification: links from mails that bring a person in. Each link carries
 * `<id>.<secret>`; one that cannot be used answers LINK_INVALID (400), LINK_EXPIRED, LINK_USED or
 * LINK_REPLACED (410).
 */

/** `POST /api/auth/invitation/accept`: choose a password with an invitation's token; signs the person in. */
export const invitationAcceptSchema = z.strictObject({ token: resetTokenSchema, password: passwordSchema });
export type InvitationAcceptInput = z.infer<typeof invitationAcceptSchema>;

/** A link's token alone: `POST /api/auth/invitation/renew` and `POST /api/auth/email-verification/confirm`. */
export const linkTokenSchema = z.strictObject({ token: resetTokenSchema });
export type LinkTokenInput = z.infer<typeof linkTokenSchema>;

/**
 * `POST /api/cohorts/:id/invitations`: enrol a person by e-mail. A new address gets an account and an
 * invitation; an address with an account is enrolled and told by mail. Gender may stay undisclosed.
 */
export const cohortInvitationSchema = z.strictObject({
  email: emailSchema,
  displayName: displayNameSchema,
  country: countrySchema,
  gender: genderSchema.exclude(['self_described']).default('undisclosed'),
  sector: sectorSchema,
  organization: organizationSchema.optional(),
  locale: localeSchema.default('es'),
  role: z.enum(MEMBER_ROLES).default('learner'),
});
export type CohortInvitationInput = z.infer<typeof cohortInvitationSchema>;

/** `POST /api/auth/invitation/check`: the link may be used; the page names the cohort it leads to. */
export const invitationUsableSchema = z.object({ status: z.literal('usable'), cohortName: z.string() });
export type InvitationUsable = z.infer<typeof invitationUsableSchema>;

/** The answer to a renewal request from an expired invitation's page (202): the same whatever happened. */
export type InvitationRenewRequested = z.infer<typeof acceptedSchema>;

/** The answer to a coordinator's "send the invitation again" (202), and to "send me the verification link again" (202). */
export const sentSchema = z.object({ status: z.literal('sent') });
export type InvitationSent = z.infer<typeof sentSchema>;
export type EmailVerificationSent = z.infer<typeof sentSchema>;

/** The answer to a used verification link. */
export const emailVerifiedSchema = z.object({ status: z.literal('verified') });
export type EmailVerified = z.infer<typeof emailVerifiedSchema>;
