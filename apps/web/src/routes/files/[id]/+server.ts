import { isId } from '@trainaction/contracts';
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { forwardedHeaders } from '$lib/server/api-client';
import { apiOrigin } from '$lib/server/config';
import { requireUser } from '$lib/server/guards';
import type { RequestHandler } from './$types';

/** What the browser may send on (ranges, revalidation) and what it gets back from the API's answer. */
const FORWARDED = ['range', 'if-range', 'if-none-match'];
const RELAYED = [
  'content-type',
  'content-length',
  'content-range',
  'content-disposition',
  'accept-ranges',
  'etag',
  'cache-control',
  'x-content-type-options',
  'content-security-policy',
];

/**
 * A stored file for the signed-in person (links, <video>, <track>): the browser's session is in httpOnly
 * cookies, which /api does not read, so this asks the API with the person's token and their address (like every
 * call of this server, `forwardedHeaders`) and streams its answer (Range included) without holding it. HEAD asks
 * the API with HEAD: the same headers and access, no content read. The API decides who may see the file; anyone
 * else gets 404.
 */
async function relay(event: RequestEvent<{ id: string }>, method: 'GET' | 'HEAD'): Promise<Response> {
  const { token } = requireUser(event);
  if (!isId(event.params.id)) error(404, { message: m.error_not_found(), code: 'NOT_FOUND' });
  const url = new URL(`/api/files/${event.params.id}`, apiOrigin());
  if (event.url.searchParams.get('download') === '1') url.searchParams.set('download', '1');
  const headers = forwardedHeaders(event);
  headers.set('authorization', `Bearer ${token}`);
  for (const name of FORWARDED) {
    const value = event.request.headers.get(name);
    if (value) headers.set(name, value);
  }
  let answer: Response;
  try {
    answer = await fetch(url, { method, headers, signal: event.request.signal });
  } catch {
    error(503, { message: m.error_unavailable(), code: 'UNAVAILABLE' });
  }
  if (answer.status === 404 || answer.status === 401 || answer.status === 403) {
    await answer.body?.cancel();
    error(404, { message: m.error_not_found(), code: 'NOT_FOUND' });
  }
  const relayed = new Headers();
  for (const name of RELAYED) {
    const value = answer.headers.get(name);
    if (value) relayed.set(name, value);
  }
  return new Response(method === 'HEAD' ? null : answer.body, { status: answer.status, headers: relayed });
}

export const GET: RequestHandler = (event) => relay(event, 'GET');
export const HEAD: RequestHandler = (event) => relay(event, 'HEAD');
