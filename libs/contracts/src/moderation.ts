import { z } from 'zod';
import { idSchema } from './ids';
import { personRefSchema } from './identity';

export const FLAG_REASONS = ['off_topic', 'inappropriate', 'spam', 'personal_data', 'safeguarding', 'other'] as const;
export const FLAG_STATES = ['open', 'in_progress', 'resolved', 'rejected'] as const;
export const HIDE_REASONS = ['off_topic', 'inappropriate', 'spam', 'personal_data', 'safeguarding', 'other'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];
export type FlagState = (typeof FLAG_STATES)[number];

export const flagCreateSchema = z
  .strictObject({
    messageId: idSchema.optional(),
    postId: idSchema.optional(),
    reason: z.enum(FLAG_REASONS),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((f) => Boolean(f.messageId) !== Boolean(f.postId), { message: 'give exactly one of messageId or postId', path: ['messageId'] })
  .refine((f) => f.reason !== 'other' || Boolean(f.note), { message: 'is required when the reason is other', path: ['note'] });
export type FlagCreateInput = z.infer<typeof flagCreateSchema>;

export const flagUpdateSchema = z.strictObject({
  state: z.enum(FLAG_STATES).optional(),
  assigneeId: idSchema.nullable().optional(),
  note: z.string().trim().min(1).max(2000).optional(),
});
export type FlagUpdateInput = z.infer<typeof flagUpdateSchema>;

export const hideSchema = z
  .strictObject({
    messageId: idSchema.optional(),
    postId: idSchema.optional(),
    reason: z.enum(HIDE_REASONS),
    hidden: z.boolean().default(true),
  })
  .refine((h) => Boolean(h.messageId) !== Boolean(h.postId), { message: 'give exactly one of messageId or postId', path: ['messageId'] });
export const pinSchema = z.strictObject({
  messageId: idSchema,
  pinned: z.boolean(),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 90)
    .optional(),
});
export const lockSchema = z
  .strictObject({ roomId: idSchema.optional(), threadRootId: idSchema.optional(), forumThreadId: idSchema.optional(), locked: z.boolean() })
  .refine((l) => [l.roomId, l.threadRootId, l.forumThreadId].filter(Boolean).length === 1, {
    message: 'give exactly one of roomId, threadRootId or forumThreadId',
    path: ['roomId'],
  });
export const slowModeSchema = z.strictObject({ roomId: idSchema, seconds: z.number().int().min(0).max(3600) });
export const sanctionSchema = z.strictObject({
  cohortId: idSchema,
  userId: idSchema,
  kind: z.enum(['mute', 'ban']).default('mute'),
  /** 0 lifts the sanction. */
  minutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 365),
  reason: z.string().trim().min(1).max(500),
});
export type SanctionInput = z.infer<typeof sanctionSchema>;
export const moderationWatchSchema = z.strictObject({ cohortId: idSchema });
export const safeguardingContactsSchema = z.strictObject({ userIds: z.array(idSchema).max(20) });

export const auditQuerySchema = z.strictObject({
  action: z.string().max(60).optional(),
  actorId: idSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  format: z.enum(['json', 'csv']).optional(),
});
export type AuditQueryInput = z.infer<typeof auditQuerySchema>;

export const equityQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** present: only members connected now (live session); all: every member (after the session). */
  scope: z.enum(['present', 'all']).default('present'),
});
export type EquityQuery = z.infer<typeof equityQuerySchema>;

/** What a reporter gets back: never the author, the excerpt or the moderators' work on the flag. */
export const flagReceiptSchema = z.object({ id: z.string(), state: z.enum(FLAG_STATES) });
export type FlagReceipt = z.infer<typeof flagReceiptSchema>;

export const flagViewSchema = z.object({
  id: z.string(),
  cohortId: z.string(),
  roomId: z.string().optional(),
  messageId: z.string().optional(),
  postId: z.string().optional(),
  reason: z.enum(FLAG_REASONS),
  note: z.string().optional(),
  state: z.enum(FLAG_STATES),
  reporter: personRefSchema,
  assignee: personRefSchema.optional(),
  notes: z.array(z.object({ authorId: z.string(), authorName: z.string(), text: z.string(), at: z.string() })),
  excerpt: z.string(),
  targetAuthor: personRefSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FlagView = z.infer<typeof flagViewSchema>;

export const sanctionViewSchema = z.object({
  cohortId: z.string(),
  userId: z.string(),
  kind: z.enum(['mute', 'ban']),
  until: z.string().nullable(),
  reason: z.string(),
});
export type SanctionView = z.infer<typeof sanctionViewSchema>;

export const auditEntryViewSchema = z.object({
  id: z.string(),
  cohortId: z.string().optional(),
  courseId: z.string().optional(),
  actor: personRefSchema,
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  reason: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
  at: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;

/** `GET /api/audit`: an entry of the whole log as stored (staff). */
export const auditLogEntrySchema = z.object({
  id: z.string(),
  cohortId: z.string().optional(),
  courseId: z.string().optional(),
  actorId: z.string(),
  actorName: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  reason: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
  restricted: z.literal('safeguarding').optional(),
  at: z.string(),
});

export const equityShareSchema = z.object({ key: z.string(), members: z.number().int(), messages: z.number().int(), share: z.number() });
export type EquityShare = z.infer<typeof equityShareSchema>;

export const equityReportSchema = z.object({
  roomId: z.string(),
  from: z.string(),
  to: z.string(),
  scope: z.enum(['present', 'all']),
  members: z.number().int(),
  messages: z.number().int(),
  byGender: z.array(equityShareSchema),
  byCountry: z.array(equityShareSchema),
  silent: z.array(z.object({ userId: z.string(), displayName: z.string(), country: z.string() })),
});
export type EquityReport = z.infer<typeof equityReportSchema>;

/** `GET /api/messages/:id/history`: a room message's earlier texts and whether (and why) it is hidden. */
export const messageHistorySchema = z.object({
  messageId: z.string(),
  hidden: z.object({ reason: z.string().optional(), at: z.string(), by: z.string().optional() }).optional(),
  versions: z.array(z.object({ body: z.string(), at: z.string(), current: z.boolean() })),
});
export type MessageHistory = z.infer<typeof messageHistorySchema>;

/**
 * What a sanctioned person is told, live (`sanction:changed`) and when joining a room of the cohort: kind and
 * parameters, rendered in their language by the client. `until` null: the sanction was lifted.
 */
export interface SanctionNotice {
  cohortId: string;
  kind: 'mute' | 'ban';
  until: string | null;
  /** The moderator's words, as written. */
  reason: string;
}
