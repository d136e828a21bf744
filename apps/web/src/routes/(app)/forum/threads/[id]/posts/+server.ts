import { json } from '@sveltejs/kit';
import { idSchema, threadPostsQuerySchema, type Page, type PostView } from '@trainaction/contracts';
import { z } from 'zod';
import { callApi } from '$lib/server/api-client';
import { check, queryValues } from '$lib/server/input';
import type { RequestHandler } from './$types';

const input = z.object({ params: z.object({ id: idSchema }), query: threadPostsQuerySchema.pick({ cursor: true }).required() });

/** A thread's next page of posts for the browser ("show more replies"): the API needs the access token, which stays httpOnly. */
export const GET: RequestHandler = async (event) => {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  const checked = check(input, { params: event.params, query: queryValues(event.url, ['cursor']) });
  if (!checked.ok) return checked.response;
  const { params, query } = checked.data;
  const result = await callApi<Page<PostView>>(event, `/threads/${params.id}/posts`, { token, query });
  if (!result.ok) return json({ error: result.error }, { status: result.status });
  return json(result.data, { headers: { 'cache-control': 'no-store' } });
};
