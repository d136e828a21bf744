import type { VolumeRandom } from './volume-random';

/**
 * The full-volume academy's activity ends here: five months from the cohorts' start on Monday 6 July 2026
 * (the last live sessions are on Thursday 3 December). Fixed, not "now", so the same seed gives the same
 * documents on any day; everything it writes is dated before it.
 */
export const VOLUME_END = new Date('2026-12-04T00:00:00Z');

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Relative activity by local hour: office hours, a lunch dip, a smaller evening tail, quiet nights. */
const HOUR_WEIGHTS = [
  0.02, 0.01, 0.01, 0.01, 0.01, 0.03, 0.1, 0.35, 0.9, 1.3, 1.4, 1.3, 0.7, 0.8, 1.2, 1.3, 1.2, 0.9, 0.6, 0.5, 0.5, 0.35, 0.15, 0.05,
];
/** Relative activity by weekday, Monday first: a working week, quiet weekends. */
const WEEKDAY_WEIGHTS = [1, 1.1, 1.05, 1, 0.8, 0.18, 0.1];
/** National holidays (MM-DD) and the countries that keep them: little activity and no live session. */
const HOLIDAYS: Record<string, string[]> = { '09-15': ['CR', 'SV', 'GT', 'HN'], '08-16': ['DO'], '10-12': ['HN'], '11-06': ['DO'] };

const offsets = new Map<string, number>();

/** The UTC offset of a time zone at an instant, in minutes (-360 for America/Tegucigalpa). */
export function offsetMinutes(timeZone: string, at: Date): number {
  const key = `${timeZone}|${Math.floor(at.getTime() / 3_600_000)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const name =
      new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')
        ?.value ?? 'GMT';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    offset = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    offsets.set(key, offset);
  }
  return offset;
}

/** A cohort's weekly live session: local weekday (0 = Monday) and start, in minutes after midnight. */
export interface SessionSlot {
  weekday: number;
  startMinute: number;
  minutes: number;
}

/** Sessions on Tuesday, Wednesday or Thursday, mornings or afternoons, by cohort. */
export function sessionSlot(index: number): SessionSlot {
  return { weekday: 1 + (index % 3), startMinute: index % 2 ? 15 * 60 : 10 * 60, minutes: 90 };
}

/** A cohort's calendar in its own time zone, from its start to VOLUME_END. */
export class CohortCalendar {
  /** UTC time of local midnight on the cohort's first day. */
  private readonly firstMidnight: number;
  readonly days: number;
  readonly weeks: number;
  /** Monday = 0 for the first day. */
  private readonly firstWeekday: number;

  constructor(
    startsAt: Date,
    readonly timeZone: string,
    private readonly countries: string[],
    readonly session: SessionSlot,
  ) {
    const local = new Date(startsAt.getTime() + offsetMinutes(timeZone, startsAt) * MINUTE_MS);
    const midnightLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
    this.firstMidnight = midnightLocal - offsetMinutes(timeZone, new Date(midnightLocal)) * MINUTE_MS;
    this.firstWeekday = (new Date(midnightLocal).getUTCDay() + 6) % 7;
    this.days = Math.max(1, Math.floor((VOLUME_END.getTime() - this.firstMidnight) / DAY_MS));
    this.weeks = Math.ceil(this.days / 7);
  }

  /** The instant of a local time on a day of the calendar (day 0 is the start date). */
  at(day: number, minuteOfDay: number): Date {
    const localMs = this.firstMidnight + day * DAY_MS + minuteOfDay * MINUTE_MS;
    const guess = new Date(localMs);
    // Local wall time → UTC with the offset of that day (the same for these zones all year).
    const delta = offsetMinutes(this.timeZone, guess) - offsetMinutes(this.timeZone, new Date(this.firstMidnight));
    return new Date(localMs - delta * MINUTE_MS);
  }

  weekday(day: number): number {
    return (this.firstWeekday + day) % 7;
  }

  holiday(day: number): boolean {
    const date = new Date(this.firstMidnight + day * DAY_MS + 12 * 3_600_000);
    const key = `${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
    const keeping = HOLIDAYS[key];
    return Boolean(keeping && this.countries.every((c) => keeping.includes(c)));
  }

  /** The day of the week's live session (undefined for a holiday or a week past the end). */
  sessionDay(week: number): number | undefined {
    const day = week * 7 + ((this.session.weekday - this.firstWeekday + 7) % 7);
    if (day >= this.days || this.holiday(day)) return undefined;
    return day;
  }

  /** The start of the week's live session. */
  sessionStart(week: number): Date | undefined {
    const day = this.sessionDay(week);
    return day === undefined ? undefined : this.at(day, this.session.startMinute);
  }

  /** A day of the week drawn by the weekly rhythm (holidays rarely), within the calendar. */
  pickDay(random: VolumeRandom, week: number): number {
    const days: number[] = [];
    const weights: number[] = [];
    for (let d = week * 7; d < Math.min(this.days, week * 7 + 7); d++) {
      days.push(d);
      weights.push(WEEKDAY_WEIGHTS[this.weekday(d)] * (this.holiday(d) ? 0.15 : 1));
    }
    return days[random.index(weights)];
  }

  /** A time of day drawn by the daily rhythm, in minutes after local midnight. */
  pickMinute(random: VolumeRandom): number {
    return random.index(HOUR_WEIGHTS) * 60 + random.int(0, 59);
  }

  /** A moment in the week by the daily and weekly rhythm. */
  pickTime(random: VolumeRandom, week: number): Date {
    return new Date(this.at(this.pickDay(random, week), this.pickMinute(random)).getTime() + random.int(0, 59_999));
  }

  /** A moment between two instants, by the daily rhythm, never after VOLUME_END (undefined when none fits). */
  pickBetween(random: VolumeRandom, from: Date, to: Date): Date | undefined {
    const end = Math.min(to.getTime(), VOLUME_END.getTime() - 1);
    if (end <= from.getTime()) return undefined;
    for (let attempt = 0; attempt < 8; attempt++) {
      const day = Math.floor((random.between(from.getTime(), end) - this.firstMidnight) / DAY_MS);
      const at = new Date(this.at(day, this.pickMinute(random)).getTime() + random.int(0, 59_999));
      if (at.getTime() > from.getTime() && at.getTime() <= end) return at;
    }
    return new Date(Math.floor(random.between(from.getTime(), end)));
  }

  /**
   * The first moment at least `delay` after `after` that the daily and weekly rhythm accepts (a moment is
   * kept with a chance in proportion to how busy its hour and weekday are, else a while later is tried),
   * so answers come some time later but in office hours. Undefined when that would be after VOLUME_END.
   */
  nextActive(random: VolumeRandom, after: Date, delay: number): Date | undefined {
    let t = after.getTime() + delay;
    for (let i = 0; i < 40 && t < VOLUME_END.getTime(); i++) {
      const local = new Date(t + offsetMinutes(this.timeZone, new Date(t)) * MINUTE_MS);
      if (random.next() < (HOUR_WEIGHTS[local.getUTCHours()] / 1.4) * (WEEKDAY_WEIGHTS[(local.getUTCDay() + 6) % 7] / 1.1))
        return new Date(t);
      t += random.exp(90 * MINUTE_MS);
    }
    return t < VOLUME_END.getTime() ? new Date(t) : undefined;
  }

  /** The week an instant falls in (0-based, clamped to the calendar). */
  weekOf(at: Date): number {
    return Math.min(this.weeks - 1, Math.max(0, Math.floor((at.getTime() - this.firstMidnight) / (7 * DAY_MS))));
  }
}

/** Engagement by week: keen at the start, a slow decline, some noise; one weight per week. */
export function weekCurve(random: VolumeRandom, weeks: number): number[] {
  return Array.from({ length: weeks }, (_, k) => {
    const ramp = k === 0 ? 0.85 : 1;
    const decline = 1.25 - 0.4 * (k / Math.max(1, weeks - 1));
    return Math.max(0.2, ramp * decline * (1 + 0.1 * random.gauss()));
  });
}

/** Adds milliseconds, never past VOLUME_END (one millisecond before it). */
export function later(at: Date, ms: number): Date {
  return new Date(Math.min(at.getTime() + ms, VOLUME_END.getTime() - 1));
}

export { DAY_MS, MINUTE_MS };
