import { json } from '@sveltejs/kit';
import type { MessageView } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import type { RequestHandler } from './$types';

const ID = /^[0-9a-f]{24}$/;

/** History for the browser (older pages, thread replies): the API needs the access token, which stays httpOnly. */
export const GET: RequestHandler = async (event) => {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  const { id } = event.params;
  const before = event.url.searchParams.get('before');
  const threadRootId = event.url.searchParams.get('threadRootId');
  const limit = Number(event.url.searchParams.get('limit') ?? 50);
  if (
    !ID.test(id) ||
    (before && !ID.test(before)) ||
    (threadRootId && !ID.test(threadRootId)) ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > 100
  ) {
    return json({ error: { code: 'VALIDATION_FAILED', message: 'Invalid query' } }, { status: 400 });
  }
  const result = await callApi<{ items: MessageView[]; nextCursor: string | null }>(event, `/rooms/${id}/messages`, {
    token,
    query: { before, threadRootId, limit },
  });
  if (!result.ok) return json({ error: result.error }, { status: result.status });
  return json(result.data, { headers: { 'cache-control': 'no-store' } });
};
