import { isActionFailure, isRedirect } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const callApi = vi.fn();
const startSession = vi.fn();
vi.mock('$lib/server/api-client', () => ({ callApi: (...args: unknown[]) => callApi(...args) }));
vi.mock('$lib/server/session', () => ({ startSession: (...args: unknown[]) => startSession(...args) }));

const { actions, load } = await import('./+page.server');

const TOKEN = '65f0c0ffee0123456789abcd.c2VjcmV0LXNlY3JldC1zZWNyZXQ';

function submit(action: 'accept' | 'renew', values: Record<string, string>) {
  const body = new FormData();
  for (const [key, value] of Object.entries(values)) body.set(key, value);
  const event = {
    request: new Request(`http://localhost/invitation?/${action}`, { method: 'POST', body }),
    url: new URL(`http://localhost/invitation?token=${TOKEN}`),
    getClientAddress: () => '203.0.113.5',
    locals: {},
  };
  return (actions[action] as (e: unknown) => Promise<unknown>)(event);
}

describe('the invitation page', () => {
  beforeEach(() => callApi.mockReset());

  it('checks the link when it opens, so an expired or used one is explained before anyone types', async () => {
    const open = (token: string) =>
      (load as (e: unknown) => Promise<unknown>)({
        url: new URL(`http://localhost/invitation?token=${token}`),
        getClientAddress: () => '203.0.113.5',
      });
    callApi.mockResolvedValueOnce({
      ok: true,
      status: 200,
      data: { status: 'usable', cohortName: 'Cohorte Honduras' },
      headers: new Headers(),
    });
    expect(await open(TOKEN)).toEqual({ token: TOKEN, problem: null, cohortName: 'Cohorte Honduras' });
    expect(callApi).toHaveBeenCalledWith(expect.anything(), '/auth/invitation/check', { method: 'POST', body: { token: TOKEN } });
    callApi.mockResolvedValueOnce({ ok: false, status: 410, error: { code: 'LINK_EXPIRED', message: 'x' }, headers: new Headers() });
    expect(await open(TOKEN)).toMatchObject({ problem: 'LINK_EXPIRED' });
    expect(await open('')).toMatchObject({ problem: 'LINK_INVALID' });
    expect(callApi).toHaveBeenCalledTimes(2);
  });
});

describe('the invitation page’s actions', () => {
  beforeEach(() => {
    callApi.mockReset();
    startSession.mockReset();
  });

  it('chooses the password, starts the session the API opened and goes to the home page', async () => {
    const auth = { user: { id: 'u1', locale: 'es' }, accessToken: 'a.b.c' };
    const headers = new Headers();
    callApi.mockResolvedValue({ ok: true, status: 200, data: auth, headers });
    const thrown = await submit('accept', { token: TOKEN, password: 'mi-contraseña-nueva' }).catch((error: unknown) => error);
    expect(isRedirect(thrown) && thrown.location).toBe('/home');
    expect(callApi).toHaveBeenCalledWith(expect.anything(), '/auth/invitation/accept', {
      method: 'POST',
      body: { token: TOKEN, password: 'mi-contraseña-nueva' },
    });
    expect(startSession).toHaveBeenCalledWith(expect.anything(), auth, headers);
  });

  it('checks the password rules of the shared schema before calling the API', async () => {
    expect(await submit('accept', { token: TOKEN, password: 'corta' })).toMatchObject({
      status: 400,
      data: { failure: { fields: { password: 'invalid' } } },
    });
    expect(await submit('accept', { token: TOKEN, password: '' })).toMatchObject({
      data: { failure: { fields: { password: 'required' } } },
    });
    expect(await submit('accept', { token: '', password: 'mi-contraseña-nueva' })).toMatchObject({ data: { link: 'LINK_INVALID' } });
    expect(callApi).not.toHaveBeenCalled();
  });

  it('says which way the link cannot be used: expired, used, replaced or invalid', async () => {
    for (const [status, code] of [
      [410, 'LINK_EXPIRED'],
      [410, 'LINK_USED'],
      [410, 'LINK_REPLACED'],
      [400, 'LINK_INVALID'],
    ] as const) {
      callApi.mockResolvedValueOnce({ ok: false, status, error: { code, message: 'x' }, headers: new Headers() });
      const result = await submit('accept', { token: TOKEN, password: 'mi-contraseña-nueva' });
      expect(isActionFailure(result)).toBe(true);
      expect(result).toMatchObject({ status, data: { link: code } });
    }
    expect(startSession).not.toHaveBeenCalled();
  });

  it('asks for a new invitation with the expired link’s token and answers alike whatever the API did', async () => {
    callApi.mockResolvedValue({ ok: true, status: 202, data: { status: 'accepted' }, headers: new Headers() });
    expect(await submit('renew', { token: TOKEN })).toEqual({ renewed: true });
    expect(callApi).toHaveBeenCalledWith(expect.anything(), '/auth/invitation/renew', { method: 'POST', body: { token: TOKEN } });
  });
});
