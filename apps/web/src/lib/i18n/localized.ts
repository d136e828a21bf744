import type { LocalizedText } from '@trainaction/contracts';

/** A course text as stored: a record with Spanish and perhaps English, or a Spanish-only string (prompts, rubrics). */
export type CourseTextValue = LocalizedText | string | undefined | null;

/** A course text in the current language; English falls back to Spanish, which is always written. */
export function localized(text: LocalizedText | undefined, locale: string): string {
  if (!text) return '';
  return (locale === 'en' && text.en) || text.es;
}

/**
 * The language a course text is shown in for `locale`: English when it has an English version and the person
 * reads English, else Spanish. Pages mark the text with `lang` and, when it is not the person's language, say
 * "Available in Spanish only" rather than mixing languages without a word.
 */
export function contentLanguage(text: CourseTextValue, locale: string): 'es' | 'en' {
  if (locale !== 'en' || !text || typeof text === 'string') return 'es';
  return text.en ? 'en' : 'es';
}

/** Whether the text is missing in the person's language (only Spanish is written). */
export function missingInLanguage(text: CourseTextValue, locale: string): boolean {
  return Boolean(text) && contentLanguage(text, locale) !== locale;
}
