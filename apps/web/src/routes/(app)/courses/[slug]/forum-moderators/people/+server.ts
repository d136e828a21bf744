import { json } from '@sveltejs/kit';
import { listUsersQuerySchema, type Page, type UserView } from '@trainaction/contracts';
import { z } from 'zod';
import { toForumPerson } from '$lib/courses/forum-moderators';
import { callApi } from '$lib/server/api-client';
import { check, queryValues } from '$lib/server/input';
import type { RequestHandler } from './$types';

const PAGE = 20;
const input = z.object({ query: listUsersQuerySchema.pick({ q: true, cursor: true }) });

/** GET /api/users?role=moderator&q=&cursor=: the people a coordinator may name, with only what the page shows. */
export const GET: RequestHandler = async (event) => {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  const q = (event.url.searchParams.get('q') ?? '').trim();
  const checked = check(input, { query: { ...queryValues(event.url, ['cursor']), ...(q ? { q } : {}) } });
  if (!checked.ok) return checked.response;
  const result = await callApi<Page<UserView>>(event, '/users', {
    token,
    query: { role: 'moderator', ...checked.data.query, limit: PAGE },
  });
  if (!result.ok) return json({ error: result.error }, { status: result.status });
  return json(
    { items: result.data.items.map(toForumPerson), nextCursor: result.data.nextCursor },
    { headers: { 'cache-control': 'no-store' } },
  );
};
