import { timeZoneSchema } from '@trainaction/contracts';
import { z } from 'zod';

/** The daily digest's settings, validated with the rest of the environment (app-config.ts). */
export const digestEnvShape = {
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  DIGEST_TIME_ZONE: timeZoneSchema.default('America/Tegucigalpa'),
  DIGEST_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
};

type DigestEnv = z.infer<z.ZodObject<typeof digestEnvShape>>;

export interface DigestSettings {
  /** Digests go out from this local hour (and for the three hours after it). */
  hour: number;
  /** The zone of people who belong to no cohort (staff); everyone else has their cohort's. */
  defaultTimeZone: string;
  /** How often each API node looks for digests due; 0 turns the scheduler off (tests run it by hand). */
  intervalMs: number;
}

export function digestSettings(e: DigestEnv): { digest: DigestSettings } {
  return { digest: { hour: e.DIGEST_HOUR, defaultTimeZone: e.DIGEST_TIME_ZONE, intervalMs: e.DIGEST_INTERVAL_SECONDS * 1000 } };
}
