import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { mediaSources } from '$lib/server/config';
import { withMediaSources } from '$lib/server/csp';
import { resolveSession } from '$lib/server/session';

/** Read once at start: a bad MEDIA_HOSTS or VIDEO_FRAME_HOSTS stops the server with a message naming it. */
mediaSources();

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

export const handle = sequence(securityHeaders, i18n, session);
