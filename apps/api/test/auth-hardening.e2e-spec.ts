import type { AuthResult, CohortView, CourseView, ErrorBody, RoomView } from '@trainaction/contracts';
import { aRegistration, call, connectSocket } from '@trainaction/testing';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './api-harness';

/**
 * Issue 18, findings 12 and 13 and the "also harden" list: sign-in throttling nobody can turn against
 * an account, registration that does not tell whether an address exists, API docs off in production,
 * `no-store` on API answers, sync tokens out of range, and X-Forwarded-Host only from trusted proxies.
 * The harness talks from 127.0.0.1, a trusted proxy under the default TRUST_PROXY (`loopback`), so
 * `X-Forwarded-For` stands for the person's address. Specs that start a second API come last: passport's
 * JWT strategy is process-wide, so after that the first API's bearer tokens no longer verify.
 */
let api: RunningApi;

beforeAll(async () => {
  api = await startApi('auth_hardening');
});
afterAll(() => api?.close());

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

async function login(email: string, password: string, address: string) {
  const started = performance.now();
  const res = await api.client().post<AuthResult & ErrorBody>('/api/auth/login', { email, password }, from(address));
  return { ...res, ms: performance.now() - started };
}

describe('sign-in throttling (finding 12)', () => {
  it('answers 429 with Retry-After to the guessing address, while the owner signs in from another address', async () => {
    const owner = await api.signUp();
    const { email, password } = owner.input;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login(email, `wrong-password-${i}`, '203.0.113.7')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);

    const refused = await login(email, password, '203.0.113.7');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    const signedIn = await login(email, password, '198.51.100.20');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.id).toBe(owner.user.id);
  });

  it('refuses an address that fails on many accounts with 429 and Retry-After, and no other address', async () => {
    const owner = await api.signUp();
    for (let i = 0; i < 30; i++) expect((await login(`nobody${i}@example.org`, 'not-the-password', '203.0.113.8')).status).toBe(401);
    const refused = await login(owner.input.email, owner.input.password, '203.0.113.8');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(owner.input.email, owner.input.password, '198.51.100.21')).status).toBe(200);
  });

  it('slows every further attempt on an account guessed from many addresses, more each time, and the right password still gets in', async () => {
    const owner = await api.signUp();
    const { email, password } = owner.input;
    // Up to the limit, one failure from each of five addresses, answered at once.
    for (let i = 0; i < 5; i++) expect((await login(email, 'not-the-password', `203.0.114.${i + 1}`)).status).toBe(401);
    // Past it, every attempt waits first, longer each time: 250 ms, 500 ms, 1 s, 2 s; nobody is refused.
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await login(email, 'not-the-password', `203.0.115.${i + 1}`);
      expect(res.status).toBe(401);
      waits.push(res.ms);
    }
    [250, 500, 1000, 2000].forEach((floor, i) => expect(waits[i], `attempt ${i + 6}`).toBeGreaterThanOrEqual(floor - 10));

    // The owner, from a clean address, waits the capped 4 s and is signed in.
    const signedIn = await login(email, password, '198.51.100.22');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.id).toBe(owner.user.id);
    expect(signedIn.ms).toBeGreaterThanOrEqual(3990);
    expect(signedIn.ms).toBeLessThan(9000);
  }, 40_000);

  it('does not let one address hold many delayed sign-ins open at once', async () => {
    const owner = await api.signUp();
    // Eight failures from eight addresses: the next attempt on the account waits 2 s.
    for (let i = 0; i < 8; i++) await login(owner.input.email, 'not-the-password', `203.0.116.${i + 1}`);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => login(owner.input.email, `guess-${i}-password`, '203.0.117.1')));
    const held = results.filter((r) => r.status === 401);
    const refused = results.filter((r) => r.status === 429);
    expect(held.length).toBeLessThanOrEqual(3);
    expect(held.every((r) => r.ms >= 1990)).toBe(true);
    expect(refused.length).toBe(8 - held.length);
    // Refused without being held (well before the 2 s wait), and told when to come back.
    expect(refused.every((r) => r.ms < 1500 && Number(r.headers.get('retry-after')) >= 1)).toBe(true);
  }, 30_000);
});

describe('registration (finding 13)', () => {
  const comparable = (res: { status: number; body: unknown; headers: Headers }) => ({
    status: res.status,
    body: res.body,
    // Date, the request id and the request budget left (X-RateLimit-*) change with every request.
    headers: [...res.headers].filter(([name]) => !['date', 'x-request-id'].includes(name) && !name.startsWith('x-ratelimit-')),
    cookies: res.headers.getSetCookie(),
  });

  it('answers the same for an existing and a new address, signs nobody in, and changes no existing account', async () => {
    const existing = await api.signUp();
    const taken = await api
      .client()
      .post(
        '/api/auth/register',
        aRegistration({ email: existing.input.email.toUpperCase(), password: 'another-long-password', displayName: 'Impostor' }),
      );
    const fresh = aRegistration();
    const created = await api.client().post('/api/auth/register', fresh);

    expect(comparable(taken)).toEqual(comparable(created));
    expect(created.status).toBe(202);
    expect(created.body).toEqual({ status: 'accepted' });
    expect(created.headers.getSetCookie()).toEqual([]);
    expect(created.headers.get('cache-control')).toBe('no-store');

    // The new address got its account; the existing one kept its password and name.
    const newcomer = await api.client().post<AuthResult>('/api/auth/login', { email: fresh.email, password: fresh.password });
    expect(newcomer.status).toBe(200);
    expect(newcomer.body.user).toMatchObject({ email: fresh.email, displayName: fresh.displayName, role: 'learner' });
    expect((await api.client().post('/api/auth/login', { email: existing.input.email, password: 'another-long-password' })).status).toBe(
      401,
    );
    const holder = await api
      .client()
      .post<AuthResult>('/api/auth/login', { email: existing.input.email, password: existing.input.password });
    expect(holder.status).toBe(200);
    expect(holder.body.user.displayName).toBe(existing.user.displayName);
  });
});

describe('caching of API answers', () => {
  it('marks answers that carry tokens or personal data no-store', async () => {
    const person = await api.signUp();
    const signedIn = await api.client().post('/api/auth/login', { email: person.input.email, password: person.input.password });
    const me = await api.client().get('/api/me', { token: person.token });
    const notFound = await api.client().get('/api/nothing-here');
    for (const res of [signedIn, me, notFound]) {
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('pragma')).toBe('no-cache');
    }
  });
});

describe('sync tokens', () => {
  it('answers VALIDATION_FAILED, not INTERNAL, to a token whose time is out of range', async () => {
    const coordinator = await api.signUp('coordinator');
    const learner = await api.signUp();
    const course = (
      await api
        .client()
        .post<CourseView>(
          '/api/courses',
          { slug: 'curso-token', title: { es: 'Curso' }, summary: { es: 'R' }, status: 'published' },
          { token: coordinator.token },
        )
    ).body;
    const cohort = (
      await api.client().post<CohortView>(
        '/api/cohorts',
        {
          courseId: course.id,
          name: 'Cohorte token',
          countries: ['HN'],
          startsAt: '2026-07-01T00:00:00Z',
          endsAt: '2026-12-01T00:00:00Z',
          timezone: 'America/Tegucigalpa',
        },
        { token: coordinator.token },
      )
    ).body;
    await api.client().post(`/api/cohorts/${cohort.id}/enrollments`, { userId: learner.user.id }, { token: coordinator.token });
    const [room] = (await api.client().get<RoomView[]>(`/api/cohorts/${cohort.id}/rooms`, { token: learner.token })).body;
    const socket = await connectSocket(api.url, learner.token);
    try {
      for (const json of ['{"t":1e308}', '{"t":8640000000000001}', '{"t":1e308,"w":false}', '{"t":-1}']) {
        const reply = await call(socket, 'room:join', { roomId: room.id, since: Buffer.from(json).toString('base64url') });
        expect(reply.ok ? 'ok' : reply.error.code, json).toBe('VALIDATION_FAILED');
      }
      const fine = await call(socket, 'room:join', {
        roomId: room.id,
        since: Buffer.from(JSON.stringify({ t: Date.now(), w: true })).toString('base64url'),
      });
      expect(fine.ok).toBe(true);
    } finally {
      socket.disconnect();
    }
  });
});

describe('X-Forwarded-Host', () => {
  const crossSite = { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' };

  function handshake(url: string, token: string, headers: Record<string, string>): Promise<string> {
    const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: headers });
    return new Promise<string>((resolve) => {
      socket.once('connect', () => resolve('connected'));
      socket.once('connect_error', (err) => resolve(err.message));
    }).finally(() => socket.disconnect());
  }

  it('is honoured from a trusted proxy only (TRUST_PROXY), for refresh and for socket handshakes', async () => {
    const person = await api.signUp();
    // 127.0.0.1 is a trusted proxy here: the forwarded host is the public host.
    expect((await api.client().post<ErrorBody>('/api/auth/refresh', undefined, { headers: crossSite })).status).toBe(401);
    expect(await handshake(api.url, person.token, crossSite)).toBe('connected');

    const direct = await startApi('untrusted_proxy', { TRUST_PROXY: '192.0.2.1' });
    try {
      const someone = await direct.signUp();
      const refused = await direct.client().post<ErrorBody>('/api/auth/refresh', undefined, { headers: crossSite });
      expect(refused.status).toBe(403);
      expect(await handshake(direct.url, someone.token, crossSite)).not.toBe('connected');
      // The same-origin browser request still passes.
      const host = new URL(direct.url).host;
      expect(
        (
          await direct
            .client()
            .post('/api/auth/refresh', undefined, { headers: { origin: `http://${host}`, 'x-forwarded-host': 'evil.example' } })
        ).status,
      ).toBe(401);
      expect(await handshake(direct.url, someone.token, { origin: `http://${host}` })).toBe('connected');
    } finally {
      await direct.close();
    }
  }, 60_000);
});

describe('API documentation', () => {
  it('is served in development and test, and not in production unless API_DOCS=true', async () => {
    expect((await api.client().get('/api/docs-json')).status).toBe(200);
    const production = await startApi('docs_production', { NODE_ENV: 'production' });
    try {
      expect((await production.client().get('/api/docs-json')).status).toBe(404);
      expect((await production.client().get('/api/docs')).status).toBe(404);
    } finally {
      await production.close();
    }
    const optedIn = await startApi('docs_opted_in', { NODE_ENV: 'production', API_DOCS: 'true' });
    try {
      expect((await optedIn.client().get('/api/docs-json')).status).toBe(200);
    } finally {
      await optedIn.close();
    }
  }, 60_000);
});
