import { fail, redirect } from '@sveltejs/kit';
import { cohortInputSchema, type CohortView, type CourseSummary, type Page } from '@trainaction/contracts';
import { cohortPayload, cohortValues } from '$lib/forms/cohort';
import { failureFromApi, failureFromIssues } from '$lib/forms/failure';
import { callApi } from '$lib/server/api-client';
import { COHORT_MANAGERS, requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { token } = requireRole(event, COHORT_MANAGERS);
  const courses = await callApi<Page<CourseSummary>>(event, '/courses', { token });
  return { courses: courses.ok ? courses.data.items : [], courseId: event.url.searchParams.get('courseId') ?? '' };
};

export const actions: Actions = {
  default: async (event) => {
    const { token } = requireRole(event, COHORT_MANAGERS);
    const values = cohortValues(await event.request.formData());
    // Checked here with the shared schema first, so every field error shows at once; the API checks again.
    const parsed = cohortInputSchema.safeParse(cohortPayload(values));
    if (!parsed.success) return fail(400, { values, failure: failureFromIssues(parsed.error.issues) });
    const result = await callApi<CohortView>(event, '/cohorts', { method: 'POST', token, body: parsed.data });
    if (!result.ok) return fail(result.status, { values, failure: failureFromApi(result.error) });
    redirect(303, `/cohorts/${result.data.id}/enrol?created=1`);
  },
};
