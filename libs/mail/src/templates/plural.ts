import type { Locale } from '@trainaction/contracts';

/** The word forms of one noun, by CLDR plural category (Spanish and English need `one` and `other`). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Locale, Intl.PluralRules>();

/** `count` and the right form of the noun in `locale`: "1 hora", "2 horas", "1 hour". */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return `${count.toLocaleString(locale)} ${forms[rule.select(count)] ?? forms.other}`;
}

const HOURS: Record<Locale, PluralForms> = { es: { one: 'hora', other: 'horas' }, en: { one: 'hour', other: 'hours' } };
const MINUTES: Record<Locale, PluralForms> = { es: { one: 'minuto', other: 'minutos' }, en: { one: 'minute', other: 'minutes' } };
const DAYS: Record<Locale, PluralForms> = { es: { one: 'día', other: 'días' }, en: { one: 'day', other: 'days' } };

/** A link's lifetime in words: whole days from three days up, whole hours when it is, minutes otherwise. */
export function duration(locale: Locale, minutes: number): string {
  if (minutes >= 3 * 1440 && minutes % 1440 === 0) return plural(locale, minutes / 1440, DAYS[locale]);
  return minutes % 60 === 0 ? plural(locale, minutes / 60, HOURS[locale]) : plural(locale, minutes, MINUTES[locale]);
}
