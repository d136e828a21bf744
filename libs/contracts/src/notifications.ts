import { z } from 'zod';
import type { LocalizedText } from './catalog';
import type { Locale } from './identity';

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
export interface NotificationParams {
  /** Who acted, by display name; absent when the post was anonymous. */
  actor?: string;
  /** The forum thread's title. */
  thread?: string;
  /** The live room's name (a mention in a room). */
  room?: string;
  /** The start of the message (a mention in a room). */
  excerpt?: string;
  /** The reviewed activity's title. */
  activity?: LocalizedText;
  /** What the moderators decided about a person's report (flag_resolved). */
  outcome?: 'resolved' | 'rejected';
}

/** What each kind of notification carries. */
export type NotificationContent =
  | { kind: 'mention'; params: { actor: string; thread: string } | { actor: string; room: string; excerpt: string } }
  | { kind: 'forum_reply'; params: { actor?: string; thread: string } }
  | { kind: 'announcement'; params: { thread: string } }
  | { kind: 'submission_accepted' | 'submission_returned'; params: { activity: LocalizedText } }
  /** A report the person made was closed; in the app only (never mailed). */
  | { kind: 'flag_resolved'; params: { outcome: 'resolved' | 'rejected'; room?: string; thread?: string } };

export interface NotificationView {
  id: string;
  kind: string;
  params: NotificationParams;
  /**
   * Only for notifications stored before kinds had parameters whose Spanish sentence could not be read back
   * into parameters: shown as it was written.
   */
  text?: string;
  link?: string;
  createdAt: string;
  read: boolean;
}

/** `GET /api/notifications`: mine, newest first, with how many are unread. */
export interface NotificationList {
  items: NotificationView[];
  unread: number;
}

/** `POST /api/notifications/read`: how many are still unread. */
export interface UnreadCount {
  unread: number;
}

/** `GET /api/notifications/digest`: my next daily digest so far (unread notifications of my daily groups since `since`). */
export interface NotificationDigestView {
  since: string;
  items: NotificationView[];
}

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
export interface MailPreferencesView {
  mail: MailPreferences;
  /** The digest is sent from this hour (0–23) in this IANA time zone (their cohort's, or the academy's). */
  digest: { hour: number; timeZone: string };
}

/**
 * What an unsubscribe link turns off: one group of immediate mail, or (`digest`) every group that came in the
 * daily digest.
 */
export const UNSUBSCRIBE_TARGETS = [...MAIL_GROUPS, 'digest'] as const;
export type UnsubscribeTarget = (typeof UNSUBSCRIBE_TARGETS)[number];

/** `GET /api/mail/unsubscribe/check?token=`: whom and what a link is about, for the confirmation page. */
export interface UnsubscribeLinkView {
  target: UnsubscribeTarget;
  locale: Locale;
  /** True when that mail is off already. */
  off: boolean;
}

/** The query of the unsubscribe routes: the signed token from the link. */
export const unsubscribeQuerySchema = z.strictObject({ token: z.string().trim().min(1).max(200) });
