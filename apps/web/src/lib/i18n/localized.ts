import type { LocalizedText } from '@trainaction/contracts';

/** A course text in the current language; English falls back to Spanish, which is always written. */
export function localized(text: LocalizedText | undefined, locale: string): string {
  if (!text) return '';
  return (locale === 'en' && text.en) || text.es;
}
