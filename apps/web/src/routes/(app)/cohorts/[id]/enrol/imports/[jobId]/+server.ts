import { error, json } from '@sveltejs/kit';
import type { ImportJobView } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { COHORT_MANAGERS, requireRole } from '$lib/server/guards';
import type { RequestHandler } from './$types';

/** The import page polls this (same origin, session cookie) while the API works through the file. */
export const GET: RequestHandler = async (event) => {
  const { token } = requireRole(event, COHORT_MANAGERS);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(event.params.jobId)) error(404, { message: 'not found', code: 'NOT_FOUND' });
  const result = await callApi<ImportJobView>(event, `/imports/${event.params.jobId}`, { token });
  if (!result.ok) return json({ error: { code: result.error.code } }, { status: result.status });
  return json(result.data, { headers: { 'cache-control': 'no-store' } });
};
