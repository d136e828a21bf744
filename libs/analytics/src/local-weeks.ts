/** A range of calendar days, both ends included (`YYYY-MM-DD`). */
export interface DayRange {
  from: string;
  to: string;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The week (Monday to Sunday) that holds `now` in the time zone, and the week before, as calendar days there:
 * on Sunday 22:00 in Tegucigalpa (Monday 04:00 UTC) it is still Sunday's week.
 */
export function localWeeks(now: Date, timeZone: string): { thisWeek: DayRange; lastWeek: DayRange } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const today = `${parts.year}-${parts.month}-${parts.day}`;
  const monday = addDays(today, -WEEKDAYS.indexOf(parts.weekday));
  return {
    thisWeek: { from: monday, to: addDays(monday, 6) },
    lastWeek: { from: addDays(monday, -7), to: addDays(monday, -1) },
  };
}
