import { fail } from '@sveltejs/kit';
import { COURSE_STATUSES, type CourseView, type Page, type CohortView } from '@trainaction/contracts';
import { failureFromApi } from '$lib/forms/failure';
import { loadCourse } from '$lib/server/courses';
import { callApi } from '$lib/server/api-client';
import { textField } from '$lib/server/form-data';
import { COURSE_EDITORS, requireRole, requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireUser(event);
  const { course, progress } = await loadCourse(event, token, event.params.slug);
  // Activity links carry the person's cohort in this course (activities/[id]?cohort=), learner cohorts first.
  const myCohorts = await callApi<Page<CohortView>>(event, '/cohorts', {
    token,
    query: { scope: 'mine' },
  });
  const inCourse = myCohorts.ok ? myCohorts.data.items.filter((c) => c.courseId === course.id && c.myRole) : [];
  const activityCohortId = (inCourse.find((c) => c.myRole === 'learner') ?? inCourse[0])?.id ?? null;
  return { course, progress, canEdit: COURSE_EDITORS.includes(user.role), saved: event.url.searchParams.has('saved'), activityCohortId };
};

export const actions: Actions = {
  status: async (event) => {
    const { token } = requireRole(event, COURSE_EDITORS);
    const status = textField(await event.request.formData(), 'status');
    if (!(COURSE_STATUSES as readonly string[]).includes(status))
      return fail(400, { failure: { code: 'VALIDATION_FAILED' as const, fields: { status: 'invalid' as const } } });
    const result = await callApi<CourseView>(event, `/courses/${encodeURIComponent(event.params.slug)}/status`, {
      method: 'PATCH',
      token,
      body: { status },
    });
    if (!result.ok) return fail(result.status, { failure: failureFromApi(result.error) });
    return { statusChanged: result.data.status };
  },
};
