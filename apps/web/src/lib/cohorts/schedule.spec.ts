import { describe, expect, it } from 'vitest';
import { formatInZone, isoToZonedLocal, otherTimeZones, zonedLocalToIso, zoneOffsetName } from './schedule';

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

describe(formatInZone.name, () => {
  it('shows the same instant in two zones with their offsets', () => {
    const iso = '2026-07-06T14:00:00.000Z';
    expect(formatInZone(iso, 'America/Tegucigalpa', 'es')).toMatch(/6 de julio de 2026.* 8:00 \(GMT-6\)/);
    expect(formatInZone(iso, 'America/Santo_Domingo', 'es')).toMatch(/ 10:00 \(GMT-4\)/);
    expect(zoneOffsetName(iso, 'America/Costa_Rica', 'en')).toBe('GMT-6');
  });
});

describe(otherTimeZones.name, () => {
  it('leaves the academy zones out of the rest', () => {
    const zones = otherTimeZones();
    expect(zones).not.toContain('America/Tegucigalpa');
    expect(zones.length).toBeGreaterThan(0);
  });
});
