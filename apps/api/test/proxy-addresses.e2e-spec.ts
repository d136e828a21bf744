import { request } from 'node:http';
import { aRegistration } from '@trainaction/testing';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessHarness } from './process-harness';

/**
 * Issue 25: the person's address behind the TLS proxy. The built API and the web server run as processes
 * with the same TRUST_PROXY (`127.0.0.1`): the spec plays the trusted TLS proxy when it connects from
 * 127.0.0.1 and sends X-Forwarded-For, and an untrusted client when it connects from 127.0.0.2 (also this
 * machine, but not named by the setting). The web server proxies /api and renders the sign-in form, whose
 * action calls the API itself; both must see the person, not the proxy.
 */
const harness = new ProcessHarness('proxyaddresses');
const TRUST_PROXY = '127.0.0.1';
let web: string;
let owner: { email: string; password: string };

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A request to the web server from `localAddress`, with raw headers (fetch cannot choose its source address). */
function send(path: string, init: { from: string; body: string; headers: Record<string, string> }): Promise<Answer> {
  const url = new URL(path, web);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: 'POST',
        localAddress: init.from,
        headers: init.headers,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** POST /api/auth/login through the web server's proxy. */
function apiLogin(email: string, password: string, from: string, forwardedFor?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  return send('/api/auth/login', { from, headers, body: JSON.stringify({ email, password }) });
}

/** The sign-in form's action (SvelteKit), as the page's enhanced form posts it; answers the action's result. */
async function formLogin(email: string, password: string, forwardedFor: string): Promise<{ type: string; status: number }> {
  const answer = await send('/login', {
    from: '127.0.0.1',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: web,
      accept: 'application/json',
      'x-sveltekit-action': 'true',
      'x-forwarded-for': forwardedFor,
    },
    body: new URLSearchParams({ email, password }).toString(),
  });
  return JSON.parse(answer.text);
}

const failThirtyTimes = async (from: string, forwardedFor: (i: number) => string | undefined) => {
  const statuses = new Set<number>();
  for (let i = 0; i < 30; i++) statuses.add((await apiLogin(`nobody${i}@example.org`, 'not-the-password', from, forwardedFor(i))).status);
  return [...statuses];
};

beforeAll(async () => {
  const api = await harness.api({ TRUST_PROXY, RATE_LIMIT_PER_MINUTE: '100000' });
  web = await harness.web(api, { TRUST_PROXY });
  const input = aRegistration();
  owner = { email: input.email, password: input.password };
  const registered = await send('/api/auth/register', {
    from: '127.0.0.1',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.1' },
    body: JSON.stringify(input),
  });
  expect(registered.status).toBe(202);
}, 120_000);
afterAll(() => harness.stop());

describe('sign-in throttling through the trusted proxy', () => {
  it('gives two people behind the proxy their own budgets: 30 failures from one do not lock out the other', async () => {
    expect(await failThirtyTimes('127.0.0.1', () => '203.0.113.10')).toEqual([401]);
    const refused = await apiLogin(owner.email, owner.password, '127.0.0.1', '203.0.113.10');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    expect((await apiLogin(owner.email, owner.password, '127.0.0.1', '203.0.113.11')).status).toBe(200);
    // A proxy that appends to a chain it was given: the address it saw (the last) is the person's.
    expect((await apiLogin(owner.email, owner.password, '127.0.0.1', '203.0.113.10, 203.0.113.12')).status).toBe(200);
  });

  it("passes the person's address on from the sign-in form too (the page calls the API itself)", async () => {
    expect(await formLogin(owner.email, owner.password, '203.0.113.10')).toMatchObject({ type: 'failure', status: 429 });
    expect(await formLogin(owner.email, owner.password, '203.0.113.13')).toMatchObject({ type: 'redirect', status: 303 });
  });

  it("ignores the X-Forwarded-For of a peer that is not a trusted proxy: it cannot spend another's budget, nor escape its own", async () => {
    // Each failure names another address; all count against the peer itself.
    expect(await failThirtyTimes('127.0.0.2', (i) => `203.0.113.${100 + i}`)).toEqual([401]);
    expect((await apiLogin(owner.email, owner.password, '127.0.0.2', '203.0.113.14')).status).toBe(429);
    expect((await apiLogin(owner.email, owner.password, '127.0.0.2')).status).toBe(429);
    // The addresses it named were not charged.
    expect((await apiLogin(owner.email, owner.password, '127.0.0.1', '203.0.113.100')).status).toBe(200);
  });
});

describe("the web server's proxy", () => {
  it('carries socket.io over a websocket upgrade to the API', async () => {
    const signedIn = JSON.parse((await apiLogin(owner.email, owner.password, '127.0.0.1', '198.51.100.2')).text);
    const socket = io(web, { auth: { token: signedIn.accessToken }, transports: ['websocket'], reconnection: false, forceNew: true });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      expect(socket.io.engine.transport.name).toBe('websocket');
    } finally {
      socket.disconnect();
    }
  });
});
