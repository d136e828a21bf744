import { beforeEach, describe, expect, it, vi } from 'vitest';

const callApi = vi.fn();
vi.mock('$lib/server/api-client', () => ({ callApi: (...args: unknown[]) => callApi(...args) }));

const { actions } = await import('./+page.server');

const TOKEN = '65f0c0ffee0123456789abcd.c2VjcmV0LXNlY3JldC1zZWNyZXQ';
const USER = { id: 'u1', email: 'ana@example.org', emailVerified: false, locale: 'es', role: 'learner' };

function submit(action: 'confirm' | 'resend', values: Record<string, string>, locals: Record<string, unknown> = {}) {
  const body = new FormData();
  for (const [key, value] of Object.entries(values)) body.set(key, value);
  const event = {
    request: new Request(`http://localhost/verify-email?/${action}`, { method: 'POST', body }),
    url: new URL('http://localhost/verify-email'),
    getClientAddress: () => '203.0.113.5',
    locals,
  };
  return { event, result: (actions[action] as (e: unknown) => Promise<unknown>)(event) };
}

describe('the verify-email page’s actions', () => {
  beforeEach(() => callApi.mockReset());

  it('confirms the address with the token, and the page it renders no longer shows the banner', async () => {
    callApi.mockResolvedValue({ ok: true, status: 200, data: { status: 'verified' }, headers: new Headers() });
    const { event, result } = submit('confirm', { token: TOKEN }, { user: USER, accessToken: 't' });
    expect(await result).toEqual({ verified: true });
    expect(callApi).toHaveBeenCalledWith(expect.anything(), '/auth/email-verification/confirm', { method: 'POST', body: { token: TOKEN } });
    expect((event.locals.user as typeof USER).emailVerified).toBe(true);
  });

  it('says which way the link cannot be used', async () => {
    for (const code of ['LINK_EXPIRED', 'LINK_USED', 'LINK_REPLACED'] as const) {
      callApi.mockResolvedValueOnce({ ok: false, status: 410, error: { code, message: 'x' }, headers: new Headers() });
      expect(await submit('confirm', { token: TOKEN }).result).toMatchObject({ status: 410, data: { link: code } });
    }
    expect(await submit('confirm', { token: '' }).result).toMatchObject({ status: 400, data: { link: 'LINK_INVALID' } });
  });

  it('sends the link again for the signed-in person and words each answer of the API', async () => {
    for (const [response, outcome] of [
      [{ ok: true, status: 202, data: { status: 'sent' } }, { resend: 'sent' }],
      [
        { ok: false, status: 429, error: { code: 'RATE_LIMITED', message: 'x' } },
        { status: 429, data: { resend: 'limited' } },
      ],
      [
        { ok: false, status: 409, error: { code: 'CONFLICT', message: 'x' } },
        { status: 409, data: { resend: 'already' } },
      ],
    ] as const) {
      callApi.mockResolvedValueOnce({ ...response, headers: new Headers() });
      expect(await submit('resend', {}, { user: USER, accessToken: 't' }).result).toMatchObject(outcome);
    }
    expect(callApi).toHaveBeenCalledWith(expect.anything(), '/me/email-verification', { method: 'POST', token: 't' });
  });
});
