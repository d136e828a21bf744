import { describe, expect, it } from 'vitest';
import { isoToZonedLocal, otherTimeZones, zonedLocalToIso } from './schedule';

describe(zonedLocalToIso.name, () => {
  it('reads a wall-clock time in Tegucigalpa (UTC-6) and Santo Domingo (UTC-4)', () => {
    expect(zonedLocalToIso('2026-08-03T09:00', 'America/Tegucigalpa')).toBe('2026-08-03T15:00:00.000Z');
    expect(zonedLocalToIso('2026-08-03T09:00', 'America/Santo_Domingo')).toBe('2026-08-03T13:00:00.000Z');
  });

  it('follows daylight saving where a zone has it', () => {
    expect(zonedLocalToIso('2026-01-15T09:00', 'Europe/Madrid')).toBe('2026-01-15T08:00:00.000Z');
    expect(zonedLocalToIso('2026-07-15T09:00', 'Europe/Madrid')).toBe('2026-07-15T07:00:00.000Z');
  });

  it('refuses what is not a datetime-local value', () => {
    expect(zonedLocalToIso('', 'UTC')).toBeNull();
    expect(zonedLocalToIso('mañana', 'UTC')).toBeNull();
  });

  it('round-trips with isoToZonedLocal', () => {
    expect(isoToZonedLocal('2026-08-03T15:00:00.000Z', 'America/Tegucigalpa')).toBe('2026-08-03T09:00');
  });
});

describe(otherTimeZones.name, () => {
  it('leaves the academy zones out of the rest', () => {
    const zones = otherTimeZones();
    expect(zones).not.toContain('America/Tegucigalpa');
    expect(zones.length).toBeGreaterThan(0);
  });
});
