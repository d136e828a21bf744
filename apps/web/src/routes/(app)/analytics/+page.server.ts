import type { CohortView, CourseSummary, IndicatorReport, Page, ParticipationReport } from '@trainaction/contracts';
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
  const query = filterQuery(filters);
  const participation = (by: string) => callApi<ParticipationReport>(event, '/analytics/participation', { token, query: { ...query, by } });

  const [table, byGender, countryGender, months, heat, indicators, courses, cohorts] = await Promise.all([
    participation(filters.by.join(',')),
    participation('gender'),
    participation('country,gender'),
    participation('month'),
    participation('course,country'),
    callApi<IndicatorReport>(event, '/analytics/indicators', {
      token,
      query: { period: filters.period, ...filterQuery(filters, ['courseId', 'from', 'to']) },
    }),
    callApi<Page<CourseSummary>>(event, '/courses', { token }),
    callApi<Page<CohortView>>(event, '/cohorts', { token, query: { scope: 'all', courseId: filters.courseId || undefined } }),
  ]);

  const failed = [table, byGender, countryGender, months, heat, indicators].find((r) => !r.ok);
  return {
    filters,
    table: table.ok ? table.data : null,
    byGender: byGender.ok ? byGender.data : null,
    countryGender: countryGender.ok ? countryGender.data : null,
    months: months.ok ? months.data : null,
    heat: heat.ok ? heat.data : null,
    indicators: indicators.ok ? indicators.data : null,
    courses: courses.ok ? courses.data.items.map((c) => ({ id: c.id, title: c.title })) : [],
    cohorts: cohorts.ok ? cohorts.data.items.map((c) => ({ id: c.id, name: c.name, courseId: c.courseId })) : [],
    loadFailure: failed && !failed.ok ? failureFromApi(failed.error) : null,
  };
};
