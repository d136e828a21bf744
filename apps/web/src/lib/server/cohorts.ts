import { error } from '@sveltejs/kit';
import { isId, type CohortView } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { callApi, type ApiEvent } from './api-client';

/** A cohort the caller may see, or the error page (the API answers 404 for cohorts of others). */
export async function loadCohort(event: ApiEvent, token: string, id: string): Promise<CohortView> {
  if (!isId(id)) error(404, { message: m.cohort_not_found(), code: 'NOT_FOUND' });
  const result = await callApi<CohortView>(event, `/cohorts/${id}`, { token });
  if (result.ok) return result.data;
  if (result.status === 404) error(404, { message: m.cohort_not_found(), code: 'NOT_FOUND' });
  if (result.error.code === 'UNAVAILABLE') error(503, { message: m.error_unavailable(), code: 'UNAVAILABLE' });
  error(result.status, { message: m.error_unknown(), code: result.error.code });
}
