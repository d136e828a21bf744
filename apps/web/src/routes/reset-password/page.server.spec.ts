import { isActionFailure, isRedirect } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const callApi = vi.fn();
const endSession = vi.fn();
vi.mock('$lib/server/api-client', () => ({ callApi: (...args: unknown[]) => callApi(...args) }));
vi.mock('$lib/server/session', () => ({ endSession: (...args: unknown[]) => endSession(...args) }));

const { actions } = await import('./+page.server');

const TOKEN = '65f0c0ffee0123456789abcd.c2VjcmV0LXNlY3JldC1zZWNyZXQ';

function submit(values: Record<string, string>) {
  const body = new FormData();
  for (const [key, value] of Object.entries(values)) body.set(key, value);
  const event = {
    request: new Request(`http://localhost/reset-password?token=${TOKEN}`, { method: 'POST', body }),
    url: new URL(`http://localhost/reset-password?token=${TOKEN}`),
    getClientAddress: () => '203.0.113.5',
  };
  return (actions.default as (e: unknown) => Promise<unknown>)(event);
}

describe('the reset-password action', () => {
  beforeEach(() => {
    callApi.mockReset();
    endSession.mockReset();
  });

  it('sets the password, ends this browser’s session and goes to the login page', async () => {
    callApi.mockResolvedValue({ ok: true, status: 200, data: { status: 'password_changed' }, headers: new Headers() });
    const thrown = await submit({ token: TOKEN, password: 'una-contraseña-nueva' }).catch((error: unknown) => error);
    expect(isRedirect(thrown) && thrown.location).toBe('/login?reset=done');
    expect(callApi).toHaveBeenCalledWith(expect.anything(), '/auth/password-reset/confirm', {
      method: 'POST',
      body: { token: TOKEN, password: 'una-contraseña-nueva' },
    });
    expect(endSession).toHaveBeenCalled();
  });

  it('checks the password rules of the shared schema before calling the API', async () => {
    expect(await submit({ token: TOKEN, password: 'corta' })).toMatchObject({
      status: 400,
      data: { failure: { fields: { password: 'invalid' } } },
    });
    expect(await submit({ token: TOKEN, password: '' })).toMatchObject({
      status: 400,
      data: { failure: { fields: { password: 'required' } } },
    });
    expect(callApi).not.toHaveBeenCalled();
  });

  it('says which way a link cannot be used: expired, used or invalid', async () => {
    for (const [status, code] of [
      [410, 'LINK_EXPIRED'],
      [410, 'LINK_USED'],
      [400, 'LINK_INVALID'],
    ] as const) {
      callApi.mockResolvedValueOnce({ ok: false, status, error: { code, message: 'x' }, headers: new Headers() });
      const result = await submit({ token: TOKEN, password: 'una-contraseña-nueva' });
      expect(isActionFailure(result)).toBe(true);
      expect(result).toMatchObject({ status, data: { link: code } });
    }
    expect(await submit({ token: '', password: 'una-contraseña-nueva' })).toMatchObject({ status: 400, data: { link: 'LINK_INVALID' } });
    expect(endSession).not.toHaveBeenCalled();
  });
});
