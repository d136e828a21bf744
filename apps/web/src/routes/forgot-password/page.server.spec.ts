import { isActionFailure } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const callApi = vi.fn();
vi.mock('$lib/server/api-client', () => ({ callApi: (...args: unknown[]) => callApi(...args) }));

const { actions } = await import('./+page.server');

function submit(email: string) {
  const body = new FormData();
  body.set('email', email);
  const event = {
    request: new Request('http://localhost/forgot-password', { method: 'POST', body }),
    url: new URL('http://localhost/forgot-password'),
    getClientAddress: () => '203.0.113.5',
  };
  return (actions.default as (e: unknown) => Promise<unknown>)(event);
}

describe('the forgot-password action', () => {
  beforeEach(() => callApi.mockReset());

  it('asks the API for a link and says the same thing whatever the address', async () => {
    callApi.mockResolvedValue({ ok: true, status: 202, data: { status: 'accepted' }, headers: new Headers() });
    expect(await submit(' persona@example.org ')).toEqual({ sent: true, email: 'persona@example.org' });
    expect(callApi).toHaveBeenCalledWith(expect.anything(), '/auth/password-reset', {
      method: 'POST',
      body: { email: 'persona@example.org' },
    });
  });

  it('marks a malformed address without calling the API', async () => {
    const result = await submit('no-es-un-correo');
    expect(isActionFailure(result)).toBe(true);
    expect(result).toMatchObject({ status: 400, data: { failure: { code: 'VALIDATION_FAILED', fields: { email: 'invalid' } } } });
    expect(callApi).not.toHaveBeenCalled();
  });

  it('passes on a refusal for asking too often', async () => {
    callApi.mockResolvedValue({ ok: false, status: 429, error: { code: 'RATE_LIMITED', message: 'x' }, headers: new Headers() });
    expect(await submit('persona@example.org')).toMatchObject({ status: 429, data: { failure: { code: 'RATE_LIMITED' } } });
  });
});
