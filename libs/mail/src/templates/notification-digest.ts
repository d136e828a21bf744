import { MAIL_GROUPS, type Locale, type MailGroup } from '@trainaction/contracts';
import type { MailContent, MailSection } from './layout';
import { groupCount, notificationQuote, notificationSentence, preferenceLinks, type MailNotification } from './notification-text';
import { plural } from './plural';

/** The daily digest: the unread notifications of the groups a person gets daily, since their last digest. */
export interface NotificationDigestParams {
  displayName: string;
  /** The notifications listed, at most DIGEST_MAX_ITEMS. */
  items: { notification: MailNotification; group: MailGroup; url: string }[];
  /** All the digest's notifications per group, the ones not listed included. */
  counts: Partial<Record<MailGroup, number>>;
  /** The notifications page. */
  notificationsUrl: string;
  settingsUrl: string;
  unsubscribeUrl: string;
}

/** A digest lists this many notifications at most; the rest are counted. */
export const DIGEST_MAX_ITEMS = 30;

interface Words {
  subject: (academy: string, total: string) => string;
  greeting: (name: string) => string;
  intro: (counts: string) => string;
  more: (count: number) => string;
  all: string;
  and: string;
}

const WORDS: Record<Locale, Words> = {
  es: {
    subject: (academy, total) => `Su resumen de ${academy}: ${total}`,
    greeting: (name) => `Hola, ${name}:`,
    intro: (counts) => `Desde su último resumen tiene ${counts}.`,
    more: (count) => `Y ${plural('es', count, { one: 'notificación más', other: 'notificaciones más' })} en la aplicación.`,
    all: 'Ver todas sus notificaciones',
    and: 'y',
  },
  en: {
    subject: (academy, total) => `Your ${academy} digest: ${total}`,
    greeting: (name) => `Hello ${name},`,
    intro: (counts) => `Since your last digest you have ${counts}.`,
    more: (count) => `And ${plural('en', count, { one: 'more notification', other: 'more notifications' })} in the app.`,
    all: 'See all your notifications',
    and: 'and',
  },
};

const TOTAL: Record<Locale, { one: string; other: string }> = {
  es: { one: 'novedad', other: 'novedades' },
  en: { one: 'new notification', other: 'new notifications' },
};

function joined(parts: string[], and: string): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

export function notificationDigestContent(p: NotificationDigestParams, locale: Locale, academy: string): MailContent {
  const words = WORDS[locale];
  const groups = MAIL_GROUPS.filter((group) => (p.counts[group] ?? 0) > 0);
  const total = groups.reduce((sum, group) => sum + p.counts[group]!, 0);
  const sections: MailSection[] = [];
  for (const group of groups) {
    const items = p.items.filter((item) => item.group === group);
    if (items.length === 0) continue;
    const heading = groupCount(group, p.counts[group]!, locale);
    sections.push({
      heading: heading.charAt(0).toUpperCase() + heading.slice(1),
      items: items.map((item) => ({
        text: notificationSentence(item.notification, locale),
        quote: notificationQuote(item.notification),
        url: item.url,
      })),
    });
  }
  const more = total - p.items.length;
  if (more > 0 && sections.length) sections[sections.length - 1].note = words.more(more);
  const counts = groups.map((group) => groupCount(group, p.counts[group]!, locale));
  return {
    subject: words.subject(academy, plural(locale, total, TOTAL[locale])),
    greeting: words.greeting(p.displayName),
    intro: [words.intro(joined(counts, words.and))],
    sections,
    action: { label: words.all, url: p.notificationsUrl },
    outro: preferenceLinks('digest', p, locale),
  };
}
