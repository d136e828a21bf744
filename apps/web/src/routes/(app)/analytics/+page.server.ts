import type { AnalyticsDashboard } from '@trainaction/contracts';
import { filterQuery, filtersFromUrl } from '$lib/analytics/filters';
import { failureFromApi } from '$lib/forms/failure';
import { callApi } from '$lib/server/api-client';
import { requireRole } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

/** Coordinators and admins report participation to partners and donors. */
const ANALYSTS = ['coordinator', 'admin'] as const;

export const load: PageServerLoad = async (event) => {
  const { token } = requireRole(event, ANALYSTS);
  const filters = filtersFromUrl(event.url.searchParams);
  // One request for the six reports and the filters' options (eight before: one per report and list).
  const dashboard = await callApi<AnalyticsDashboard>(event, '/analytics/dashboard', {
    token,
    query: { ...filterQuery(filters), by: filters.by.join(','), period: filters.period },
  });
  const data = dashboard.ok ? dashboard.data : null;
  return {
    filters,
    table: data?.table ?? null,
    byGender: data?.byGender ?? null,
    countryGender: data?.countryGender ?? null,
    months: data?.months ?? null,
    heat: data?.heat ?? null,
    indicators: data?.indicators ?? null,
    courses: data?.courses ?? [],
    cohorts: data?.cohorts ?? [],
    loadFailure: dashboard.ok ? null : failureFromApi(dashboard.error),
  };
};
