import { ACADEMY_COUNTRIES } from '@trainaction/contracts';

/** The academy's zones first: CR, SV, GT and HN are UTC-6 all year; the Dominican Republic is UTC-4. */
export const ACADEMY_TIME_ZONES: readonly { zone: string; country: (typeof ACADEMY_COUNTRIES)[number] }[] = [
  { zone: 'America/Costa_Rica', country: 'CR' },
  { zone: 'America/El_Salvador', country: 'SV' },
  { zone: 'America/Guatemala', country: 'GT' },
  { zone: 'America/Tegucigalpa', country: 'HN' },
  { zone: 'America/Santo_Domingo', country: 'DO' },
];

/** Every other IANA zone the runtime knows, sorted, without the academy's. */
export function otherTimeZones(): string[] {
  const academy = new Set(ACADEMY_TIME_ZONES.map((z) => z.zone));
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return all.filter((zone) => !academy.has(zone)).sort();
}

/** Minutes east of UTC of `timeZone` at the instant `utcMs`. */
function offsetMinutes(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - utcMs) / 60_000);
}

/**
 * A `datetime-local` value ("2026-08-03T09:00") read as wall-clock time in `timeZone`, as an ISO instant; null when
 * it is not a date. Two passes settle the offset across a daylight-saving change.
 */
export function zonedLocalToIso(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall)) return null;
  let utc = wall - offsetMinutes(wall, timeZone) * 60_000;
  utc = wall - offsetMinutes(utc, timeZone) * 60_000;
  return new Date(utc).toISOString();
}

/** The reverse: an instant as a `datetime-local` value in `timeZone` (to refill a form). */
export function isoToZonedLocal(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const local = new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}
