import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { apiOrigin } from '$lib/server/config';
import { requireRole } from '$lib/server/guards';

const TIMEOUT_MS = 30_000;

/** A file name part from a query value: letters, digits and dashes only. */
function slug(value: string): string {
  return value.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

/**
 * Relays one of the API's CSV exports with the person's token. The body goes through as bytes, so the UTF-8
 * byte-order mark that spreadsheet programs need stays at the front.
 */
export async function relayCsv(event: RequestEvent, apiPath: string, allowed: readonly string[], baseName: string, nameKeys: readonly string[]): Promise<Response> {
  const { token } = requireRole(event, ['coordinator', 'admin']);
  const url = new URL(`/api${apiPath}`, apiOrigin());
  for (const key of allowed) {
    const value = event.url.searchParams.get(key);
    if (value) url.searchParams.set(key, value);
  }
  url.searchParams.set('format', 'csv');

  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        accept: 'text/csv',
        authorization: `Bearer ${token}`,
        'x-forwarded-for': safeAddress(event),
        'x-forwarded-proto': event.url.protocol.replace(':', ''),
      },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    error(503, { message: m.error_unavailable(), code: 'UNAVAILABLE' });
  }
  if (response.status === 403) error(403, { message: m.error_forbidden(), code: 'FORBIDDEN' });
  if (response.status === 400) error(400, { message: m.analytics_export_invalid(), code: 'VALIDATION_FAILED' });
  if (!response.ok) error(response.status >= 500 ? 503 : response.status, { message: m.error_unknown(), code: 'UNKNOWN' });

  const parts = [baseName, ...nameKeys.map((k) => slug(event.url.searchParams.get(k) ?? '')).filter(Boolean)];
  const body = await response.arrayBuffer();
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${parts.join('_')}.csv"`,
      'cache-control': 'private, no-store',
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
