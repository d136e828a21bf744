/** The UTC offset of a time zone at an instant, in minutes (e.g. -360 for America/Tegucigalpa). */
function offsetMinutes(at: Date, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')
      ?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * When an activity is due: the end (23:59:59) of the day that falls `days` after the cohort's start, in the
 * cohort's own time zone, so "due on day 14" means the same evening for everyone in that cohort.
 */
export function dueAt(cohortStart: Date, days: number, timeZone: string): Date {
  const local = new Date(cohortStart.getTime() + offsetMinutes(cohortStart, timeZone) * 60_000);
  const endOfDayLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, 23, 59, 59);
  const guess = new Date(endOfDayLocal - offsetMinutes(new Date(endOfDayLocal), timeZone) * 60_000);
  return new Date(endOfDayLocal - offsetMinutes(guess, timeZone) * 60_000);
}
