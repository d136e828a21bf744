import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const MB = 1024 * 1024;

/** File storage settings, validated with the rest of the environment (app-config.ts). */
export const filesEnvShape = {
  FILES_BACKEND: z.enum(['disk', 's3']).default('disk'),
  S3_ENDPOINT: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL, e.g. http://minio:9000' }).optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3 to 63 lower-case letters, digits, dots, hyphens)')
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool.optional(),
  SUBMISSION_MAX_FILES: z.coerce.number().int().min(0).max(20).default(3),
  SUBMISSION_MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * MB)
    .default(10 * MB),
  SUBMISSION_DRAFT_MAX_AGE_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .default(24),
  DRAFT_SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(900),
};

type FilesEnv = z.infer<z.ZodObject<typeof filesEnvShape>>;

export interface FilesSettings {
  /** `disk`: under `DATA_DIR/files`; `s3`: an S3-compatible bucket. */
  backend: 'disk' | 's3';
  diskRoot: string;
  s3?: {
    endpoint?: string;
    bucket: string;
    region: string;
    accessKeyId?: string;
    secretAccessKey?: string;
    /** Bucket in the path (MinIO and most S3-compatible servers) rather than in the host name (AWS). */
    forcePathStyle: boolean;
  };
  /** Attachments of one submission version. */
  submission: { maxFiles: number; maxBytes: number };
  /**
   * Files uploaded for a submission version that was never sent: removed (content and metadata) once older than
   * `maxAgeMs`, by a sweep every `sweepIntervalMs` on each API node (0: never; tests run it by hand).
   */
  drafts: { maxAgeMs: number; sweepIntervalMs: number };
}

/** Settings that are wrong only together (checked after each variable's own rule). */
export function filesEnvIssues(e: FilesEnv): string[] {
  return e.FILES_BACKEND === 's3' && !e.S3_BUCKET ? ['S3_BUCKET: required when FILES_BACKEND=s3'] : [];
}

export function filesSettings(e: FilesEnv, diskRoot: string): { files: FilesSettings } {
  return {
    files: {
      backend: e.FILES_BACKEND,
      diskRoot,
      s3: e.S3_BUCKET
        ? {
            endpoint: e.S3_ENDPOINT,
            bucket: e.S3_BUCKET,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE ?? e.S3_ENDPOINT !== undefined,
          }
        : undefined,
      submission: { maxFiles: e.SUBMISSION_MAX_FILES, maxBytes: e.SUBMISSION_MAX_FILE_BYTES },
      drafts: {
        maxAgeMs: Math.round(e.SUBMISSION_DRAFT_MAX_AGE_HOURS * 3_600_000),
        sweepIntervalMs: e.DRAFT_SWEEP_INTERVAL_SECONDS * 1000,
      },
    },
  };
}
