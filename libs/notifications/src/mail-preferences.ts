import {
  DEFAULT_MAIL_PREFERENCES,
  MAIL_GROUPS,
  MAIL_MODES,
  type MailPreferences,
  type MailPreferencesInput,
  type UnsubscribeTarget,
} from '@trainaction/contracts';
import type { NotificationPrefsDoc } from './notification.schema';

/**
 * A person's choices: the stored ones, group by group, over the defaults. A document from before groups
 * existed holds one `digest` answer: "off" turns off what the digest would carry (the daily groups), "daily"
 * keeps the defaults.
 */
export function preferencesFrom(doc: NotificationPrefsDoc | null | undefined): MailPreferences {
  const prefs = { ...DEFAULT_MAIL_PREFERENCES };
  if (doc?.mail) {
    for (const group of MAIL_GROUPS) {
      const mode = doc.mail[group];
      if ((MAIL_MODES as readonly string[]).includes(mode)) prefs[group] = mode;
    }
  } else if (doc?.digest === 'off') {
    for (const group of MAIL_GROUPS) if (prefs[group] === 'daily') prefs[group] = 'off';
  }
  return prefs;
}

export function withChanges(prefs: MailPreferences, changes: MailPreferencesInput): MailPreferences {
  const next = { ...prefs };
  for (const group of MAIL_GROUPS) next[group] = changes[group] ?? next[group];
  return next;
}

/** What an unsubscribe link stops: its group, or (the digest's link) every group that comes daily. */
export function unsubscribed(prefs: MailPreferences, target: UnsubscribeTarget): MailPreferences {
  const next = { ...prefs };
  if (target === 'digest') for (const group of MAIL_GROUPS) next[group] = next[group] === 'daily' ? 'off' : next[group];
  else next[target] = 'off';
  return next;
}

/** Whether the mail a link is about is off already (a digest link: no group comes daily any more). */
export function isUnsubscribed(prefs: MailPreferences, target: UnsubscribeTarget): boolean {
  return target === 'digest' ? MAIL_GROUPS.every((group) => prefs[group] !== 'daily') : prefs[target] === 'off';
}
