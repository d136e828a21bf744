import type { Locale, MailGroup } from '@trainaction/contracts';
import type { MailContent } from './layout';
import { notificationQuote, notificationSentence, preferenceLinks, type MailNotification } from './notification-text';

/** One notification, mailed as it happens (the person chose "immediately" for its group). */
export interface NotificationMailParams {
  displayName: string;
  notification: MailNotification;
  group: MailGroup;
  /** Where it happened: `PUBLIC_ORIGIN` + the notification's link. */
  url: string;
  /** The profile page, where mail preferences are chosen. */
  settingsUrl: string;
  /** One-click unsubscribe from this group (also in the List-Unsubscribe header). */
  unsubscribeUrl: string;
}

const WORDS: Record<Locale, { greeting: (name: string) => string; open: (academy: string) => string }> = {
  es: { greeting: (name) => `Hola, ${name}:`, open: (academy) => `Abrir en ${academy}` },
  en: { greeting: (name) => `Hello ${name},`, open: (academy) => `Open in ${academy}` },
};

/** A full stop, unless the sentence ends in one of its own (a title ending in a question mark). */
function closed(sentence: string): string {
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}

export function notificationMailContent(p: NotificationMailParams, locale: Locale, academy: string): MailContent {
  const sentence = notificationSentence(p.notification, locale);
  const quote = notificationQuote(p.notification);
  return {
    subject: sentence.length > 150 ? `${sentence.slice(0, 149)}…` : sentence,
    greeting: WORDS[locale].greeting(p.displayName),
    intro: quote ? [`${sentence}:`, quote] : [closed(sentence)],
    action: { label: WORDS[locale].open(academy), url: p.url },
    outro: preferenceLinks(p.group, p, locale),
  };
}
