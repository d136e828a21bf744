import type { Locale, MailGroup, MailMode, NotificationView, UnsubscribeTarget } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localized } from './localized';

type Stored = Pick<NotificationView, 'kind' | 'params' | 'text'>;
type Options = { locale: Locale };

/** One sentence per kind, from the parameters; null when one it needs is missing (then the stored sentence). */
const SENTENCES: Record<string, (n: Stored, o: Options) => string | null> = {
  mention: ({ params: p }, o) => {
    if (!p.actor) return null;
    if (p.thread !== undefined) return m.notif_mention_thread({ actor: p.actor, thread: p.thread }, o);
    return p.room ? m.notif_mention_room({ actor: p.actor, room: p.room }, o) : m.notif_mention_a_room({ actor: p.actor }, o);
  },
  forum_reply: ({ params: p }, o) => {
    if (p.thread === undefined) return null;
    return p.actor ? m.notif_reply({ actor: p.actor, thread: p.thread }, o) : m.notif_reply_anonymous({ thread: p.thread }, o);
  },
  announcement: ({ params: p }, o) => (p.thread === undefined ? null : m.notif_announcement({ thread: p.thread }, o)),
  submission_accepted: ({ params: p }, o) =>
    p.activity ? m.notif_submission_accepted({ activity: localized(p.activity, o.locale) }, o) : null,
  submission_returned: ({ params: p }, o) =>
    p.activity ? m.notif_submission_returned({ activity: localized(p.activity, o.locale) }, o) : null,
  flag_resolved: ({ params: p }, o) => {
    if (p.outcome === 'resolved') return p.room ? m.sanction_flag_resolved_room({ room: p.room }, o) : m.sanction_flag_resolved({}, o);
    if (p.outcome === 'rejected') return p.room ? m.sanction_flag_rejected_room({ room: p.room }, o) : m.sanction_flag_rejected({}, o);
    return null;
  },
};

/**
 * What a notification says, in the reader's language, from its kind and parameters. Notifications stored as a
 * Spanish sentence that could not be read back keep showing that sentence.
 */
export function notificationText(n: Stored, locale: Locale = getLocale()): string {
  const options = { locale };
  const sentence = Object.hasOwn(SENTENCES, n.kind) ? SENTENCES[n.kind](n, options) : null;
  return sentence ?? n.text ?? m.notif_other({}, options);
}

/** The words quoted after the sentence (what a room message said), as written. */
export function notificationQuote(n: Stored): string | undefined {
  return n.params.excerpt || undefined;
}

const KIND_LABELS: Record<string, () => string> = {
  forum_reply: m.forum_notif_kind_reply,
  mention: m.forum_notif_kind_mention,
  announcement: m.notif_kind_announcement,
  submission_returned: m.forum_notif_kind_returned,
  submission_accepted: m.forum_notif_kind_accepted,
  flag_resolved: m.sanction_notif_kind_flag,
};

export function notificationKindLabel(kind: string): string {
  return (Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind] : m.forum_notif_kind_other)();
}

export const MAIL_GROUP_LABELS: Record<MailGroup, () => string> = {
  mentions: m.profile_mail_group_mentions,
  replies: m.profile_mail_group_replies,
  reviews: m.profile_mail_group_reviews,
  announcements: m.profile_mail_group_announcements,
};

export const MAIL_MODE_LABELS: Record<MailMode, () => string> = {
  immediate: m.profile_mail_mode_immediate,
  daily: m.profile_mail_mode_daily,
  off: m.profile_mail_mode_off,
};

const UNSUBSCRIBE_WHAT: Record<UnsubscribeTarget, (inputs: object, o: Options) => string> = {
  mentions: m.unsubscribe_what_mentions,
  replies: m.unsubscribe_what_replies,
  reviews: m.unsubscribe_what_reviews,
  announcements: m.unsubscribe_what_announcements,
  digest: m.unsubscribe_what_digest,
};

/** What an unsubscribe link stops, as the end of a sentence, in `locale`. */
export function unsubscribeWhat(target: UnsubscribeTarget, locale: Locale): string {
  return UNSUBSCRIBE_WHAT[target]({}, { locale });
}
