import { json } from '@sveltejs/kit';
import { ID, relayJson } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

/** GET /api/messages/:id/history (moderators and the author). */
export const GET: RequestHandler = async (event) => {
  if (!ID.test(event.params.messageId)) return json({ error: { code: 'VALIDATION_FAILED', message: 'Invalid id' } }, { status: 400 });
  return relayJson(event, `/messages/${event.params.messageId}/history`);
};
