import { json } from '@sveltejs/kit';
import type { PostView } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import type { RequestHandler } from './$types';

const ID = /^[0-9a-f]{24}$/;

/** A thread's next page of posts for the browser ("show more replies"): the API needs the access token, which stays httpOnly. */
export const GET: RequestHandler = async (event) => {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  const { id } = event.params;
  const cursor = event.url.searchParams.get('cursor');
  if (!ID.test(id) || !cursor || !ID.test(cursor))
    return json({ error: { code: 'VALIDATION_FAILED', message: 'Invalid query' } }, { status: 400 });
  const result = await callApi<{ items: PostView[]; nextCursor: string | null }>(event, `/threads/${id}/posts`, {
    token,
    query: { cursor },
  });
  if (!result.ok) return json({ error: result.error }, { status: result.status });
  return json(result.data, { headers: { 'cache-control': 'no-store' } });
};
