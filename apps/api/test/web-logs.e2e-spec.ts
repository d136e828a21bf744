import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessHarness } from './process-harness';

/**
 * Issue 25: the web server's structured logs. The built API and apps/web/server.js run as processes at
 * LOG_LEVEL=info: one JSON line per request on each, tied by the request id the web server gives the request
 * and sends to the API; an unexpected error is logged with that id and the person sees it on a page in
 * their language.
 */
const harness = new ProcessHarness('weblogs');
let api: string;
let web: string;
let untrustingWeb: string;

beforeAll(async () => {
  api = await harness.api({ LOG_LEVEL: 'info' });
  web = await harness.web(api, { LOG_LEVEL: 'info' });
  untrustingWeb = await harness.web(api, { LOG_LEVEL: 'info', TRUST_PROXY: 'false' });
}, 120_000);
afterAll(() => harness.stop());

type Line = {
  msg?: string;
  name?: string;
  req?: { id?: string; method?: string; url?: string };
  res?: { statusCode?: number };
  err?: { stack?: string };
};

/** The lines of `url`'s process about request `id`, waiting a moment for them to be written. */
async function linesAbout(url: string, id: string, count = 1): Promise<Line[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const lines = (harness.logs(url) as Line[]).filter((line) => line.req?.id === id);
    if (lines.length >= count) return lines;
    await new Promise((r) => setTimeout(r, 100));
  }
  return (harness.logs(url) as Line[]).filter((line) => line.req?.id === id);
}

/** Sign-in form posts (the action calls the API), from this machine: the web server's origin. */
const signIn = (base: string, body: string, headers: Record<string, string>) =>
  fetch(`${base}/login`, { method: 'POST', headers: { origin: base, accept: 'text/html', ...headers }, body, redirect: 'manual' });

describe('web server logs', () => {
  it('logs one line per request with an id it answers in X-Request-Id and sends to the API, which logs it too', async () => {
    const proxied = await fetch(`${web}/api/me`);
    expect(proxied.status).toBe(401);
    const proxiedId = proxied.headers.get('x-request-id')!;
    expect(proxiedId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await linesAbout(web, proxiedId)).toMatchObject([
      { name: 'web', msg: 'request completed', req: { method: 'GET', url: '/api/me' }, res: { statusCode: 401 } },
    ]);
    expect(await linesAbout(api, proxiedId)).toMatchObject([
      { msg: 'request completed', req: { url: '/api/me' }, res: { statusCode: 401 } },
    ]);

    // A page whose server code calls the API: the form action's call carries the page's id.
    const form = 'email=nadie%40example.org&password=incorrecta-123';
    const page = await signIn(web, form, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(page.status).toBe(401);
    const pageId = page.headers.get('x-request-id')!;
    expect(await linesAbout(web, pageId)).toMatchObject([
      { msg: 'request completed', req: { method: 'POST', url: '/login' }, res: { statusCode: 401 } },
    ]);
    expect(await linesAbout(api, pageId)).toMatchObject([{ req: { method: 'POST', url: '/api/auth/login' }, res: { statusCode: 401 } }]);
  });

  it("keeps a trusted proxy's X-Request-Id, and nobody else's", async () => {
    const given = 'tls-proxy-7f3a91';
    const trusted = await fetch(`${web}/api/me`, { headers: { 'x-request-id': given } });
    expect(trusted.headers.get('x-request-id')).toBe(given);
    expect(await linesAbout(api, given)).toHaveLength(1);

    const untrusted = await fetch(`${untrustingWeb}/api/me`, { headers: { 'x-request-id': 'chosen-by-a-client' } });
    const id = untrusted.headers.get('x-request-id')!;
    expect(id).not.toBe('chosen-by-a-client');
    expect(await linesAbout(untrustingWeb, id)).toHaveLength(1);
    expect(await linesAbout(api, id)).toHaveLength(1);
  });

  it('logs an unexpected error with its id and stack, and shows the person a page in their language with that id', async () => {
    // A form whose body cannot be read (a multipart body without its parts): the action's formData() throws.
    const broken = { 'content-type': 'multipart/form-data; boundary=nothing-follows' };
    const spanish = await signIn(web, 'not multipart at all', broken);
    expect(spanish.status).toBe(500);
    const id = spanish.headers.get('x-request-id')!;
    const html = await spanish.text();
    expect(html).toContain('Ocurrió un error inesperado');
    expect(html).toContain(`Referencia del error: ${id}`);
    expect(html).not.toContain('TypeError');
    expect(html).not.toContain('FormData');
    const lines = await linesAbout(web, id, 2);
    expect(lines).toMatchObject([
      { msg: 'unexpected error', req: { method: 'POST', url: '/login' } },
      { msg: 'request failed', res: { statusCode: 500 } },
    ]);
    expect(lines[0].err?.stack).toMatch(/formData|FormData/);

    const english = await signIn(web, 'not multipart at all', { ...broken, cookie: 'PARAGLIDE_LOCALE=en' });
    const englishHtml = await english.text();
    expect(englishHtml).toContain('Something unexpected went wrong');
    expect(englishHtml).toContain(`Error reference: ${english.headers.get('x-request-id')}`);
  });
});
