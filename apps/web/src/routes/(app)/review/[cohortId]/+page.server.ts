import type { SubmissionQueuePage } from '@trainaction/contracts';
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { callApi } from '$lib/server/api-client';
import { loadCohort } from '$lib/server/cohorts';
import { loadCourse } from '$lib/server/courses';
import { requireReviewer } from '$lib/server/review';
import type { PageServerLoad } from './$types';
import { queueQuery, readFilters } from './queue-filters';

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireReviewer(event);
  const cohort = await loadCohort(event, token, event.params.cohortId);
  requireReviewer(event, cohort);
  const filters = readFilters(event.url);
  const [queue, course] = await Promise.all([
    callApi<SubmissionQueuePage>(event, `/cohorts/${cohort.id}/submissions`, { token, query: queueQuery(filters) }),
    cohort.course
      ? loadCourse(event, token, cohort.course.slug)
          .then((r) => r.course)
          .catch(() => null)
      : Promise.resolve(null),
  ]);
  if (!queue.ok) {
    if (queue.status === 403 || queue.status === 404) error(403, { message: m.error_forbidden(), code: 'FORBIDDEN' });
    error(queue.status === 503 ? 503 : queue.status, { message: m.error_unavailable(), code: queue.error.code });
  }
  const activities = (course?.modules ?? []).flatMap((mod) =>
    mod.activities.filter((a) => a.kind === 'submission').map((a) => ({ id: a.id, title: a.title })),
  );
  return { cohort, filters, queue: queue.data, activities, me: user.id };
};
