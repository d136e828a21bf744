import { SUBMISSION_STATUSES, type SubmissionStatus, type SubmissionView } from '@trainaction/contracts';
import { error } from '@sveltejs/kit';
import type { QueueFilters } from '$lib/components/submission/format';
import { m } from '$lib/paraglide/messages';
import { callApi } from '$lib/server/api-client';
import { loadCohort } from '$lib/server/cohorts';
import { loadCourse } from '$lib/server/courses';
import { requireReviewer } from '$lib/server/review';
import type { PageServerLoad } from './$types';

/** The queue's filters from the address, ignoring anything malformed. */
function readFilters(url: URL): QueueFilters {
  const q = url.searchParams;
  const status = q.get('status');
  const activityId = q.get('activityId');
  const country = q.get('country');
  const late = q.get('late');
  return {
    status: (SUBMISSION_STATUSES as readonly string[]).includes(status ?? '') ? (status as SubmissionStatus) : undefined,
    activityId: activityId && /^[0-9a-f]{24}$/.test(activityId) ? activityId : undefined,
    country: country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : undefined,
    late: late === 'true' ? true : late === 'false' ? false : undefined,
  };
}

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireReviewer(event);
  const cohort = await loadCohort(event, token, event.params.cohortId);
  requireReviewer(event, cohort);
  const filters = readFilters(event.url);
  const [queue, course] = await Promise.all([
    callApi<SubmissionView[]>(event, `/cohorts/${cohort.id}/submissions`, {
      token,
      query: { status: filters.status, activityId: filters.activityId, country: filters.country, late: filters.late === undefined ? undefined : String(filters.late) },
    }),
    cohort.course ? loadCourse(event, token, cohort.course.slug).then((r) => r.course).catch(() => null) : Promise.resolve(null),
  ]);
  if (!queue.ok) {
    if (queue.status === 403 || queue.status === 404) error(403, { message: m.error_forbidden(), code: 'FORBIDDEN' });
    error(queue.status === 503 ? 503 : queue.status, { message: m.error_unavailable(), code: queue.error.code });
  }
  const activities = (course?.modules ?? []).flatMap((mod) => mod.activities.filter((a) => a.kind === 'submission').map((a) => ({ id: a.id, title: a.title })));
  return { cohort, filters, submissions: queue.data, activities, me: user.id };
};
