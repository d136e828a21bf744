/**
 * Every date and time the web app shows goes through here: one zone per person (the one they chose on their
 * profile, else their cohort's: `UserView.shownTimeZone`), worded for the page's language with Intl. Absolute
 * times name their zone ("GMT-6"): cross-country cohorts span UTC-6 and UTC-4, so a bare "07:37" can mislead.
 * Relative times ("hace 5 minutos") need no zone. The server and the browser format with the same zone and,
 * for relative times, the same `now` (the server's, handed to the page), so hydration finds the same text.
 */

export interface TimeSettings {
  locale: string;
  timeZone: string;
}

/** The academy's own zone, for pages where nobody is signed in (and the API's `DIGEST_TIME_ZONE` default). */
export const ACADEMY_TIME_ZONE = 'America/Tegucigalpa';

const formats = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build and pages format hundreds of times: one per locale, zone and style. */
function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat(locale, { ...options, timeZone, hourCycle: locale === 'es' ? 'h23' : undefined });
    } catch {
      // An unknown zone (an old stored value) falls back to the academy's rather than breaking the page.
      found = new Intl.DateTimeFormat(locale, { ...options, timeZone: ACADEMY_TIME_ZONE });
    }
    formats.set(key, found);
  }
  return found;
}

function parse(iso: string | number | Date | undefined | null): Date | null {
  if (iso === undefined || iso === null || iso === '') return null;
  const date = iso instanceof Date ? iso : new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "GMT-6" for Tegucigalpa at that instant. */
export function zoneName(iso: string | number | Date, s: TimeSettings): string {
  const date = parse(iso) ?? new Date(0);
  return (
    format(s.locale, s.timeZone, { timeZoneName: 'shortOffset' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? s.timeZone
  );
}

/** "5 dic 2026, 7:37 (GMT-6)": a date and time with its zone. `long` spells the month out (schedules). */
export function dateTime(iso: string | number | Date | undefined | null, s: TimeSettings, style: 'medium' | 'long' = 'medium'): string {
  const date = parse(iso);
  if (!date) return '';
  return `${format(s.locale, s.timeZone, { dateStyle: style, timeStyle: 'short' }).format(date)} (${zoneName(date, s)})`;
}

/** "5 dic 2026": a day only (cards, lists). */
export function day(iso: string | number | Date | undefined | null, s: TimeSettings): string {
  const date = parse(iso);
  return date ? format(s.locale, s.timeZone, { dateStyle: 'medium' }).format(date) : '';
}

/** "7:37": the clock only, for a message of today (its `title` carries the full `dateTime`). */
export function clock(iso: string | number | Date | undefined | null, s: TimeSettings, seconds = false): string {
  const date = parse(iso);
  return date
    ? format(s.locale, s.timeZone, { hour: 'numeric', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}) }).format(date)
    : '';
}

/** "5 dic, 7:37": a short date and clock, for messages of earlier days. */
function shortDateClock(date: Date, s: TimeSettings): string {
  return format(s.locale, s.timeZone, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(date);
}

/** Whether two instants fall on the same calendar day in the person's zone. */
export function sameDay(a: Date, b: Date, s: TimeSettings): boolean {
  const f = format('en-CA', s.timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });
  return f.format(a) === f.format(b);
}

const relatives = new Map<string, Intl.RelativeTimeFormat>();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "hace 5 minutos", "ayer", "en 2 horas" for the last (or next) week; older or later instants as `dateTime`.
 * `now` is the page's clock (`TimeContext.now`), never read here, so server and browser agree.
 */
export function relative(iso: string | number | Date | undefined | null, now: number, s: TimeSettings): string {
  const date = parse(iso);
  if (!date) return '';
  const diff = date.getTime() - now;
  const size = Math.abs(diff);
  if (size >= 7 * DAY) return dateTime(date, s);
  let rtf = relatives.get(s.locale);
  if (!rtf) relatives.set(s.locale, (rtf = new Intl.RelativeTimeFormat(s.locale, { numeric: 'auto' })));
  if (size < 45_000) return rtf.format(0, 'second');
  if (size < HOUR) return rtf.format(Math.trunc(diff / MINUTE) || Math.sign(diff), 'minute');
  if (size < DAY) return rtf.format(Math.trunc(diff / HOUR), 'hour');
  return rtf.format(Math.trunc(diff / DAY), 'day');
}

/** A live-room message's time: relative within the hour, the clock today, else a short date and clock. */
export function messageTime(iso: string, now: number, s: TimeSettings): string {
  const date = parse(iso);
  if (!date) return '';
  if (Math.abs(now - date.getTime()) < HOUR) return relative(date, now, s);
  return sameDay(date, new Date(now), s) ? clock(date, s) : shortDateClock(date, s);
}
