import { z } from 'zod';
import { idSchema } from './ids';

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
export interface FlagReceipt {
  id: string;
  state: FlagState;
}

export interface FlagView {
  id: string;
  cohortId: string;
  roomId?: string;
  messageId?: string;
  postId?: string;
  reason: FlagReason;
  note?: string;
  state: FlagState;
  reporter: { id: string; displayName: string };
  assignee?: { id: string; displayName: string };
  notes: { authorId: string; authorName: string; text: string; at: string }[];
  excerpt: string;
  targetAuthor?: { id: string; displayName: string };
  createdAt: string;
  updatedAt: string;
}

export interface SanctionView {
  cohortId: string;
  userId: string;
  kind: 'mute' | 'ban';
  until: string | null;
  reason: string;
}

export interface AuditEntryView {
  id: string;
  cohortId?: string;
  courseId?: string;
  actor: { id: string; displayName: string };
  action: string;
  targetType: string;
  targetId: string;
  reason?: string;
  details?: Record<string, unknown>;
  at: string;
}

export interface EquityShare {
  key: string;
  members: number;
  messages: number;
  share: number;
}

export interface EquityReport {
  roomId: string;
  from: string;
  to: string;
  scope: 'present' | 'all';
  members: number;
  messages: number;
  byGender: EquityShare[];
  byCountry: EquityShare[];
  silent: { userId: string; displayName: string; country: string }[];
}

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
