import { json } from '@sveltejs/kit';
import type { SubmissionQueuePage } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { queueQuery, readFilters } from '../queue-filters';
import type { RequestHandler } from './$types';

const ID = /^[0-9a-f]{24}$/;
const CURSOR = /^[0-3][0-9]{13}[0-9a-f]{24}$/;

/** The review queue's next page for the browser ("load more"): the API needs the access token, which stays httpOnly. */
export const GET: RequestHandler = async (event) => {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  const { cohortId } = event.params;
  const after = event.url.searchParams.get('after');
  if (!ID.test(cohortId) || !after || !CURSOR.test(after))
    return json({ error: { code: 'VALIDATION_FAILED', message: 'Invalid query' } }, { status: 400 });
  const result = await callApi<SubmissionQueuePage>(event, `/cohorts/${cohortId}/submissions`, {
    token,
    query: { ...queueQuery(readFilters(event.url)), after },
  });
  if (!result.ok) return json({ error: result.error }, { status: result.status });
  return json(result.data, { headers: { 'cache-control': 'no-store' } });
};
