import { z } from 'zod';

/** Error codes of the public protocol and the HTTP status each one maps to. */
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
  ROOM_LOCKED: 423,
  MUTED: 403,
  SLOW_MODE: 429,
  /** A link from a mail (password reset) that never existed or was altered. */
  LINK_INVALID: 400,
  /** A link from a mail past its time. */
  LINK_EXPIRED: 410,
  /** A single-use link from a mail already used. */
  LINK_USED: 410,
  /** A link from a mail that a newer one replaced (an invitation sent again): the newest mail holds the link. */
  LINK_REPLACED: 410,
  /** A self-registered account that has not yet confirmed its address: it reads, but publishes nothing. */
  EMAIL_UNVERIFIED: 403,
  /** An uploaded file whose bytes are not one of the kinds accepted there, or not what its name says. */
  UNSUPPORTED_FILE_TYPE: 415,
  /** An uploaded file past the size limit of its kind (nothing of it is kept). */
  FILE_TOO_LARGE: 413,
  /** More files in one upload than the place allows. */
  TOO_MANY_FILES: 413,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const errorCodeSchema = z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]);

export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  /** Values a page needs to word the problem itself (e.g. the missing columns of a roster). */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** The one error answer of every REST route (AllExceptionsFilter): a code, a message, field issues, the request id. */
export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    details: z.array(fieldIssueSchema).optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Socket acknowledgement: sent only after the change is durably stored. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string; details?: FieldIssue[] } };
