import { isId, SUBMISSION_STATUSES, type SubmissionStatus } from '@trainaction/contracts';
import type { QueueFilters } from '$lib/components/submission/format';

/** The queue's filters from the address, ignoring anything malformed. */
export function readFilters(url: URL): QueueFilters {
  const q = url.searchParams;
  const status = q.get('status');
  const activityId = q.get('activityId');
  const country = q.get('country');
  const late = q.get('late');
  return {
    status: (SUBMISSION_STATUSES as readonly string[]).includes(status ?? '') ? (status as SubmissionStatus) : undefined,
    activityId: isId(activityId) ? activityId : undefined,
    country: country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : undefined,
    late: late === 'true' ? true : late === 'false' ? false : undefined,
  };
}

/** The filters as the API's query (`GET /api/cohorts/:id/submissions`). */
export function queueQuery(filters: QueueFilters): Record<string, string | undefined> {
  return {
    status: filters.status,
    activityId: filters.activityId,
    country: filters.country,
    late: filters.late === undefined ? undefined : String(filters.late),
  };
}
