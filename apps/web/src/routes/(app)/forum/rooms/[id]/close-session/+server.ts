import { json } from '@sveltejs/kit';
import { idSchema, sessionCloseSchema, type ThreadView } from '@trainaction/contracts';
import { z } from 'zod';
import { callApi } from '$lib/server/api-client';
import { check, jsonBody } from '$lib/server/input';
import type { RequestHandler } from './$types';

const input = z.object({ params: z.object({ id: idSchema }), body: sessionCloseSchema });

/** Moderators close a live session: its summary and pinned messages become a forum thread. */
export const POST: RequestHandler = async (event) => {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  const checked = check(input, { params: event.params, body: await jsonBody(event) });
  if (!checked.ok) return checked.response;
  const { params, body } = checked.data;
  const result = await callApi<ThreadView>(event, `/rooms/${params.id}/close-session`, { method: 'POST', token, body });
  if (!result.ok) return json({ error: result.error }, { status: result.status });
  return json(result.data, { status: 201 });
};
