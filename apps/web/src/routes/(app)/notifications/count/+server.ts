import { json } from '@sveltejs/kit';
import type { NotificationList } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import type { RequestHandler } from './$types';

/** The header badge's unread count (the API needs the access token, which stays httpOnly). */
export const GET: RequestHandler = async (event) => {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  const result = await callApi<NotificationList>(event, '/notifications', {
    token,
    query: { unread: 'true', limit: 1 },
  });
  if (!result.ok) return json({ error: result.error }, { status: result.status });
  return json({ unread: result.data.unread }, { headers: { 'cache-control': 'no-store' } });
};
