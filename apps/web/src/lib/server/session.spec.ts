// @vitest-environment node
import type { Cookies } from '@sveltejs/kit';
import type { UserView } from '@trainaction/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accessCookieMaxAge, resolveSession, type SessionEvent } from './session';

const learner: UserView = {
  id: 'u1',
  email: 'aprendiz@trainaction.demo',
  displayName: 'Ana Aprendiz',
  country: 'HN',
  gender: 'woman',
  sector: 'public_employee',
  locale: 'es',
  role: 'learner',
};

function jwt(expInSeconds: number): string {
  const payload = Buffer.from(JSON.stringify({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + expInSeconds })).toString('base64url');
  return `header.${payload}.signature`;
}

/** A request as the hooks see it, with an in-memory cookie jar that records what would be sent back. */
function requestWith(cookies: Record<string, string>) {
  const jar = new Map(Object.entries(cookies));
  const written: Record<string, { value: string; options: unknown } | 'deleted'> = {};
  const fake: Partial<Cookies> = {
    get: (name) => jar.get(name),
    set: (name, value, options) => {
      jar.set(name, value);
      written[name] = { value, options };
    },
    delete: (name) => {
      jar.delete(name);
      written[name] = 'deleted';
    },
  };
  const event = {
    cookies: fake as Cookies,
    url: new URL('http://127.0.0.1:8500/home'),
    getClientAddress: () => '203.0.113.7',
    locals: {} as App.Locals,
  } satisfies SessionEvent;
  return { event, written };
}

function json(status: number, body: unknown, setCookie?: string): Response {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (setCookie) headers.append('set-cookie', setCookie);
  return new Response(JSON.stringify(body), { status, headers });
}

describe(resolveSession.name, () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('loads the person with the access cookie and forwards the client address', async () => {
    fetchMock.mockResolvedValueOnce(json(200, learner));
    const { event } = requestWith({ ta_access: 'token-1' });

    await resolveSession(event);

    expect(event.locals.user).toEqual(learner);
    expect(event.locals.accessToken).toBe('token-1');
    const [url, init] = fetchMock.mock.calls[0];
    expect(String(url)).toMatch(/\/api\/me$/);
    const headers = new Headers(init?.headers);
    expect(headers.get('authorization')).toBe('Bearer token-1');
    expect(headers.get('x-forwarded-for')).toBe('203.0.113.7');
  });

  it('refreshes once without an access cookie, then relays the rotated refresh cookie', async () => {
    const fresh = jwt(900);
    fetchMock
      .mockResolvedValueOnce(json(200, { accessToken: fresh }, 'ta_refresh=rotated; Path=/; HttpOnly; SameSite=Strict'))
      .mockResolvedValueOnce(json(200, learner));
    const { event, written } = requestWith({ ta_refresh: 'old-refresh-a' });

    await resolveSession(event);

    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(new Headers(fetchMock.mock.calls[0][1]?.headers).get('cookie')).toBe('ta_refresh=old-refresh-a');
    expect(written.ta_refresh).toMatchObject({ value: 'rotated', options: { httpOnly: true, sameSite: 'strict', path: '/' } });
    expect(written.ta_access).toMatchObject({ value: fresh, options: { httpOnly: true, sameSite: 'lax', path: '/' } });
    expect(event.locals.user?.displayName).toBe('Ana Aprendiz');
  });

  it('shares one refresh between requests that arrive together with the same refresh cookie', async () => {
    const fresh = jwt(900);
    fetchMock.mockImplementation(async (url) =>
      String(url).endsWith('/auth/refresh')
        ? json(200, { accessToken: fresh }, 'ta_refresh=rotated-b; Path=/; HttpOnly; SameSite=Strict')
        : json(200, learner),
    );
    const first = requestWith({ ta_refresh: 'old-refresh-b' });
    const second = requestWith({ ta_refresh: 'old-refresh-b' });

    await Promise.all([resolveSession(first.event), resolveSession(second.event)]);

    const refreshCalls = fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/auth/refresh'));
    expect(refreshCalls).toHaveLength(1);
    expect(first.written.ta_refresh).toMatchObject({ value: 'rotated-b' });
    expect(second.written.ta_refresh).toMatchObject({ value: 'rotated-b' });
    expect(second.event.locals.accessToken).toBe(fresh);
  });

  it('signs out locally when the refresh cookie is refused', async () => {
    fetchMock.mockResolvedValueOnce(
      json(401, { error: { code: 'UNAUTHENTICATED', message: 'reused' } }, 'ta_refresh=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT'),
    );
    const { event, written } = requestWith({ ta_refresh: 'old-refresh-c' });

    await resolveSession(event);

    expect(event.locals.user).toBeNull();
    expect(written.ta_refresh).toBe('deleted');
  });

  it('drops an access cookie the API refuses and falls back on the refresh cookie', async () => {
    fetchMock
      .mockResolvedValueOnce(json(401, { error: { code: 'UNAUTHENTICATED', message: 'expired' } }))
      .mockResolvedValueOnce(json(200, { accessToken: jwt(900) }))
      .mockResolvedValueOnce(json(200, learner));
    const { event } = requestWith({ ta_access: 'expired', ta_refresh: 'old-refresh-d' });

    await resolveSession(event);

    expect(event.locals.user?.id).toBe('u1');
  });

  it('marks the API unavailable instead of signing the person out when it cannot be reached', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    const { event, written } = requestWith({ ta_access: 'token-1' });

    await resolveSession(event);

    expect(event.locals.user).toBeNull();
    expect(event.locals.apiUnavailable).toBe(true);
    expect(written.ta_access).toBeUndefined();
  });
});

describe(accessCookieMaxAge.name, () => {
  it('ends the cookie a minute before the token expires', () => {
    const now = 1_000_000;
    const token = `h.${Buffer.from(JSON.stringify({ exp: now + 900 })).toString('base64url')}.s`;
    expect(accessCookieMaxAge(token, now)).toBe(840);
  });

  it('uses 14 minutes for a token it cannot read', () => {
    expect(accessCookieMaxAge('not-a-jwt')).toBe(840);
  });
});
