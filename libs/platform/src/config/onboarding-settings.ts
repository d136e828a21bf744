import { z } from 'zod';

/** Link lifetimes in hours; fractions are allowed (a test may want a link that expires in seconds). */
const hours = (fallback: number) =>
  z.coerce
    .number()
    .positive()
    .max(90 * 24)
    .default(fallback);

/** Invitation and e-mail verification settings, validated with the rest of the environment (app-config.ts). */
export const onboardingEnvShape = {
  INVITATION_TTL_HOURS: hours(7 * 24),
  EMAIL_VERIFICATION_TTL_HOURS: hours(48),
};

type OnboardingEnv = z.infer<z.ZodObject<typeof onboardingEnvShape>>;

export interface OnboardingSettings {
  /** How long an invitation link works (once); a newer invitation to the same person replaces it. */
  invitationTtlMs: number;
  /** How long an e-mail verification link works (once). */
  verificationTtlMs: number;
}

export function onboardingSettings(e: OnboardingEnv): { onboarding: OnboardingSettings } {
  return {
    onboarding: {
      invitationTtlMs: Math.round(e.INVITATION_TTL_HOURS * 3_600_000),
      verificationTtlMs: Math.round(e.EMAIL_VERIFICATION_TTL_HOURS * 3_600_000),
    },
  };
}
