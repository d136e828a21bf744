import { json } from '@sveltejs/kit';
import { FLAG_STATES } from '@trainaction/contracts';
import { ID, readBody, relayJson } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

/** PATCH /api/flags/:id {state?, assigneeId?, note?} for the console. */
export const PATCH: RequestHandler = async (event) => {
  const body = await readBody(event);
  if (!ID.test(event.params.flagId) || !body)
    return json({ error: { code: 'VALIDATION_FAILED', message: 'Invalid request' } }, { status: 400 });
  const patch: Record<string, unknown> = {};
  if (typeof body.state === 'string' && (FLAG_STATES as readonly string[]).includes(body.state)) patch.state = body.state;
  if (body.assigneeId === null || (typeof body.assigneeId === 'string' && ID.test(body.assigneeId))) patch.assigneeId = body.assigneeId;
  if (typeof body.note === 'string' && body.note.trim()) patch.note = body.note.trim();
  return relayJson(event, `/flags/${event.params.flagId}`, { method: 'PATCH', body: patch });
};
