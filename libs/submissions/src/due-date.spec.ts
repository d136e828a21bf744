import { describe, expect, it } from 'vitest';
import { dueAt } from './due-date';

describe(dueAt.name, () => {
  it('ends the due day at 23:59:59 in the cohort’s time zone', () => {
    // Starts Monday 6 July 2026 at 08:00 in Honduras (UTC-6); due 7 days later, Monday 13 July, 23:59:59 local.
    expect(dueAt(new Date('2026-07-06T14:00:00Z'), 7, 'America/Tegucigalpa').toISOString()).toBe('2026-07-14T05:59:59.000Z');
    expect(dueAt(new Date('2026-07-06T14:00:00Z'), 7, 'America/Santo_Domingo').toISOString()).toBe('2026-07-14T03:59:59.000Z');
  });

  it('uses the local date of the start, not the UTC date', () => {
    // 02:00 UTC on 7 July is still 6 July in Guatemala.
    expect(dueAt(new Date('2026-07-07T02:00:00Z'), 0, 'America/Guatemala').toISOString()).toBe('2026-07-07T05:59:59.000Z');
  });
});
