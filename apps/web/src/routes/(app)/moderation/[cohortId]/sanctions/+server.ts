import { json } from '@sveltejs/kit';
import { ID, readBody, relayJson } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

/** POST /api/cohorts/:id/sanctions {userId, kind, minutes, reason}; minutes 0 lifts. */
export const POST: RequestHandler = async (event) => {
  const body = await readBody(event);
  const minutes = Number(body?.minutes);
  if (
    !ID.test(event.params.cohortId) ||
    !body ||
    typeof body.userId !== 'string' ||
    !ID.test(body.userId) ||
    (body.kind !== 'mute' && body.kind !== 'ban') ||
    !Number.isInteger(minutes) ||
    minutes < 0 ||
    typeof body.reason !== 'string' ||
    !body.reason.trim()
  ) {
    return json({ error: { code: 'VALIDATION_FAILED', message: 'Invalid request' } }, { status: 400 });
  }
  return relayJson(event, `/cohorts/${event.params.cohortId}/sanctions`, {
    method: 'POST',
    body: { userId: body.userId, kind: body.kind, minutes, reason: body.reason.trim() },
  });
};
