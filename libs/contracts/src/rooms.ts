import { z } from 'zod';
import { idSchema } from './ids';
import type { SanctionNotice } from './moderation';

export const MESSAGE_MAX_LENGTH = 4000;
export const ROOM_HISTORY_PAGE = 50;

export const messageBodySchema = z
  .string()
  .max(MESSAGE_MAX_LENGTH, `must be at most ${MESSAGE_MAX_LENGTH} characters`)
  .refine((b) => b.trim().length > 0, 'must not be empty')
  .refine((b) => !b.includes('\u0000'), 'must not contain NUL characters');

/** A client-generated id (UUID or similar) that makes retries of the same message idempotent. */
export const clientMsgIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 letters, digits, - or _');

export const roomJoinSchema = z.strictObject({ roomId: idSchema, since: z.string().max(200).optional() });
export const roomLeaveSchema = z.strictObject({ roomId: idSchema });
export const messageSendSchema = z.strictObject({
  roomId: idSchema,
  clientMsgId: clientMsgIdSchema,
  body: messageBodySchema,
  threadRootId: idSchema.optional(),
});
export const messageEditSchema = z.strictObject({ messageId: idSchema, body: messageBodySchema });
export const messageDeleteSchema = z.strictObject({ messageId: idSchema });
export const messageReactSchema = z.strictObject({
  messageId: idSchema,
  emoji: z
    .string()
    .min(1)
    .max(16)
    .refine((e) => !/[\s.$]/.test(e), 'must be one emoji'),
  on: z.boolean(),
});
export const typingSchema = z.strictObject({ roomId: idSchema, typing: z.boolean() });
export const roomReadSchema = z.strictObject({ roomId: idSchema, messageId: idSchema });

export const roomInputSchema = z.strictObject({
  name: z.string().trim().min(2).max(80),
  topic: z.string().trim().max(500).optional(),
  scheduledAt: z.iso.datetime({ offset: true }).optional(),
});
export type RoomInput = z.infer<typeof roomInputSchema>;

export const historyQuerySchema = z.strictObject({
  before: idSchema.optional(),
  after: idSchema.optional(),
  threadRootId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(ROOM_HISTORY_PAGE),
});
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

/** `GET /api/messages/search`: words to find in the live rooms one may read. */
export const messageSearchSchema = z.strictObject({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type MessageSearchQuery = z.infer<typeof messageSearchSchema>;

export const reactionViewSchema = z.object({
  emoji: z.string(),
  count: z.number().int(),
  /** Whether the viewer reacted; false in broadcasts, where clients read it from `userIds`. */
  mine: z.boolean(),
  userIds: z.array(z.string()),
});
export type ReactionView = z.infer<typeof reactionViewSchema>;

export const messageViewSchema = z.object({
  id: z.string(),
  roomId: z.string(),
  clientMsgId: z.string(),
  author: z.object({ id: z.string(), displayName: z.string(), country: z.string() }),
  body: z.string(),
  threadRootId: z.string().optional(),
  replyCount: z.number().int(),
  reactions: z.array(reactionViewSchema),
  createdAt: z.string(),
  editedAt: z.string().optional(),
  deleted: z.boolean().optional(),
  /** Hidden by a moderator: the body is withheld from everyone; the reason code is shown. */
  hidden: z.boolean().optional(),
  hiddenReason: z.string().optional(),
  /** A thread root whose replies are locked. */
  locked: z.boolean().optional(),
  /** When the message last changed (created, edited, deleted, reacted): newer wins when merging. */
  changedAt: z.string(),
});
export type MessageView = z.infer<typeof messageViewSchema>;

/** Room messages found, most relevant first, each with its room's name (link: `/rooms/<roomId>?message=<id>`). */
export const messageSearchResultSchema = z.object({
  messages: z.array(messageViewSchema.extend({ roomName: z.string(), cohortId: z.string() })),
});
export type MessageSearchResult = z.infer<typeof messageSearchResultSchema>;

export const roomViewSchema = z.object({
  id: z.string(),
  cohortId: z.string(),
  name: z.string(),
  topic: z.string().optional(),
  scheduledAt: z.string().optional(),
  isDefault: z.boolean(),
  locked: z.boolean(),
  slowModeSeconds: z.number().int(),
  pinnedMessageIds: z.array(z.string()),
  unread: z.number().int().optional(),
  /** The caller's read position (the newest message they have seen), for the unread divider. */
  lastReadMessageId: z.string().optional(),
  /** The forum thread the last live session of this room became. */
  lastSessionThreadId: z.string().optional(),
});
export type RoomView = z.infer<typeof roomViewSchema>;

export interface RoomJoinResult {
  room: RoomView;
  online: string[];
  /** Recent messages (oldest first), or with `since`: every message changed since that token. */
  messages: MessageView[];
  syncToken: string;
  /** With `since`: more changes than one answer holds; join again with the new token for the rest. */
  hasMore: boolean;
  /** The room's pinned messages, however old. */
  pinned: MessageView[];
  /** The caller is muted in the room's cohort now: until when and why. */
  sanction?: SanctionNotice;
}

/**
 * Merges messages into a client's view by id; the newest `changedAt` wins, so live events, catch-up and
 * history can arrive in any order and any number of times and the view still ends equal to the server's.
 */
export function mergeMessages(view: Map<string, MessageView>, incoming: readonly MessageView[]): Map<string, MessageView> {
  for (const message of incoming) {
    const current = view.get(message.id);
    if (!current || current.changedAt <= message.changedAt) view.set(message.id, message);
  }
  return view;
}
