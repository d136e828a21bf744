import { createHash } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import type { AuthResult, Locale, UserView } from '@trainaction/contracts';
import { cookieName as LOCALE_COOKIE } from '$lib/paraglide/runtime';
import { callApi, type ApiFailure } from './api-client';
import { isDeletion, parseSetCookie } from './set-cookie';

export const ACCESS_COOKIE = 'ta_access';
export const REFRESH_COOKIE = 'ta_refresh';
export { LOCALE_COOKIE };

/** Cookies the API may set that this server relays to the browser; anything else is dropped. */
const RELAYED_COOKIES = new Set([REFRESH_COOKIE]);

export type SessionEvent = Pick<RequestEvent, 'cookies' | 'url' | 'getClientAddress' | 'locals'>;

const FALLBACK_ACCESS_MAX_AGE = 14 * 60;
const LOCALE_MAX_AGE = 400 * 24 * 60 * 60;

/**
 * The access cookie lives a little less than the token itself, so the server renews it (through the refresh
 * cookie) before the API would refuse it. Reads `exp` without verifying: the API verifies; this only times.
 */
export function accessCookieMaxAge(token: string, nowSeconds = Math.floor(Date.now() / 1000)): number {
  const exp = readExp(token);
  if (exp === null) return FALLBACK_ACCESS_MAX_AGE;
  const remaining = exp - nowSeconds;
  if (remaining <= 0) return 0;
  return remaining > 120 ? remaining - 60 : Math.floor(remaining / 2);
}

function readExp(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' ? claims.exp : null;
  } catch {
    return null;
  }
}

/**
 * Path and Secure for cookies this server writes or deletes. SvelteKit defaults to Secure except on
 * http://localhost, which browsers ignore on plain http (e.g. http://127.0.0.1), so it is set explicitly.
 */
function cookieScope(event: Pick<RequestEvent, 'url'>): { path: string; secure: boolean } {
  return { path: '/', secure: event.url.protocol === 'https:' };
}

export function setAccessCookie(event: SessionEvent, token: string): void {
  event.cookies.set(ACCESS_COOKIE, token, {
    ...cookieScope(event),
    httpOnly: true,
    sameSite: 'lax',
    maxAge: accessCookieMaxAge(token),
  });
}

/** The paraglide cookie; readable by the page script so client-side rendering uses the same language. */
export function setLocaleCookie(event: Pick<RequestEvent, 'cookies' | 'url'>, locale: Locale): void {
  event.cookies.set(LOCALE_COOKIE, locale, {
    ...cookieScope(event),
    httpOnly: false,
    sameSite: 'lax',
    maxAge: LOCALE_MAX_AGE,
  });
}

/** Passes the API's Set-Cookie for the refresh token on to the browser (rotation or clearing). */
export function relaySetCookies(event: Pick<RequestEvent, 'cookies' | 'url'>, setCookies: readonly string[]): void {
  for (const line of setCookies) {
    const cookie = parseSetCookie(line);
    if (!cookie || !RELAYED_COOKIES.has(cookie.name)) continue;
    if (isDeletion(cookie)) event.cookies.delete(cookie.name, { ...cookieScope(event), path: cookie.options.path ?? '/' });
    else event.cookies.set(cookie.name, cookie.value, cookie.options);
  }
}

/** Sign-in or registration succeeded: keep the access token, relay the refresh cookie, adopt the language. */
export function startSession(event: SessionEvent, auth: AuthResult, apiHeaders: Headers): void {
  relaySetCookies(event, apiHeaders.getSetCookie());
  setAccessCookie(event, auth.accessToken);
  setLocaleCookie(event, auth.user.locale);
  event.locals.user = auth.user;
  event.locals.accessToken = auth.accessToken;
}

export function endSession(event: SessionEvent): void {
  event.cookies.delete(ACCESS_COOKIE, cookieScope(event));
  event.cookies.delete(REFRESH_COOKIE, cookieScope(event));
  event.locals.user = null;
  event.locals.accessToken = null;
}

/** The Cookie header for the API's cookie-authenticated endpoints: only the refresh token, nothing else. */
export function refreshCookieHeader(event: Pick<RequestEvent, 'cookies'>): string | undefined {
  const token = event.cookies.get(REFRESH_COOKIE);
  return token ? `${REFRESH_COOKIE}=${encodeURIComponent(token)}` : undefined;
}

type RefreshOutcome = { ok: true; accessToken: string; setCookies: string[] } | { ok: false; error: ApiFailure; setCookies: string[] };

/**
 * Refreshes already done or under way, by a hash of the refresh token presented. A refresh token works once
 * and reuse revokes the whole sign-in, yet a browser may send several requests at once with the same expired
 * access cookie (a page and its data, the socket's token fetch). Those requests share one call to the API and
 * all relay its result. Entries hold no user data beyond the new tokens, only for the holder of the old token,
 * and expire after a few seconds.
 */
const refreshes = new Map<string, { outcome: Promise<RefreshOutcome>; expiresAt: number }>();
const REFRESH_GRACE_MS = 15_000;
const MAX_PENDING_REFRESHES = 10_000;

export async function refreshSession(event: SessionEvent): Promise<RefreshOutcome> {
  const cookie = refreshCookieHeader(event);
  if (!cookie) return { ok: false, error: { code: 'UNAUTHENTICATED', message: 'No refresh cookie' }, setCookies: [] };
  const key = createHash('sha256').update(cookie).digest('hex');
  const now = Date.now();
  pruneRefreshes(now);
  let entry = refreshes.get(key);
  if (!entry) {
    entry = { outcome: callRefresh(event, cookie), expiresAt: now + REFRESH_GRACE_MS };
    refreshes.set(key, entry);
  }
  const outcome = await entry.outcome;
  // A transient failure should not stick: the next request may try again.
  if (!outcome.ok && outcome.error.code === 'UNAVAILABLE') refreshes.delete(key);
  relaySetCookies(event, outcome.setCookies);
  if (outcome.ok) setAccessCookie(event, outcome.accessToken);
  else if (outcome.error.code === 'UNAUTHENTICATED') endSession(event);
  return outcome;
}

async function callRefresh(event: SessionEvent, cookie: string): Promise<RefreshOutcome> {
  const result = await callApi<{ accessToken: string }>(event, '/auth/refresh', { method: 'POST', cookie });
  const setCookies = result.headers.getSetCookie();
  if (result.ok && typeof result.data?.accessToken === 'string') {
    return { ok: true, accessToken: result.data.accessToken, setCookies };
  }
  const error: ApiFailure = result.ok ? { code: 'UNKNOWN', message: 'No access token in refresh answer' } : result.error;
  return { ok: false, error, setCookies };
}

function pruneRefreshes(now: number): void {
  for (const [key, entry] of refreshes) {
    if (entry.expiresAt <= now) refreshes.delete(key);
  }
  while (refreshes.size >= MAX_PENDING_REFRESHES) {
    const oldest = refreshes.keys().next().value;
    if (oldest === undefined) break;
    refreshes.delete(oldest);
  }
}

/**
 * Works out who is asking, once per request: the access cookie if the API still accepts it, otherwise one
 * refresh through the refresh cookie. Fills `locals.user`, `locals.accessToken` and `locals.apiUnavailable`.
 */
export async function resolveSession(event: SessionEvent): Promise<void> {
  event.locals.user = null;
  event.locals.accessToken = null;
  event.locals.apiUnavailable = false;

  const current = event.cookies.get(ACCESS_COOKIE);
  if (current) {
    const outcome = await loadUser(event, current);
    if (outcome !== 'rejected') return;
    event.cookies.delete(ACCESS_COOKIE, cookieScope(event));
  }
  if (!event.cookies.get(REFRESH_COOKIE)) return;

  const renewed = await refreshSession(event);
  if (!renewed.ok) {
    if (renewed.error.code === 'UNAVAILABLE') event.locals.apiUnavailable = true;
    return;
  }
  const outcome = await loadUser(event, renewed.accessToken);
  if (outcome === 'rejected') endSession(event);
}

async function loadUser(event: SessionEvent, token: string): Promise<'loaded' | 'rejected' | 'unavailable'> {
  const me = await callApi<UserView>(event, '/me', { token });
  if (me.ok) {
    event.locals.user = me.data;
    event.locals.accessToken = token;
    return 'loaded';
  }
  if (me.error.code === 'UNAUTHENTICATED') return 'rejected';
  event.locals.apiUnavailable = true;
  return 'unavailable';
}
