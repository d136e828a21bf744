import { describe, expect, it } from 'vitest';
import { DIGEST_LOOKBACK_MS, digestDayAt, digestSince, localTime } from './digest-schedule';

describe(localTime.name, () => {
  it('reads the day and hour in a zone', () => {
    expect(localTime(new Date('2026-12-05T13:05:00Z'), 'America/Tegucigalpa')).toEqual({ day: '2026-12-05', hour: 7 });
    expect(localTime(new Date('2026-12-05T03:30:00Z'), 'America/Santo_Domingo')).toEqual({ day: '2026-12-04', hour: 23 });
  });
});

describe(digestDayAt.name, () => {
  it('is the local day from the digest hour for three hours, and null otherwise', () => {
    const zone = 'America/Tegucigalpa'; // UTC-6
    expect(digestDayAt(new Date('2026-12-05T12:59:00Z'), zone, 7)).toBeNull();
    expect(digestDayAt(new Date('2026-12-05T13:00:00Z'), zone, 7)).toBe('2026-12-05');
    expect(digestDayAt(new Date('2026-12-05T15:59:00Z'), zone, 7)).toBe('2026-12-05');
    expect(digestDayAt(new Date('2026-12-05T16:00:00Z'), zone, 7)).toBeNull();
  });

  it('follows each zone: 07:00 in Santo Domingo comes two hours before 07:00 in Tegucigalpa', () => {
    const at = new Date('2026-12-05T11:30:00Z');
    expect(digestDayAt(at, 'America/Santo_Domingo', 7)).toBe('2026-12-05');
    expect(digestDayAt(at, 'America/Tegucigalpa', 7)).toBeNull();
  });

  it('gives a window that crosses midnight to the day it began on', () => {
    expect(digestDayAt(new Date('2026-12-06T06:30:00Z'), 'America/Tegucigalpa', 23)).toBe('2026-12-05'); // 00:30 local
  });
});

describe(digestSince.name, () => {
  const now = new Date('2026-12-05T13:05:00Z');

  it('starts where the last digest ended', () => {
    const last = new Date('2026-12-04T13:02:00Z');
    expect(digestSince(last, now)).toEqual(last);
  });

  it('reaches back a day for a first digest, and a week at most', () => {
    expect(digestSince(undefined, now)).toEqual(new Date('2026-12-04T13:05:00Z'));
    expect(digestSince(new Date('2026-10-01T00:00:00Z'), now)).toEqual(new Date(now.getTime() - DIGEST_LOOKBACK_MS));
  });
});
