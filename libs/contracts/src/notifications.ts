import { z } from 'zod';
import { localizedTextViewSchema, type LocalizedText } from './catalog';
import { localeSchema } from './identity';

/** What happened, as stored: each end renders it in its reader's language from `kind` and `params`. */
export const NOTIFICATION_KINDS = [
  'mention',
  'forum_reply',
  'announcement',
  'submission_accepted',
  'submission_returned',
  'flag_resolved',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * The facts a notification's sentence is made of: names and titles as written (never translated), the
 * activity's title in each language it has. Which ones a kind uses is in `NotificationContent`.
 */
export const notificationParamsSchema = z.object({
  /** Who acted, by display name; absent when the post was anonymous. */
  actor: z.string().optional(),
  /** The forum thread's title. */
  thread: z.string().optional(),
  /** The live room's name (a mention in a room). */
  room: z.string().optional(),
  /** The start of the message (a mention in a room). */
  excerpt: z.string().optional(),
  /** The reviewed activity's title. */
  activity: localizedTextViewSchema.optional(),
  /** What the moderators decided about a person's report (flag_resolved). */
  outcome: z.enum(['resolved', 'rejected']).optional(),
});
export type NotificationParams = z.infer<typeof notificationParamsSchema>;

/** What each kind of notification carries. */
export type NotificationContent =
  | { kind: 'mention'; params: { actor: string; thread: string } | { actor: string; room: string; excerpt: string } }
  | { kind: 'forum_reply'; params: { actor?: string; thread: string } }
  | { kind: 'announcement'; params: { thread: string } }
  | { kind: 'submission_accepted' | 'submission_returned'; params: { activity: LocalizedText } }
  /** A report the person made was closed; in the app only (never mailed). */
  | { kind: 'flag_resolved'; params: { outcome: 'resolved' | 'rejected'; room?: string; thread?: string } };

export const notificationViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  params: notificationParamsSchema,
  /**
   * Only for notifications stored before kinds had parameters whose Spanish sentence could not be read back
   * into parameters: shown as it was written.
   */
  text: z.string().optional(),
  link: z.string().optional(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;

/** Kinds of notification mail a person chooses about, each on its own. */
export const MAIL_GROUPS = ['mentions', 'replies', 'reviews', 'announcements'] as const;
export type MailGroup = (typeof MAIL_GROUPS)[number];

/** At once (one mail per notification), in the daily digest, or never by mail (still in the app). */
export const MAIL_MODES = ['immediate', 'daily', 'off'] as const;
export type MailMode = (typeof MAIL_MODES)[number];
export type MailPreferences = Record<MailGroup, MailMode>;

/**
 * Until a person chooses: what is addressed to them (mentions, their reviews) and what staff announce comes at
 * once; replies in followed threads, the most frequent, come together in the daily digest.
 */
export const DEFAULT_MAIL_PREFERENCES: Readonly<MailPreferences> = {
  mentions: 'immediate',
  replies: 'daily',
  reviews: 'immediate',
  announcements: 'immediate',
};

const GROUP_OF: Record<NotificationKind, MailGroup | null> = {
  mention: 'mentions',
  forum_reply: 'replies',
  announcement: 'announcements',
  submission_accepted: 'reviews',
  submission_returned: 'reviews',
  flag_resolved: null,
};

/** The mail group of a stored kind; null for a kind that is never mailed or that this version does not know. */
export function mailGroupOf(kind: string): MailGroup | null {
  return Object.hasOwn(GROUP_OF, kind) ? GROUP_OF[kind as NotificationKind] : null;
}

const mailMode = z.enum(MAIL_MODES);

/** `PUT /api/notifications/preferences`: the groups to change (at least one). */
export const mailPreferencesInputSchema = z
  .strictObject({
    mentions: mailMode.optional(),
    replies: mailMode.optional(),
    reviews: mailMode.optional(),
    announcements: mailMode.optional(),
  })
  .refine((input) => Object.values(input).some((mode) => mode !== undefined), 'must name at least one group');
export type MailPreferencesInput = z.infer<typeof mailPreferencesInputSchema>;

/** A person's notification mail: their choice per group and when their daily digest goes out. */
export const mailPreferencesViewSchema = z.object({
  mail: z.record(z.enum(MAIL_GROUPS), mailMode),
  /** The digest is sent from this hour (0–23) in this IANA time zone (their cohort's, or the academy's). */
  digest: z.object({ hour: z.number().int(), timeZone: z.string() }),
});
export type MailPreferencesView = z.infer<typeof mailPreferencesViewSchema>;

/**
 * What an unsubscribe link turns off: one group of immediate mail, or (`digest`) every group that came in the
 * daily digest.
 */
export const UNSUBSCRIBE_TARGETS = [...MAIL_GROUPS, 'digest'] as const;
export type UnsubscribeTarget = (typeof UNSUBSCRIBE_TARGETS)[number];

/** `GET /api/mail/unsubscribe/check?token=`: whom and what a link is about, for the confirmation page. */
export const unsubscribeLinkViewSchema = z.object({
  target: z.enum(UNSUBSCRIBE_TARGETS),
  locale: localeSchema,
  /** True when that mail is off already. */
  off: z.boolean(),
});
export type UnsubscribeLinkView = z.infer<typeof unsubscribeLinkViewSchema>;

/** `POST /api/mail/unsubscribe`: that mail is off now. */
export const unsubscribedSchema = z.object({ target: z.enum(UNSUBSCRIBE_TARGETS), off: z.literal(true) });

/** `GET /api/notifications`: mine, newest first, with how many are unread. */
export const notificationListSchema = z.object({ items: z.array(notificationViewSchema), unread: z.number().int() });
export type NotificationList = z.infer<typeof notificationListSchema>;

/** `POST /api/notifications/read`: how many are still unread. */
export const unreadCountSchema = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

/** `GET /api/notifications/digest`: my next daily digest so far (unread notifications of my daily groups since `since`). */
export const notificationDigestSchema = z.object({ since: z.string(), items: z.array(notificationViewSchema) });
export type NotificationDigestView = z.infer<typeof notificationDigestSchema>;

/** The query of the unsubscribe routes: the signed token from the link. */
export const unsubscribeQuerySchema = z.strictObject({ token: z.string().trim().min(1).max(200) });
