import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { m } from '$lib/paraglide/messages';
import { extractLocaleFromRequest } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { mediaSources } from '$lib/server/config';
import { withMediaSources } from '$lib/server/csp';
import { log } from '$lib/server/log';
import { resolveSession } from '$lib/server/session';

/** Read once at start: a bad MEDIA_HOSTS or VIDEO_FRAME_HOSTS stops the server with a message naming it. */
mediaSources();

/**
 * The request's id, as server.js gave it (X-Request-Id; new under `vite dev`): every call to the API carries it
 * (api-client.ts), so the API's log lines and this server's share it, and an unexpected error's page shows it.
 */
const requestId: Handle = ({ event, resolve }) => {
  event.locals.requestId = event.request.headers.get('x-request-id') ?? randomUUID();
  return resolve(event);
};

/**
 * Errors nobody threw on purpose (a bug, a broken request): logged with the request's id and stack, while the
 * person gets the error page in their language with only that id to quote (+error.svelte). A missing page
 * (404) is not an error of this server: its request line says enough.
 */
export const handleError: HandleServerError = ({ error, event, status }) => {
  const message = m.error_unknown({}, { locale: extractLocaleFromRequest(event.request) });
  if (status < 500) return { message };
  const id = event.locals.requestId ?? randomUUID();
  log.error({ req: { id, method: event.request.method, url: event.url.pathname }, status, err: error }, 'unexpected error');
  return { message, requestId: id };
};

/** Headers every answer carries; the Content-Security-Policy comes from `kit.csp`, with the media hosts added. */
const securityHeaders: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  const policy = response.headers.get('content-security-policy');
  // Pages only: a relayed file (/files/:id) keeps the API's own sandboxing policy.
  if (policy && response.headers.get('content-type')?.startsWith('text/html'))
    setHeader(response, 'Content-Security-Policy', withMediaSources(policy, mediaSources()));
  setHeader(response, 'X-Content-Type-Options', 'nosniff');
  setHeader(response, 'Referrer-Policy', 'strict-origin-when-cross-origin');
  setHeader(response, 'X-Frame-Options', 'DENY');
  setHeader(response, 'Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  return response;
};

/** Language from the PARAGLIDE_LOCALE cookie, Spanish otherwise; `<html lang>` follows it. */
const i18n: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    return resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale),
    });
  });

/** Who is asking, once per request (access cookie, else one refresh); personal pages are never cached. */
const session: Handle = async ({ event, resolve }) => {
  await resolveSession(event);
  const response = await resolve(event);
  if (event.locals.user) setHeader(response, 'Cache-Control', 'private, no-store');
  return response;
};

function setHeader(response: Response, name: string, value: string): void {
  try {
    response.headers.set(name, value);
  } catch {
    // Some responses (e.g. a proxied fetch) have immutable headers; they are not pages.
  }
}

export const handle = sequence(requestId, securityHeaders, i18n, session);
