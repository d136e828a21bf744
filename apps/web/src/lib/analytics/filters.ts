import { ANALYTICS_DIMENSIONS, DEFAULT_DIMENSIONS, ID_PATTERN, type AnalyticsDimension } from '@trainaction/contracts';

export { DEFAULT_DIMENSIONS };

/** The dashboard's state, all of it in the query string so a view can be shared as a link. '' means "all". */
export interface AnalyticsFilters {
  by: AnalyticsDimension[];
  courseId: string;
  cohortId: string;
  country: string;
  gender: string;
  sector: string;
  from: string;
  to: string;
  period: 'month' | 'quarter';
}

export const MAX_DIMENSIONS = 3;
/** The filters sent to the API, in a stable order (also the order in shared links). */
export const FILTER_KEYS = ['courseId', 'cohortId', 'country', 'gender', 'sector', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WORD = /^[a-z_]{1,30}$/;

function isDimension(value: string): value is AnalyticsDimension {
  return (ANALYTICS_DIMENSIONS as readonly string[]).includes(value);
}

/**
 * Reads the state from a URL. `by` may come as one comma list (`by=country,gender`, the shared form) or repeated
 * (`by=country&by=gender`, what the dimension pickers submit without JavaScript). Unknown or malformed values are
 * dropped rather than sent to the API; an empty `by=` asks for totals only.
 */
export function filtersFromUrl(params: URLSearchParams): AnalyticsFilters {
  const rawBy = params.getAll('by');
  const by: AnalyticsDimension[] = [];
  for (const part of rawBy.flatMap((v) => v.split(','))) {
    const dim = part.trim();
    if (isDimension(dim) && !by.includes(dim) && by.length < MAX_DIMENSIONS) by.push(dim);
  }
  const text = (key: string, pattern: RegExp, transform = (v: string) => v) => {
    const value = transform((params.get(key) ?? '').trim());
    return pattern.test(value) ? value : '';
  };
  return {
    by: rawBy.length === 0 ? [...DEFAULT_DIMENSIONS] : by,
    courseId: text('courseId', ID_PATTERN),
    cohortId: text('cohortId', ID_PATTERN),
    country: text('country', /^[A-Z]{2}$/, (v) => v.toUpperCase()),
    gender: text('gender', WORD),
    sector: text('sector', WORD),
    from: text('from', DAY),
    to: text('to', DAY),
    period: params.get('period') === 'quarter' ? 'quarter' : 'month',
  };
}

/** The filter part of the API query (no dimensions), without empty values. */
export function filterQuery(filters: AnalyticsFilters, keys: readonly FilterKey[] = FILTER_KEYS): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of keys) if (filters[key]) query[key] = filters[key];
  return query;
}

/** The canonical query string of a view (`?by=country,gender&country=HN`), '' for the default view. */
export function filtersToSearch(filters: AnalyticsFilters): string {
  const params = new URLSearchParams();
  const isDefault = filters.by.length === DEFAULT_DIMENSIONS.length && filters.by.every((d, i) => d === DEFAULT_DIMENSIONS[i]);
  if (!isDefault) params.set('by', filters.by.join(','));
  for (const [key, value] of Object.entries(filterQuery(filters))) params.set(key, value);
  if (filters.period !== 'month') params.set('period', filters.period);
  const search = params.toString().replaceAll('%2C', ',');
  return search ? `?${search}` : '';
}

/** The same view with some parts changed, as a link. */
export function viewHref(path: string, filters: AnalyticsFilters, change: Partial<AnalyticsFilters> = {}): string {
  return `${path}${filtersToSearch({ ...filters, ...change })}`;
}

/** How many filters narrow the view (for "3 filtros activos"). */
export function activeFilterCount(filters: AnalyticsFilters): number {
  return FILTER_KEYS.filter((key) => filters[key]).length;
}

/** The query string of a CSV export of the current view. */
export function participationExportSearch(filters: AnalyticsFilters): string {
  const params = new URLSearchParams({ by: filters.by.join(','), ...filterQuery(filters) });
  return `?${params.toString().replaceAll('%2C', ',')}`;
}

export function indicatorExportSearch(filters: AnalyticsFilters): string {
  const params = new URLSearchParams({ period: filters.period, ...filterQuery(filters, ['courseId', 'from', 'to']) });
  return `?${params.toString()}`;
}
