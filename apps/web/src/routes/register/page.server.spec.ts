import { isActionFailure, isRedirect } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const callApi = vi.fn();
const startSession = vi.fn();
vi.mock('$lib/server/api-client', () => ({ callApi: (...args: unknown[]) => callApi(...args) }));
vi.mock('$lib/server/session', () => ({ startSession: (...args: unknown[]) => startSession(...args) }));

const { actions } = await import('./+page.server');

const fields = {
  email: 'persona@example.org',
  password: 'una-contraseña-segura',
  displayName: 'Daniela Pérez',
  country: 'SV',
  gender: 'woman',
  sector: 'public_employee',
};

function submit(values: Record<string, string> = fields) {
  const body = new FormData();
  for (const [key, value] of Object.entries(values)) body.set(key, value);
  const event = {
    request: new Request('http://localhost/register', { method: 'POST', body }),
    url: new URL('http://localhost/register'),
    getClientAddress: () => '203.0.113.5',
  };
  return (actions.default as (e: unknown) => Promise<unknown>)(event);
}

const ok = (status: number, data: unknown) => ({ ok: true, status, data, headers: new Headers() });
const refused = (status: number, code: string) => ({ ok: false, status, error: { code, message: 'x' }, headers: new Headers() });

describe('the registration action', () => {
  beforeEach(() => {
    callApi.mockReset();
    startSession.mockReset();
  });

  it('registers, then signs in with the same e-mail and password, and goes home', async () => {
    const session = { user: { id: 'u1' }, accessToken: 'a.b.c' };
    callApi.mockResolvedValueOnce(ok(202, { status: 'accepted' })).mockResolvedValueOnce(ok(200, session));
    const thrown = await submit().catch((error: unknown) => error);
    expect(isRedirect(thrown) && thrown.location).toBe('/home');
    expect(callApi.mock.calls.map((call) => call[1])).toEqual(['/auth/register', '/auth/login']);
    expect(callApi.mock.calls[1][2]).toEqual({ method: 'POST', body: { email: fields.email, password: fields.password } });
    expect(startSession).toHaveBeenCalledWith(expect.anything(), session, expect.any(Headers));
  });

  it('asks to sign in, without saying whether the address had an account, when the sign-in fails', async () => {
    for (const failure of [refused(401, 'UNAUTHENTICATED'), refused(429, 'RATE_LIMITED')]) {
      callApi.mockReset();
      callApi.mockResolvedValueOnce(ok(202, { status: 'accepted' })).mockResolvedValueOnce(failure);
      expect(await submit()).toEqual({ signInNeeded: true, email: fields.email });
    }
    expect(startSession).not.toHaveBeenCalled();
  });

  it('returns the API refusal of the registration with what was typed', async () => {
    callApi.mockResolvedValueOnce({
      ok: false,
      status: 400,
      error: { code: 'VALIDATION_FAILED', message: 'x', details: [{ path: 'displayName', message: 'too short' }] },
      headers: new Headers(),
    });
    const result = await submit();
    expect(isActionFailure(result)).toBe(true);
    expect(result).toMatchObject({
      status: 400,
      data: { failure: { code: 'VALIDATION_FAILED', fields: { displayName: 'invalid' } }, email: fields.email },
    });
    expect(callApi).toHaveBeenCalledTimes(1);
  });
});
