import { json } from '@sveltejs/kit';
import { idSchema, submissionQueueSchema, type SubmissionQueuePage } from '@trainaction/contracts';
import { z } from 'zod';
import { callApi } from '$lib/server/api-client';
import { check, queryValues } from '$lib/server/input';
import { queueQuery, readFilters } from '../queue-filters';
import type { RequestHandler } from './$types';

const input = z.object({
  params: z.object({ cohortId: idSchema }),
  query: submissionQueueSchema.pick({ after: true }).required(),
});

/** The review queue's next page for the browser ("load more"): the API needs the access token, which stays httpOnly. */
export const GET: RequestHandler = async (event) => {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  const checked = check(input, { params: event.params, query: queryValues(event.url, ['after']) });
  if (!checked.ok) return checked.response;
  const { params, query } = checked.data;
  const result = await callApi<SubmissionQueuePage>(event, `/cohorts/${params.cohortId}/submissions`, {
    token,
    query: { ...queueQuery(readFilters(event.url)), after: query.after },
  });
  if (!result.ok) return json({ error: result.error }, { status: result.status });
  return json(result.data, { headers: { 'cache-control': 'no-store' } });
};
