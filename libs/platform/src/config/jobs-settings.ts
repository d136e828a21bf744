import { z } from 'zod';

/** The durable jobs' settings (libs/platform/src/jobs), validated with the rest of the environment (app-config.ts). */
export const jobsEnvShape = {
  JOBS_LEASE_SECONDS: z.coerce.number().min(1).max(3600).default(60),
  JOBS_POLL_SECONDS: z.coerce.number().min(0.1).max(3600).default(5),
  JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(2),
};

type JobsEnv = z.infer<z.ZodObject<typeof jobsEnvShape>>;

export interface JobsSettings {
  /** How long a node's claim on a job lasts unless renewed (every third of it while the job runs). */
  leaseMs: number;
  /** How often each node looks for jobs due, retries due and jobs whose node stopped (lease ended). */
  pollMs: number;
  /** Jobs one node runs at once. */
  concurrency: number;
}

export function jobsSettings(e: JobsEnv): { jobs: JobsSettings } {
  return { jobs: { leaseMs: e.JOBS_LEASE_SECONDS * 1000, pollMs: e.JOBS_POLL_SECONDS * 1000, concurrency: e.JOBS_CONCURRENCY } };
}
