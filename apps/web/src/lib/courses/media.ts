import type { LessonMediaView } from '@trainaction/contracts';

/** Where the browser reads a stored file: the web app relays it from the API with the session (src/routes/files/[id]/+server.ts). */
export function fileHref(fileId: string, download = false): string {
  return `/files/${fileId}${download ? '?download=1' : ''}`;
}

export interface LessonMedia {
  video: LessonMediaView | null;
  /** Caption tracks, the default first: the reader's language, else Spanish, else the first attached. */
  captions: LessonMediaView[];
  /** Readings and other resources, in the order they were attached. */
  files: LessonMediaView[];
}

export function lessonMedia(items: readonly LessonMediaView[], lessonId: string, locale: string): LessonMedia {
  const mine = items.filter((item) => item.lessonId === lessonId);
  const rank = (language = '') => (language.split('-')[0] === locale ? 0 : language.split('-')[0] === 'es' ? 1 : 2);
  return {
    video: mine.find((item) => item.kind === 'video') ?? null,
    captions: mine.filter((item) => item.kind === 'captions').sort((a, b) => rank(a.language) - rank(b.language)),
    files: mine.filter((item) => item.kind === 'document' || item.kind === 'resource'),
  };
}

/** A language's name in the reader's language (`en` → "inglés" in Spanish); the code itself if unknown. */
export function languageName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** A file size the way people read it: "540 KB", "20 MB", "1,5 GB". */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit >= 2 ? 1 : 0,
  }).format(value);
}

/** What a document or resource is called on the page: the title the coordinator gave, else the file's name. */
export function mediaName(item: Pick<LessonMediaView, 'label' | 'name'>): string {
  return item.label ?? item.name;
}
