import { error, json, type RequestEvent } from '@sveltejs/kit';
import type { CohortView, UserView } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { apiOrigin } from './config';
import { callApi, type ApiCall } from './api-client';
import { COHORT_MANAGERS, requireUser } from './guards';

/** Moderation pages: the cohort's moderators, coordinators and admins (the API checks again on every call). */
export function requireModerator(event: Parameters<typeof requireUser>[0], cohort?: CohortView): { user: UserView; token: string } {
  const session = requireUser(event);
  if (cohort && cohort.myRole !== 'moderator' && !COHORT_MANAGERS.includes(session.user.role)) {
    error(403, { message: m.error_forbidden(), code: 'FORBIDDEN' });
  }
  return session;
}

/** A JSON call to the API on behalf of the browser (the access token stays httpOnly), answered as JSON. */
export async function relayJson(event: RequestEvent, path: string, call: Omit<ApiCall, 'token'> = {}): Promise<Response> {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  const result = await callApi<unknown>(event, path, { ...call, token });
  if (!result.ok) return json({ error: result.error }, { status: result.status });
  return json(result.data ?? {}, { headers: { 'cache-control': 'no-store' } });
}

/** Streams the API's CSV export (UTF-8 with BOM) through this server with the person's token. */
export async function relayCsv(
  event: RequestEvent,
  path: string,
  query: Record<string, string | undefined>,
  filename: string,
): Promise<Response> {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return new Response('Sign in again', { status: 401 });
  const url = new URL(`/api${path}`, apiOrigin());
  for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value);
  url.searchParams.set('format', 'csv');
  let upstream: Response;
  try {
    upstream = await fetch(url, {
      headers: {
        accept: 'text/csv',
        authorization: `Bearer ${token}`,
        'x-forwarded-for': safeAddress(event),
        'x-request-id': event.locals.requestId,
      },
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return new Response('API unreachable', { status: 503 });
  }
  if (!upstream.ok)
    return new Response(await upstream.text(), {
      status: upstream.status,
      headers: { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' },
    });
  return new Response(upstream.body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}

function safeAddress(event: RequestEvent): string {
  try {
    return event.getClientAddress();
  } catch {
    return '127.0.0.1';
  }
}
