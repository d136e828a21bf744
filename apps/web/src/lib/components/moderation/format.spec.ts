import { describe, expect, it } from 'vitest';
import {
  auditActionLabel,
  auditDetailParts,
  auditTargetLabel,
  dayBoundary,
  flagStateLabel,
  flagTransitions,
  formatShare,
  reasonLabel,
  slowModeWait,
  voiceGap,
} from './format';

describe('formatShare', () => {
  it('shows whole percentages in the reader language', () => {
    expect(formatShare(0.4234, 'es').replace(/\s/g, ' ')).toBe('42 %');
    expect(formatShare(0.4234, 'en')).toBe('42%');
    expect(formatShare(1, 'en')).toBe('100%');
  });

  it('never rounds a voice that spoke down to zero, and clamps nonsense', () => {
    expect(formatShare(0.001, 'en')).toBe('<1%');
    expect(formatShare(0, 'en')).toBe('0%');
    expect(formatShare(Number.NaN, 'en')).toBe('0%');
    expect(formatShare(1.7, 'en')).toBe('100%');
  });

  it('compares the share of voice with the share of people', () => {
    expect(voiceGap({ members: 2, share: 0.7 }, 4)).toBe(20);
    expect(voiceGap({ members: 2, share: 0.1 }, 4)).toBe(-40);
    expect(voiceGap({ members: 0, share: 0 }, 0)).toBe(0);
  });
});

describe('flag states', () => {
  it('labels states and reasons in Spanish', () => {
    expect(flagStateLabel('open')).toBe('Abierto');
    expect(flagStateLabel('in_progress')).toBe('En curso');
    expect(flagStateLabel('resolved')).toBe('Resuelto');
    expect(flagStateLabel('rejected')).toBe('Descartado');
    expect(reasonLabel('safeguarding')).toBe('Protección (safeguarding)');
    expect(reasonLabel('personal_data')).toBe('Datos personales');
    expect(reasonLabel('made_up')).toBe('made_up');
  });

  it('offers take, resolve and reject on open flags', () => {
    expect(flagTransitions('open', false).map((t) => [t.label, t.to])).toEqual([
      ['Tomar', 'in_progress'],
      ['Resolver', 'resolved'],
      ['Descartar', 'rejected'],
    ]);
  });

  it('lets the assignee release a flag in progress and others take it over', () => {
    expect(flagTransitions('in_progress', true).map((t) => t.action)).toEqual(['release', 'resolve', 'reject']);
    expect(flagTransitions('in_progress', true)[0].to).toBe('open');
    expect(flagTransitions('in_progress', false).map((t) => t.action)).toEqual(['take', 'resolve', 'reject']);
  });

  it('only reopens closed flags', () => {
    for (const state of ['resolved', 'rejected'] as const)
      expect(flagTransitions(state, true).map((t) => [t.label, t.to])).toEqual([['Reabrir', 'open']]);
  });
});

describe('helpers', () => {
  it('reads the wait out of a slow mode refusal', () => {
    expect(slowModeWait('Slow mode: wait 12 s before your next message')).toBe(12);
    expect(slowModeWait('nope')).toBeNull();
    expect(slowModeWait(undefined)).toBeNull();
  });

  it("turns a date input into the start or end of that day in the person's zone", () => {
    expect(dayBoundary('2026-03-05', false, 'America/Tegucigalpa')).toBe('2026-03-05T06:00:00.000Z');
    expect(dayBoundary('2026-03-05', true, 'America/Tegucigalpa')).toBe('2026-03-06T05:59:59.999Z');
    expect(dayBoundary('2026-03-05', false, 'America/Santo_Domingo')).toBe('2026-03-05T04:00:00.000Z');
    expect(dayBoundary('05/03/2026', false, 'America/Tegucigalpa')).toBeUndefined();
  });
});

describe('audit entries in the person language', () => {
  it('words every recorded kind and state instead of showing the stored keys', () => {
    expect(auditActionLabel('flag.create')).toBe('Reporte creado');
    expect(auditActionLabel('flag.create')).not.toContain('.');
    expect(auditActionLabel('some.future_action')).toBe('Otra acción');
    expect(auditDetailParts('flag.update', undefined, { state: 'in_progress' })).toEqual(['En curso']);
    expect(auditDetailParts('flag.create', 'spam', undefined)).toEqual([reasonLabel('spam')]);
    expect(auditTargetLabel('flag', '65f0c0ffee00000000a1b2c3')).toBe('reporte …a1b2c3');
  });
});
