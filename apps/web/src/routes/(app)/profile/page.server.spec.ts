import { isActionFailure } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const callApi = vi.fn();
vi.mock('$lib/server/api-client', () => ({ callApi: (...args: unknown[]) => callApi(...args) }));

const { actions } = await import('./+page.server');

function submitMail(values: Record<string, string>) {
  const body = new FormData();
  for (const [key, value] of Object.entries(values)) body.set(key, value);
  const url = new URL('http://localhost/profile?/mail');
  return (actions.mail as (e: unknown) => Promise<unknown>)({
    request: new Request(url, { method: 'POST', body }),
    url,
    locals: { user: { id: 'u1', locale: 'es' }, accessToken: 'token' },
    getClientAddress: () => '203.0.113.5',
  });
}

describe('the mail preferences form of the profile page', () => {
  beforeEach(() => callApi.mockReset());

  it('sends one choice per group to the API', async () => {
    const saved = {
      mail: { mentions: 'off', replies: 'daily', reviews: 'immediate', announcements: 'daily' },
      digest: { hour: 7, timeZone: 'America/Tegucigalpa' },
    };
    callApi.mockResolvedValue({ ok: true, status: 200, data: saved, headers: new Headers() });
    expect(await submitMail({ mentions: 'off', replies: 'daily', reviews: 'immediate', announcements: 'daily' })).toEqual({
      mailSaved: true,
      mailPreferences: saved,
    });
    expect(callApi).toHaveBeenCalledWith(expect.anything(), '/notifications/preferences', {
      method: 'PUT',
      token: 'token',
      body: { mentions: 'off', replies: 'daily', reviews: 'immediate', announcements: 'daily' },
    });
  });

  it('refuses a mode it does not know before calling the API', async () => {
    const result = await submitMail({ mentions: 'weekly' });
    expect(isActionFailure(result)).toBe(true);
    expect(callApi).not.toHaveBeenCalled();
  });
});
