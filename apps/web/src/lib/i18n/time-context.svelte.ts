import { getContext, setContext } from 'svelte';
import { ACADEMY_TIME_ZONE, clock, dateTime, day, messageTime, relative, zoneName, type TimeSettings } from './time';

const KEY = Symbol('time');

/**
 * The person's zone, language and a clock for relative times, shared by every page through context. The
 * clock starts at the server's `now` (so the first render in the browser repeats the server's words) and
 * ticks every 30 s once the page is mounted.
 */
export class TimeContext {
  now = $state(0);

  constructor(
    private readonly settings: () => TimeSettings,
    now: number,
  ) {
    this.now = now;
  }

  get locale(): string {
    return this.settings().locale;
  }

  get timeZone(): string {
    return this.settings().timeZone;
  }

  /** Starts the clock; returns its stop. */
  start(): () => void {
    this.now = Date.now();
    const id = setInterval(() => (this.now = Date.now()), 30_000);
    return () => clearInterval(id);
  }

  dateTime = (iso: string | undefined | null, style: 'medium' | 'long' = 'medium') => dateTime(iso, this.settings(), style);
  day = (iso: string | undefined | null) => day(iso, this.settings());
  clock = (iso: string | undefined | null, seconds = false) => clock(iso, this.settings(), seconds);
  relative = (iso: string | undefined | null) => relative(iso, this.now, this.settings());
  messageTime = (iso: string) => messageTime(iso, this.now, this.settings());
  zoneName = (iso: string | number = this.now) => zoneName(iso, this.settings());
}

export function provideTime(context: TimeContext): TimeContext {
  return setContext(KEY, context);
}

/** The page's time context; outside the app's layout (a component test), the academy's zone in Spanish. */
export function useTime(): TimeContext {
  return getContext<TimeContext | undefined>(KEY) ?? new TimeContext(() => ({ locale: 'es', timeZone: ACADEMY_TIME_ZONE }), Date.now());
}
