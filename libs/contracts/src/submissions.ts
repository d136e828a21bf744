import { z } from 'zod';
import { idSchema } from './ids';
import { personRefSchema } from './identity';
import { fileViewSchema } from './files';

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

/** Submissions per page of a review queue unless `limit` says otherwise. */
export const SUBMISSION_QUEUE_PAGE = 50;
/** A queue position: status rank (waiting first), latest version's time in 13-digit ms, submission id. */
const QUEUE_CURSOR = /^[0-3][0-9]{13}[0-9a-f]{24}$/;

export const submissionQueueSchema = z.strictObject({
  status: z.enum(SUBMISSION_STATUSES).optional(),
  activityId: idSchema.optional(),
  country: z.string().length(2).toUpperCase().optional(),
  late: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** The `next` of the previous page. */
  after: z.string().regex(QUEUE_CURSOR, 'must be the next of a previous page').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(SUBMISSION_QUEUE_PAGE),
});
export type SubmissionQueueQuery = z.infer<typeof submissionQueueSchema>;

export const reviewViewSchema = z.object({
  status: z.enum(['accepted', 'returned']),
  feedback: z.string(),
  score: z.number().optional(),
  criteria: z.array(z.object({ criterion: z.string(), score: z.number().optional(), comment: z.string().optional() })).optional(),
  reviewer: personRefSchema,
  reviewedAt: z.string(),
});
export type ReviewView = z.infer<typeof reviewViewSchema>;

export const submissionVersionViewSchema = z.object({
  version: z.number().int(),
  body: z.string(),
  links: z.array(z.string()),
  /** The files sent with this version (each version keeps its own). */
  attachments: z.array(fileViewSchema),
  submittedAt: z.string(),
  late: z.boolean(),
  review: reviewViewSchema.optional(),
});
export type SubmissionVersionView = z.infer<typeof submissionVersionViewSchema>;

/** A submission in a review queue: no version bodies, links, files or reviews (`GET /api/submissions/:id` has them). */
export const submissionSummarySchema = z.object({
  id: z.string(),
  activityId: z.string(),
  cohortId: z.string(),
  learner: personRefSchema.extend({ country: z.string() }),
  status: z.enum(SUBMISSION_STATUSES),
  version: z.number().int(),
  late: z.boolean(),
  dueAt: z.string().optional(),
  claimedBy: personRefSchema.optional(),
  score: z.number().optional(),
  /** When its latest version was sent. */
  submittedAt: z.string(),
  updatedAt: z.string(),
});
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;

export const submissionViewSchema = submissionSummarySchema.extend({ versions: z.array(submissionVersionViewSchema) });
export type SubmissionView = z.infer<typeof submissionViewSchema>;

/**
 * One page of a cohort's review queue: waiting work first (oldest first), then returned, then accepted;
 * `total` counts every submission matching the filters, `next` (absent on the last page) asks for the next page.
 */
export const submissionQueuePageSchema = z.object({
  items: z.array(submissionSummarySchema),
  total: z.number().int(),
  next: z.string().optional(),
});
export type SubmissionQueuePage = z.infer<typeof submissionQueuePageSchema>;

/** A learner's files uploaded for the next version and not sent yet, with the limits of one version. */
export const draftAttachmentsViewSchema = z.object({
  files: z.array(fileViewSchema),
  maxFiles: z.number().int(),
  /** Per file. */
  maxBytes: z.number().int(),
});
export type DraftAttachmentsView = z.infer<typeof draftAttachmentsViewSchema>;

/** `GET /api/me/activities`: the caller's submissions and forum activities, with whether each is complete. */
export const myActivitySchema = z.object({
  activityId: z.string(),
  cohortId: z.string(),
  submissionId: z.string(),
  status: z.string(),
  completed: z.boolean(),
});
