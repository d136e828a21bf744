import { json } from '@sveltejs/kit';
import type { Page, UserView } from '@trainaction/contracts';
import { toForumPerson } from '$lib/courses/forum-moderators';
import { callApi } from '$lib/server/api-client';
import type { RequestHandler } from './$types';

const PAGE = 20;

/** GET /api/users?role=moderator&q=&cursor=: the people a coordinator may name, with only what the page shows. */
export const GET: RequestHandler = async (event) => {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  const q = (event.url.searchParams.get('q') ?? '').trim();
  const cursor = event.url.searchParams.get('cursor') || undefined;
  if (q.length > 100 || (cursor && !/^[\w-]{1,200}$/.test(cursor))) {
    return json({ error: { code: 'VALIDATION_FAILED', message: 'Invalid query' } }, { status: 400 });
  }
  const result = await callApi<Page<UserView>>(event, '/users', { token, query: { role: 'moderator', q, cursor, limit: PAGE } });
  if (!result.ok) return json({ error: result.error }, { status: result.status });
  return json(
    { items: result.data.items.map(toForumPerson), nextCursor: result.data.nextCursor },
    { headers: { 'cache-control': 'no-store' } },
  );
};
