import type { AnalyticsDimension, Count, Gender, Sector } from '@trainaction/contracts';
import { countryName } from '$lib/i18n/countries';
import { genderLabel, sectorLabel } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';

export const MEASURES = [
  'learners',
  'activeLearners',
  'participationRate',
  'messages',
  'posts',
  'submissions',
  'acceptedSubmissions',
  'completions',
  'lessonsCompleted',
] as const;
export type Measure = (typeof MEASURES)[number];

const DIMENSION_LABELS: Record<AnalyticsDimension, () => string> = {
  course: m.analytics_dim_course,
  cohort: m.analytics_dim_cohort,
  country: m.analytics_dim_country,
  gender: m.analytics_dim_gender,
  sector: m.analytics_dim_sector,
  month: m.analytics_dim_month,
};

const MEASURE_LABELS: Record<Measure, () => string> = {
  learners: m.analytics_m_learners,
  activeLearners: m.analytics_m_active,
  participationRate: m.analytics_m_rate,
  messages: m.analytics_m_messages,
  posts: m.analytics_m_posts,
  submissions: m.analytics_m_submissions,
  acceptedSubmissions: m.analytics_m_accepted,
  completions: m.analytics_m_completions,
  lessonsCompleted: m.analytics_m_lessons,
};

export const dimensionLabel = (dim: AnalyticsDimension): string => DIMENSION_LABELS[dim]();
export const measureLabel = (measure: Measure): string => MEASURE_LABELS[measure]();

/** "2026-07" → "jul 2026" (es) / "Jul 2026" (en). */
export function monthLabel(month: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "2026-T3" → "T3 2026" (es) / "Q3 2026" (en); months as monthLabel. */
export function periodLabel(period: string, locale: string): string {
  const quarter = /^(\d{4})-T(\d)$/.exec(period);
  if (quarter) return m.analytics_quarter({ quarter: quarter[2], year: quarter[1] });
  return monthLabel(period, locale);
}

/** A dimension value in words: course and cohort names from the report's labels, countries, genders, sectors. */
export function valueLabel(dim: AnalyticsDimension, value: string | undefined, labels: Record<string, string>, locale: string): string {
  if (value === undefined || value === null) return '';
  switch (dim) {
    case 'course':
    case 'cohort':
      return labels[value] ?? value;
    case 'country':
      return countryName(value, locale);
    case 'gender':
      return genderLabel(value as Gender);
    case 'sector':
      return sectorLabel(value as Sector);
    case 'month':
      return monthLabel(value, locale);
  }
}

/** A count in the locale ("1 000" / "1,000"); hidden counts stay "<5", missing ones "—". */
export function formatCount(value: Count | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return new Intl.NumberFormat(locale).format(value);
}

/** A rate of 0 … 1 as a percentage ("45 %"). */
export function formatRate(rate: number | null | undefined, locale: string): string {
  if (rate === null || rate === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

export function formatMeasure(measure: Measure, value: Count | null | undefined, locale: string): string {
  return measure === 'participationRate' ? formatRate(value as number | null, locale) : formatCount(value, locale);
}
