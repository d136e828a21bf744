import type { AnalyticsDimension, Count, IndicatorReport, ParticipationReport, ParticipationRow } from '@trainaction/contracts';
import { countryName } from '$lib/i18n/countries';
import { genderLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';
import { dimensionLabel, MEASURES, measureLabel, periodLabel, valueLabel } from './format';

/** ';' for spreadsheets set up for Spanish (where ',' is the decimal mark), ',' otherwise. */
export type CsvSeparator = ';' | ',';

export interface CsvOptions {
  locale: string;
  separator: CsvSeparator;
}

/** The separator a spreadsheet in the person's language expects: ';' in Spanish, ',' in English. */
export const defaultSeparator = (locale: string): CsvSeparator => (locale.startsWith('es') ? ';' : ',');

/** The separator asked for in the query (`sep=semicolon` or `sep=comma`), else the language's. */
export function separatorFrom(params: URLSearchParams, locale: string): CsvSeparator {
  const sep = params.get('sep');
  return sep === 'semicolon' ? ';' : sep === 'comma' ? ',' : defaultSeparator(locale);
}

/**
 * A CSV file: UTF-8 with a byte-order mark (so Excel reads accents), every cell quoted, and cells that start with
 * =, +, - or @ neutralised so a spreadsheet never runs them as formulas.
 */
function toCsv(header: string[], rows: string[][], separator: CsvSeparator): string {
  const cell = (value: string) => `"${(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`;
  return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(separator)).join('\r\n') + '\r\n';
}

/**
 * A count as the page shows it, without thousands separators (a spreadsheet reads it as a number): "1000", "<5",
 * "232–235", "≥108"; empty when not published.
 */
function count(value: Count | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A rate as a decimal with the spreadsheet's decimal mark ("0,45" with ';', "0.45" with ','). */
function rate(value: number | null, separator: CsvSeparator): string {
  if (value === null) return '';
  const text = String(value);
  return separator === ';' ? text.replace('.', ',') : text;
}

/** The participation CSV: the dashboard's cross-tab as its protected report shows it, then the totals row. */
export function participationCsv(report: ParticipationReport, { locale, separator }: CsvOptions): string {
  const label = (dim: AnalyticsDimension, row: ParticipationRow) => valueLabel(dim, row[dim], report.labels, locale);
  const line = (row: ParticipationRow, first?: string) => [
    ...report.by.map((d, i) => (first !== undefined && i === 0 ? first : first !== undefined ? '' : label(d, row))),
    ...MEASURES.map((measure) =>
      measure === 'participationRate' ? rate(row.participationRate, separator) : count(row[measure] as Count | null),
    ),
  ];
  const header = [...report.by.map(dimensionLabel), ...MEASURES.map(measureLabel)];
  const rows = report.by.length
    ? [...report.rows.map((row) => line(row)), line(report.totals, m.analytics_total())]
    : [line(report.totals)];
  return toCsv(header, rows, separator);
}

/** The donor indicators CSV: periods, countries and sexes in words, the hidden groups as "<5". */
export function indicatorsCsv(report: IndicatorReport, { locale, separator }: CsvOptions): string {
  const header = [
    m.analytics_period(),
    m.analytics_dim_country(),
    m.analytics_sex(),
    m.analytics_participants(),
    m.analytics_m_completions(),
  ];
  const rows = report.rows.map((r) => [
    periodLabel(r.period, locale),
    countryName(r.country, locale),
    genderLabel(r.gender),
    count(r.participants),
    count(r.completions),
  ]);
  return toCsv(header, rows, separator);
}
