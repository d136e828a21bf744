import { isActionFailure } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const callApi = vi.fn();
vi.mock('$lib/server/api-client', () => ({ callApi: (...args: unknown[]) => callApi(...args) }));

const { actions, load } = await import('./+page.server');

const TOKEN = '65f0c0ffee0123456789abcd.mentions.c99KOd2ubLK2jRKBfgNgpg';
const url = new URL(`http://localhost/unsubscribe?token=${TOKEN}`);
const event = (body?: FormData) => ({
  request: new Request(url, { method: 'POST', body }),
  url,
  getClientAddress: () => '203.0.113.5',
});

describe('the unsubscribe page', () => {
  beforeEach(() => callApi.mockReset());

  it('asks the API what the link stops and in which language, without signing in and without changing anything', async () => {
    callApi.mockResolvedValue({ ok: true, status: 200, data: { target: 'mentions', locale: 'en', off: false }, headers: new Headers() });
    expect(await (load as (e: unknown) => Promise<unknown>)(event())).toEqual({
      token: TOKEN,
      link: { target: 'mentions', locale: 'en', off: false },
      failed: false,
    });
    expect(callApi).toHaveBeenCalledWith(expect.anything(), '/mail/unsubscribe/check', { query: { token: TOKEN } });
  });

  it('turns the mail off when the person confirms', async () => {
    callApi.mockResolvedValue({ ok: true, status: 200, data: { target: 'mentions', off: true }, headers: new Headers() });
    const body = new FormData();
    body.set('token', TOKEN);
    expect(await (actions.default as (e: unknown) => Promise<unknown>)(event(body))).toEqual({ done: true, target: 'mentions' });
    expect(callApi).toHaveBeenCalledWith(expect.anything(), '/mail/unsubscribe', { method: 'POST', query: { token: TOKEN } });
  });

  it('says a refused link is not valid', async () => {
    callApi.mockResolvedValue({ ok: false, status: 400, error: { code: 'LINK_INVALID', message: 'x' }, headers: new Headers() });
    const body = new FormData();
    body.set('token', TOKEN);
    const result = await (actions.default as (e: unknown) => Promise<unknown>)(event(body));
    expect(isActionFailure(result) && result.data).toEqual({ invalid: true });
  });
});
