import { z } from 'zod';
import type { FileView } from './files';

const idSchema = z.string().regex(/^[0-9a-f]{24}$/, 'must be an id');

export const SUBMISSION_STATUSES = ['submitted', 'in_review', 'returned', 'accepted'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const submissionSubmitSchema = z.strictObject({
  activityId: idSchema,
  cohortId: idSchema,
  clientSubmissionId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 letters, digits, - or _'),
  body: z
    .string()
    .max(50_000)
    .refine((b) => b.trim().length > 0, 'must not be empty'),
  links: z
    .array(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000))
    .max(10)
    .default([]),
  /** Files uploaded beforehand (`POST /api/cohorts/:cohortId/activities/:activityId/attachments`), kept with this version. */
  attachmentIds: z.array(idSchema).max(20).default([]),
});
export type SubmissionSubmitInput = z.infer<typeof submissionSubmitSchema>;

export const submissionReviewSchema = z.strictObject({
  submissionId: idSchema,
  status: z.enum(['accepted', 'returned']),
  feedback: z.string().trim().min(1).max(20_000),
  score: z.number().min(0).max(1000).optional(),
  criteria: z
    .array(
      z.strictObject({
        criterion: z.string().trim().min(1).max(300),
        score: z.number().min(0).max(100).optional(),
        comment: z.string().max(5000).optional(),
      }),
    )
    .max(10)
    .optional(),
});
export type SubmissionReviewInput = z.infer<typeof submissionReviewSchema>;

export const submissionClaimSchema = z.strictObject({ submissionId: idSchema, claimed: z.boolean().default(true) });
export const reviewWatchSchema = z.strictObject({ cohortId: idSchema });

export const submissionQueueSchema = z.strictObject({
  status: z.enum(SUBMISSION_STATUSES).optional(),
  activityId: idSchema.optional(),
  country: z.string().length(2).toUpperCase().optional(),
  late: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type SubmissionQueueQuery = z.infer<typeof submissionQueueSchema>;

export interface ReviewView {
  status: 'accepted' | 'returned';
  feedback: string;
  score?: number;
  criteria?: { criterion: string; score?: number; comment?: string }[];
  reviewer: { id: string; displayName: string };
  reviewedAt: string;
}

export interface SubmissionVersionView {
  version: number;
  body: string;
  links: string[];
  /** The files sent with this version (each version keeps its own). */
  attachments: FileView[];
  submittedAt: string;
  late: boolean;
  review?: ReviewView;
}

export interface SubmissionView {
  id: string;
  activityId: string;
  cohortId: string;
  learner: { id: string; displayName: string; country: string };
  status: SubmissionStatus;
  version: number;
  late: boolean;
  dueAt?: string;
  claimedBy?: { id: string; displayName: string };
  score?: number;
  versions: SubmissionVersionView[];
  updatedAt: string;
}

/** A learner's files uploaded for the next version and not sent yet, with the limits of one version. */
export interface DraftAttachmentsView {
  files: FileView[];
  maxFiles: number;
  /** Per file. */
  maxBytes: number;
}
