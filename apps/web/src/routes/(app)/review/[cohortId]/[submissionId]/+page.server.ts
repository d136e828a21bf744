import { error } from '@sveltejs/kit';
import { isId, type ActivityView, type SubmissionView } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { callApi } from '$lib/server/api-client';
import { loadCohort } from '$lib/server/cohorts';
import { requireReviewer } from '$lib/server/review';
import { renderSubmissions } from '$lib/server/submission-markdown';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireReviewer(event);
  const cohort = await loadCohort(event, token, event.params.cohortId);
  requireReviewer(event, cohort);
  const id = event.params.submissionId;
  if (!isId(id)) error(404, { message: m.error_not_found(), code: 'NOT_FOUND' });
  const submission = await callApi<SubmissionView>(event, `/submissions/${id}`, { token });
  if (!submission.ok || submission.data.cohortId !== cohort.id) {
    if (!submission.ok && submission.error.code === 'UNAVAILABLE') error(503, { message: m.error_unavailable(), code: 'UNAVAILABLE' });
    error(404, { message: m.error_not_found(), code: 'NOT_FOUND' });
  }
  const context = await callApi<{ activity: ActivityView }>(event, `/activities/${submission.data.activityId}`, { token });
  return {
    cohort,
    submission: submission.data,
    activity: context.ok ? context.data.activity : null,
    rendered: renderSubmissions([submission.data]),
    me: user.id,
  };
};
