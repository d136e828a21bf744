const HOUR_MS = 3_600_000;

/**
 * Digests go out from the digest hour for this many hours, local time: a node that starts late in the
 * morning still sends them, and one down all morning leaves that day's for the next day's digest (which
 * starts where the last one ended), rather than sending a morning digest in the evening.
 */
export const DIGEST_WINDOW_HOURS = 3;
/** A digest reaches back at most this far; the first one a person gets covers the last day. */
export const DIGEST_LOOKBACK_MS = 7 * 24 * HOUR_MS;
export const FIRST_DIGEST_SPAN_MS = 24 * HOUR_MS;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (`yyyy-mm-dd`) and hour (0–23) at `at` in `timeZone`. */
export function localTime(at: Date, timeZone: string): { day: string; hour: number } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/**
 * The local day whose digest is due at `now` in `timeZone`, or null outside the window. A window that
 * crosses midnight (a late digest hour) belongs to the day it began on.
 */
export function digestDayAt(now: Date, timeZone: string, digestHour: number): string | null {
  const { hour } = localTime(now, timeZone);
  const intoWindow = (hour - digestHour + 24) % 24;
  if (intoWindow >= DIGEST_WINDOW_HOURS) return null;
  return localTime(new Date(now.getTime() - intoWindow * HOUR_MS), timeZone).day;
}

/** Where a person's next digest starts: the end of their last one (a week back at most), or a day ago. */
export function digestSince(lastUntil: Date | undefined, now: Date): Date {
  if (!lastUntil) return new Date(now.getTime() - FIRST_DIGEST_SPAN_MS);
  return new Date(Math.max(lastUntil.getTime(), now.getTime() - DIGEST_LOOKBACK_MS));
}
