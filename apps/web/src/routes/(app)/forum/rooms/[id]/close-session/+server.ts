import { json } from '@sveltejs/kit';
import type { ThreadView } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { FORUM_ID } from '$lib/server/forum';
import type { RequestHandler } from './$types';

/** Moderators close a live session: its summary and pinned messages become a forum thread. */
export const POST: RequestHandler = async (event) => {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  const { id } = event.params;
  const body = (await event.request.json().catch(() => null)) as { summary?: unknown } | null;
  const summary = typeof body?.summary === 'string' ? body.summary.trim() : '';
  if (!FORUM_ID.test(id) || !summary)
    return json({ error: { code: 'VALIDATION_FAILED', message: 'A summary is needed' } }, { status: 400 });
  const result = await callApi<ThreadView>(event, `/rooms/${id}/close-session`, { method: 'POST', token, body: { summary } });
  if (!result.ok) return json({ error: result.error }, { status: result.status });
  return json(result.data, { status: 201 });
};
