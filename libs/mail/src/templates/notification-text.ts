import type { Locale, MailGroup, NotificationParams } from '@trainaction/contracts';
import { plural, type PluralForms } from './plural';

/** A stored notification as a mail renders it: its kind and parameters, or (older ones) its Spanish sentence. */
export interface MailNotification {
  kind: string;
  params: NotificationParams;
  text?: string;
}

type Sentence = (p: NotificationParams) => string | null;

const quoted: Record<Locale, (title: string) => string> = { es: (t) => `«${t}»`, en: (t) => `“${t}”` };

function activityTitle(p: NotificationParams, locale: Locale): string | null {
  if (!p.activity) return null;
  return (locale === 'en' && p.activity.en) || p.activity.es;
}

/**
 * One sentence per kind and language, from the parameters only; null when a parameter it needs is missing
 * (an older notification), and then the stored sentence is used.
 */
const SENTENCES: Record<Locale, Record<string, Sentence>> = {
  es: {
    mention: (p) => {
      if (!p.actor) return null;
      if (p.thread !== undefined) return `${p.actor} le mencionó en ${quoted.es(p.thread)}`;
      return p.room ? `${p.actor} le mencionó en la sala ${quoted.es(p.room)}` : `${p.actor} le mencionó en una sala`;
    },
    forum_reply: (p) => (p.thread === undefined ? null : `${p.actor ?? 'Un participante'} respondió en ${quoted.es(p.thread)}`),
    announcement: (p) => (p.thread === undefined ? null : `Anuncio: ${p.thread}`),
    submission_accepted: (p) => (p.activity ? `Su entrega de ${quoted.es(activityTitle(p, 'es')!)} fue aceptada` : null),
    submission_returned: (p) => (p.activity ? `Su entrega de ${quoted.es(activityTitle(p, 'es')!)} fue devuelta con comentarios` : null),
  },
  en: {
    mention: (p) => {
      if (!p.actor) return null;
      if (p.thread !== undefined) return `${p.actor} mentioned you in ${quoted.en(p.thread)}`;
      return p.room ? `${p.actor} mentioned you in the room ${quoted.en(p.room)}` : `${p.actor} mentioned you in a room`;
    },
    forum_reply: (p) => (p.thread === undefined ? null : `${p.actor ?? 'A participant'} replied in ${quoted.en(p.thread)}`),
    announcement: (p) => (p.thread === undefined ? null : `Announcement: ${p.thread}`),
    submission_accepted: (p) => (p.activity ? `Your submission for ${quoted.en(activityTitle(p, 'en')!)} was accepted` : null),
    submission_returned: (p) =>
      p.activity ? `Your submission for ${quoted.en(activityTitle(p, 'en')!)} was returned with comments` : null,
  },
};

const FALLBACK: Record<Locale, string> = { es: 'Tiene una notificación nueva', en: 'You have a new notification' };

/** The notification as one sentence in `locale`. */
export function notificationSentence(n: MailNotification, locale: Locale): string {
  const sentence = Object.hasOwn(SENTENCES[locale], n.kind) ? SENTENCES[locale][n.kind](n.params ?? {}) : null;
  return sentence ?? n.text ?? FALLBACK[locale];
}

/** The words after the sentence, when the notification quotes what was written (a room mention). */
export function notificationQuote(n: MailNotification): string | undefined {
  return n.params?.excerpt || undefined;
}

const GROUP_COUNT: Record<Locale, Record<MailGroup, PluralForms>> = {
  es: {
    mentions: { one: 'mención', other: 'menciones' },
    replies: { one: 'respuesta en hilos que sigue', other: 'respuestas en hilos que sigue' },
    reviews: { one: 'revisión de sus entregas', other: 'revisiones de sus entregas' },
    announcements: { one: 'anuncio', other: 'anuncios' },
  },
  en: {
    mentions: { one: 'mention', other: 'mentions' },
    replies: { one: 'reply in threads you follow', other: 'replies in threads you follow' },
    reviews: { one: 'review of your submissions', other: 'reviews of your submissions' },
    announcements: { one: 'announcement', other: 'announcements' },
  },
};

/** "3 menciones", "1 reply in threads you follow". */
export function groupCount(group: MailGroup, count: number, locale: Locale): string {
  return plural(locale, count, GROUP_COUNT[locale][group]);
}

/** What an unsubscribe link in a mail of this group turns off, as the end of a sentence. */
const GROUP_MAIL: Record<Locale, Record<MailGroup | 'digest', string>> = {
  es: {
    mentions: 'los correos de menciones',
    replies: 'los correos de respuestas en hilos que sigue',
    reviews: 'los correos de revisiones de sus entregas',
    announcements: 'los correos de anuncios',
    digest: 'el resumen diario',
  },
  en: {
    mentions: 'mention e-mails',
    replies: 'e-mails about replies in threads you follow',
    reviews: 'e-mails about reviews of your submissions',
    announcements: 'announcement e-mails',
    digest: 'the daily digest',
  },
};

/** The closing paragraphs of every notification mail: why it came, where to choose, how to stop it. */
export function preferenceLinks(
  target: MailGroup | 'digest',
  links: { settingsUrl: string; unsubscribeUrl: string },
  locale: Locale,
): { text: string; link: { label: string; url: string } }[] {
  return locale === 'es'
    ? [
        {
          text: 'Usted elige qué le llega por correo y cuándo.',
          link: { label: 'Cambiar sus preferencias de correo', url: links.settingsUrl },
        },
        { text: `¿No quiere recibir ${GROUP_MAIL.es[target]}?`, link: { label: 'Darse de baja con un clic', url: links.unsubscribeUrl } },
      ]
    : [
        {
          text: 'You choose what reaches you by e-mail, and when.',
          link: { label: 'Change your e-mail preferences', url: links.settingsUrl },
        },
        { text: `Rather not receive ${GROUP_MAIL.en[target]}?`, link: { label: 'Unsubscribe with one click', url: links.unsubscribeUrl } },
      ];
}
