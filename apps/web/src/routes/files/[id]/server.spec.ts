// @vitest-environment node
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The server's settings are read from the live environment here, so the test can name where its API listens.
vi.mock('$env/dynamic/private', () => ({ env: process.env }));

/**
 * The file relay against a real HTTP server in the API's place (a socket, not a replaced fetch): what it asks
 * the API, with which method and headers, and what it answers the browser.
 */
const CONTENT = Buffer.from('%PDF-1.4 contenido del informe');
const FILE_ID = 'a'.repeat(24);
const seen: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
let api: Server;
let relay: typeof import('./+server');

beforeAll(async () => {
  api = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    if (req.url !== `/api/files/${FILE_ID}` || req.headers.authorization !== 'Bearer token-1') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NOT_FOUND"}}');
      return;
    }
    const partial = req.headers.range === 'bytes=0-3';
    const body = partial ? CONTENT.subarray(0, 4) : CONTENT;
    res.writeHead(partial ? 206 : 200, {
      'content-type': 'application/pdf',
      'content-length': String(body.length),
      'accept-ranges': 'bytes',
      'x-content-type-options': 'nosniff',
      'x-internal': 'not relayed',
      ...(partial ? { 'content-range': `bytes 0-3/${CONTENT.length}` } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => api.listen(0, '127.0.0.1', done));
  process.env.API_ORIGIN = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  relay = await import('./+server');
});
afterAll(() => new Promise((done) => api.close(done)));

function event(method: 'GET' | 'HEAD', headers: Record<string, string> = {}, id = FILE_ID, token = 'token-1') {
  return {
    params: { id },
    url: new URL(`https://academia.example.org/files/${id}`),
    request: new Request(`https://academia.example.org/files/${id}`, { method, headers }),
    locals: { user: { id: 'u1', role: 'learner' }, accessToken: token },
    getClientAddress: () => '203.0.113.9',
  } as unknown as Parameters<typeof relay.GET>[0];
}

describe('the /files/:id relay', () => {
  it('streams GET with the person’s token, address and scheme, and only the file’s headers', async () => {
    seen.length = 0;
    const answer = await relay.GET(event('GET', { range: 'bytes=0-3' }));
    expect(answer.status).toBe(206);
    expect(Buffer.from(await answer.arrayBuffer())).toEqual(CONTENT.subarray(0, 4));
    expect(answer.headers.get('content-range')).toBe(`bytes 0-3/${CONTENT.length}`);
    expect(answer.headers.get('x-internal')).toBeNull();
    expect(seen[0]).toMatchObject({
      method: 'GET',
      headers: { authorization: 'Bearer token-1', 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https', range: 'bytes=0-3' },
    });
  });

  it('answers HEAD by asking the API with HEAD: the same headers, no body', async () => {
    seen.length = 0;
    const answer = await relay.HEAD(event('HEAD'));
    expect(answer.status).toBe(200);
    expect(answer.body).toBeNull();
    expect(answer.headers.get('content-length')).toBe(String(CONTENT.length));
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'HEAD', headers: { 'x-forwarded-for': '203.0.113.9' } });
  });

  it('answers 404 to HEAD and GET when the API refuses, and for a malformed id without asking', async () => {
    seen.length = 0;
    for (const method of ['GET', 'HEAD'] as const) {
      await expect(relay[method](event(method, {}, FILE_ID, 'someone-else'))).rejects.toMatchObject({ status: 404 });
      await expect(relay[method](event(method, {}, 'not-an-id'))).rejects.toMatchObject({ status: 404 });
    }
    expect(seen.map((s) => s.method)).toEqual(['GET', 'HEAD']);
  });
});
