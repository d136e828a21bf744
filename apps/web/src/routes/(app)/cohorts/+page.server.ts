import { fail, redirect } from '@sveltejs/kit';
import { isId, countrySchema, type CohortView, type CourseSummary, type Page } from '@trainaction/contracts';
import { failureFromApi } from '$lib/forms/failure';
import { callApi } from '$lib/server/api-client';
import { textField } from '$lib/server/form-data';
import { COHORT_MANAGERS, requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

type CohortList = { items: CohortView[] };

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireUser(event);
  const manager = COHORT_MANAGERS.includes(user.role);
  if (!manager) {
    const [mine, open] = await Promise.all([
      callApi<CohortList>(event, '/cohorts', { token, query: { scope: 'mine' } }),
      user.role === 'learner' ? callApi<CohortList>(event, '/cohorts', { token, query: { scope: 'open' } }) : null,
    ]);
    const mineIds = new Set(mine.ok ? mine.data.items.map((c) => c.id) : []);
    return {
      manager,
      cohorts: mine.ok ? mine.data.items : [],
      open: open?.ok ? open.data.items.filter((c) => !mineIds.has(c.id)) : [],
      courses: [] as CourseSummary[],
      filter: { courseId: '', country: '' },
      loadFailure: mine.ok ? null : failureFromApi(mine.error),
    };
  }

  const courseId = event.url.searchParams.get('courseId') ?? '';
  const country = (event.url.searchParams.get('country') ?? '').toUpperCase();
  const validCountry = countrySchema.safeParse(country).success ? country : '';
  const [all, courses] = await Promise.all([
    callApi<CohortList>(event, '/cohorts', {
      token,
      query: { scope: 'all', courseId: isId(courseId) ? courseId : undefined, country: validCountry },
    }),
    callApi<Page<CourseSummary>>(event, '/courses', { token }),
  ]);
  return {
    manager,
    cohorts: all.ok ? all.data.items : [],
    open: [] as CohortView[],
    courses: courses.ok ? courses.data.items : [],
    filter: { courseId, country: validCountry },
    loadFailure: all.ok ? null : failureFromApi(all.error),
  };
};

export const actions: Actions = {
  join: async (event) => {
    const { token } = requireUser(event);
    const cohortId = textField(await event.request.formData(), 'cohortId');
    if (!isId(cohortId)) return fail(400, { cohortId, failure: { code: 'VALIDATION_FAILED' as const, fields: {} } });
    const result = await callApi(event, `/cohorts/${cohortId}/join`, { method: 'POST', token });
    if (!result.ok) return fail(result.status, { cohortId, failure: failureFromApi(result.error) });
    redirect(303, `/cohorts/${cohortId}?joined=1`);
  },
};
