import { describe, expect, it } from 'vitest';
import { localWeeks } from './local-weeks';

describe(localWeeks.name, () => {
  it('starts the week on Monday in the time zone, not in UTC', () => {
    // Monday 04:00 UTC is Sunday 22:00 in Tegucigalpa (UTC−6): still the week that began on Monday 13 July.
    const sut = localWeeks(new Date('2026-07-20T04:00:00Z'), 'America/Tegucigalpa');
    expect(sut).toEqual({
      thisWeek: { from: '2026-07-13', to: '2026-07-19' },
      lastWeek: { from: '2026-07-06', to: '2026-07-12' },
    });
    expect(localWeeks(new Date('2026-07-20T04:00:00Z'), 'UTC').thisWeek).toEqual({ from: '2026-07-20', to: '2026-07-26' });
  });

  it('counts a Monday as the first day of its own week, across a month and a year', () => {
    expect(localWeeks(new Date('2026-06-01T15:00:00Z'), 'America/Santo_Domingo')).toEqual({
      thisWeek: { from: '2026-06-01', to: '2026-06-07' },
      lastWeek: { from: '2026-05-25', to: '2026-05-31' },
    });
    expect(localWeeks(new Date('2027-01-01T12:00:00Z'), 'America/Costa_Rica').thisWeek).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });
});
