import type { IndicatorReport, ParticipationReport, ParticipationRow } from '@trainaction/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { defaultSeparator, indicatorsCsv, participationCsv, separatorFrom } from './csv';

const row = (dims: Partial<ParticipationRow>, learners: number | string, rest: Partial<ParticipationRow> = {}): ParticipationRow => ({
  learners,
  activeLearners: typeof learners === 'number' ? Math.round(learners / 2) : null,
  messages: typeof learners === 'number' ? 10 : null,
  posts: 0,
  submissions: 0,
  acceptedSubmissions: 0,
  completions: 0,
  lessonsCompleted: 0,
  participationRate: typeof learners === 'number' ? 0.45 : null,
  ...dims,
  ...rest,
});

const report: ParticipationReport = {
  by: ['country', 'gender'],
  rows: [
    row({ country: 'HN', gender: 'man' }, 1130),
    row({ country: 'HN', gender: 'other_or_undisclosed' }, '<5', { suppressed: true, posts: null, submissions: null }),
    row({ country: 'CR', gender: 'woman' }, 83),
  ],
  totals: row({}, '1002–1004', { activeLearners: null, messages: 20, participationRate: null, range: { low: 1002, high: 1004 } }),
  suppressedCells: 1,
  rangedTotals: 1,
  threshold: 5,
  mergedGenders: ['non_binary', 'self_described', 'undisclosed'],
  margins: { rows: [], columns: [] },
  labels: {},
};

const indicators: IndicatorReport = {
  period: 'month',
  rows: [
    { period: '2026-07', country: 'DO', gender: 'woman', participants: 70, completions: 3 },
    { period: '2026-07', country: 'HN', gender: 'other_or_undisclosed', participants: '<5', completions: null, suppressed: true },
  ],
  suppressedCells: 1,
  threshold: 5,
  mergedGenders: ['non_binary', 'self_described', 'undisclosed'],
};

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('analytics CSV exports', () => {
  afterEach(() => overwriteGetLocale(() => 'es'));

  it('writes Spanish headers and labels separated by semicolons, with decimal commas and a byte-order mark', () => {
    overwriteGetLocale(() => 'es');
    const csv = participationCsv(report, { locale: 'es', separator: ';' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, hn, merged, , total] = lines(csv);
    expect(header).toBe(
      '"País";"Género";"Personas participantes";"Personas activas";"Tasa de participación";"Mensajes";"Aportes en foros";"Entregas";"Entregas aceptadas";"Cursos finalizados";"Lecciones completadas"',
    );
    expect(hn).toBe('"Honduras";"Hombre";"1130";"565";"0,45";"10";"0";"0";"0";"0";"0"');
    expect(merged).toBe('"Honduras";"Otra identidad o sin respuesta";"<5";"";"";"";"";"";"0";"0";"0"');
    expect(total).toBe('"Total";"";"1002–1004";"";"";"20";"0";"0";"0";"0";"0"');
    expect(lines(indicatorsCsv(indicators, { locale: 'es', separator: ';' }))).toEqual([
      '"Periodo";"País";"Sexo";"Participantes";"Cursos finalizados"',
      '"jul 2026";"República Dominicana";"Mujer";"70";"3"',
      '"jul 2026";"Honduras";"Otra identidad o sin respuesta";"<5";""',
    ]);
  });

  it('writes English headers and labels separated by commas, with decimal points', () => {
    overwriteGetLocale(() => 'en');
    const [header, hn, merged] = lines(participationCsv(report, { locale: 'en', separator: ',' }));
    expect(header.startsWith('"Country","Gender","Participants",')).toBe(true);
    expect(hn).toBe('"Honduras","Man","1130","565","0.45","10","0","0","0","0","0"');
    expect(merged.startsWith('"Honduras","Another identity or no answer","<5",')).toBe(true);
    expect(lines(indicatorsCsv(indicators, { locale: 'en', separator: ',' }))[1]).toBe('"Jul 2026","Dominican Republic","Woman","70","3"');
  });

  it('chooses the separator by language unless asked', () => {
    expect(defaultSeparator('es')).toBe(';');
    expect(defaultSeparator('en')).toBe(',');
    expect(separatorFrom(new URLSearchParams('sep=comma'), 'es')).toBe(',');
    expect(separatorFrom(new URLSearchParams('sep=semicolon'), 'en')).toBe(';');
    expect(separatorFrom(new URLSearchParams(''), 'es')).toBe(';');
  });
});
