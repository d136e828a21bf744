import { json } from '@sveltejs/kit';
import { historyQuerySchema, idSchema, type MessageView, type Page } from '@trainaction/contracts';
import { z } from 'zod';
import { callApi } from '$lib/server/api-client';
import { check, queryValues } from '$lib/server/input';
import type { RequestHandler } from './$types';

const input = z.object({ params: z.object({ id: idSchema }), query: historyQuerySchema.omit({ after: true }) });

/** History for the browser (older pages, thread replies): the API needs the access token, which stays httpOnly. */
export const GET: RequestHandler = async (event) => {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  const checked = check(input, { params: event.params, query: queryValues(event.url, ['before', 'threadRootId', 'limit']) });
  if (!checked.ok) return checked.response;
  const { params, query } = checked.data;
  const result = await callApi<Page<MessageView>>(event, `/rooms/${params.id}/messages`, { token, query });
  if (!result.ok) return json({ error: result.error }, { status: result.status });
  return json(result.data, { headers: { 'cache-control': 'no-store' } });
};
