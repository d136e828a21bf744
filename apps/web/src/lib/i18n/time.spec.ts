import { describe, expect, it } from 'vitest';
import { clock, dateTime, day, messageTime, relative, sameDay, zoneName } from './time';

const HN = { locale: 'es', timeZone: 'America/Tegucigalpa' };
const DO = { locale: 'es', timeZone: 'America/Santo_Domingo' };
const EN = { locale: 'en', timeZone: 'America/Tegucigalpa' };
const POST = '2026-07-06T13:37:00.000Z';

describe('dateTime', () => {
  it('shows one instant in the chosen zone and names it, whatever the machine zone', () => {
    expect(dateTime(POST, HN)).toMatch(/6 jul 2026, 7:37 \(GMT-6\)$/);
    expect(dateTime(POST, DO)).toMatch(/6 jul 2026, 9:37 \(GMT-4\)$/);
    expect(dateTime(POST, EN)).toMatch(/Jul 6, 2026, 7:37\sAM \(GMT-6\)$/);
    expect(dateTime(POST, HN, 'long')).toMatch(/6 de julio de 2026.* 7:37 \(GMT-6\)$/);
  });

  it('gives nothing for a missing or broken date rather than "Invalid Date"', () => {
    expect(dateTime(undefined, HN)).toBe('');
    expect(dateTime('no es fecha', HN)).toBe('');
  });

  it('falls back to the academy zone for an unknown stored zone', () => {
    expect(dateTime(POST, { locale: 'es', timeZone: 'Mars/Olympus' })).toMatch(/7:37/);
  });
});

describe('day, clock and zoneName', () => {
  it('reads the calendar day in the zone (late evening in Tegucigalpa is already tomorrow in UTC)', () => {
    expect(day('2026-07-07T03:00:00.000Z', HN)).toBe('6 jul 2026');
    expect(clock(POST, HN)).toBe('7:37');
    expect(clock(POST, HN, true)).toBe('7:37:00');
    expect(zoneName(POST, DO)).toBe('GMT-4');
    expect(sameDay(new Date('2026-07-07T03:00:00Z'), new Date('2026-07-06T13:00:00Z'), HN)).toBe(true);
    expect(sameDay(new Date('2026-07-07T03:00:00Z'), new Date('2026-07-06T13:00:00Z'), { locale: 'es', timeZone: 'UTC' })).toBe(false);
  });
});

describe('relative', () => {
  const now = Date.parse(POST);
  it('words recent instants in the language, against the clock it is given', () => {
    expect(relative(POST, now + 10_000, HN)).toBe('ahora');
    expect(relative(POST, now + 5 * 60_000, HN)).toBe('hace 5 minutos');
    expect(relative(POST, now + 60_000, HN)).toBe('hace 1 minuto');
    expect(relative(POST, now + 5 * 60_000, EN)).toBe('5 minutes ago');
    expect(relative(POST, now + 3 * 3_600_000, HN)).toBe('hace 3 horas');
    expect(relative(POST, now + 26 * 3_600_000, HN)).toBe('ayer');
    expect(relative(POST, now - 2 * 3_600_000, EN)).toBe('in 2 hours');
  });

  it('turns to the absolute date and zone after a week', () => {
    expect(relative(POST, now + 8 * 86_400_000, HN)).toBe(dateTime(POST, HN));
  });
});

describe('messageTime', () => {
  const now = Date.parse(POST);
  it('is relative within the hour, the clock the same day, and date and clock before', () => {
    expect(messageTime(POST, now + 2 * 60_000, HN)).toBe('hace 2 minutos');
    expect(messageTime(POST, now + 3 * 3_600_000, HN)).toBe('7:37');
    expect(messageTime(POST, now + 20 * 3_600_000, HN)).toBe('6 jul, 7:37');
  });
});
