import { json } from '@sveltejs/kit';
import { ID, readBody, relayJson } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

/** PUT /api/cohorts/:id/safeguarding-contacts {userIds}. */
export const PUT: RequestHandler = async (event) => {
  const body = await readBody(event);
  const ids = body?.userIds;
  if (
    !ID.test(event.params.cohortId) ||
    !Array.isArray(ids) ||
    ids.length > 20 ||
    !ids.every((id) => typeof id === 'string' && ID.test(id))
  ) {
    return json({ error: { code: 'VALIDATION_FAILED', message: 'Invalid request' } }, { status: 400 });
  }
  return relayJson(event, `/cohorts/${event.params.cohortId}/safeguarding-contacts`, { method: 'PUT', body: { userIds: ids } });
};
