import { JwtService } from '@nestjs/jwt';
import type { Ack, AuthResult } from '@trainaction/contracts';
import type { ApiClient } from '@trainaction/testing';
import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

/**
 * Issue 18, findings 4 and 8: an ended sign-in (logout, reused refresh token, role change, disabled account)
 * stops working on HTTP, in handshakes and on open sockets within 2 s, also on a node that learns of it only
 * through the database; and the HTTP request budget follows verified tokens only.
 */

/** How soon an ended sign-in must stop working everywhere. */
const WITHIN_MS = 2000;

let api: RunningApi;
/** A second node on the same database without Redis: it hears of revocations only through the database. */
let other: RunningApi;
const sockets: Socket[] = [];

beforeAll(async () => {
  api = await startApi('revocation');
  other = await startApi('revocation-other', { MONGODB_URI: api.config.mongodbUri, JWT_SECRET: api.config.jwtSecret });
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(async () => {
  await other?.close();
  await api?.close();
});

function open(url: string, token: string): Socket {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  return socket;
}

/** A socket that is connected, or the message it was refused with. */
function handshake(url: string, token: string): Promise<Socket | string> {
  const socket = open(url, token);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => resolve(err.message));
  });
}

async function connected(url: string, token: string): Promise<Socket> {
  const socket = await handshake(url, token);
  if (typeof socket === 'string') throw new Error(`handshake refused: ${socket}`);
  return socket;
}

/** Resolves with what the server said before closing the socket; rejects if it is still open after `ms`. */
function closedWithin(socket: Socket, ms = WITHIN_MS): Promise<{ revoked?: { reason: string }; reason: string }> {
  let revoked: { reason: string } | undefined;
  socket.once('session:revoked', (payload: { reason: string }) => (revoked = payload));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket still open after ${ms} ms`)), ms);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve({ revoked, reason });
    });
  });
}

function me(node: RunningApi, token: string): Promise<number> {
  return node
    .client()
    .get('/api/me', { token })
    .then((r) => r.status);
}

/** Polls until the token is refused; fails if it still works `WITHIN_MS` after the call. */
async function refusedWithin(node: RunningApi, token: string): Promise<void> {
  await expect.poll(() => me(node, token), { timeout: WITHIN_MS, interval: 100 }).toBe(401);
}

async function refreshed(client: ApiClient): Promise<string> {
  const res = await client.post<{ accessToken: string }>('/api/auth/refresh');
  expect(res.status).toBe(200);
  return res.body.accessToken;
}

describe('after logout', () => {
  it('refuses the old access token on HTTP within 2 s', async () => {
    const ana = await api.signUp();
    expect(await me(api, ana.token)).toBe(200);
    expect((await ana.client.post('/api/auth/logout')).status).toBe(204);
    await refusedWithin(api, ana.token);
  });

  it('refuses a new socket opened with the old access token', async () => {
    const ana = await api.signUp();
    expect((await ana.client.post('/api/auth/logout')).status).toBe(204);
    expect(await handshake(api.url, ana.token)).toBe('UNAUTHENTICATED');
  });

  it('closes a socket opened before the logout within 2 s, after telling it session:revoked', async () => {
    const ana = await api.signUp();
    const socket = await connected(api.url, ana.token);
    const closed = closedWithin(socket);
    expect((await ana.client.post('/api/auth/logout')).status).toBe(204);
    expect(await closed).toEqual({ revoked: { reason: 'signed_out' }, reason: 'io server disconnect' });
  });

  it('leaves the same person’s other sign-ins working', async () => {
    const ana = await api.signUp();
    const laptop = api.client();
    const other = (await laptop.post<AuthResult>('/api/auth/login', { email: ana.input.email, password: ana.input.password })).body
      .accessToken;
    const socket = await connected(api.url, other);
    expect((await ana.client.post('/api/auth/logout')).status).toBe(204);
    await refusedWithin(api, ana.token);
    expect(await me(api, other)).toBe(200);
    const reply: Ack<{ userId: string }> = await socket.timeout(5000).emitWithAck('session:whoami', {});
    expect(reply).toMatchObject({ ok: true, data: { userId: ana.user.id } });
  });
});

describe('after refresh-token reuse', () => {
  it('refuses the access tokens of the whole sign-in within 2 s, closes its sockets and refuses new ones', async () => {
    const ana = await api.signUp();
    const stolen = ana.client.cookie('ta_refresh')!;
    const rotated = await refreshed(ana.client);
    const socket = await connected(api.url, rotated);
    const closed = closedWithin(socket);

    const attacker = api.client();
    attacker.setCookie('ta_refresh', stolen);
    expect((await attacker.post('/api/auth/refresh')).status).toBe(401);

    expect(await closed).toMatchObject({ revoked: { reason: 'token_reused' } });
    await refusedWithin(api, ana.token);
    await refusedWithin(api, rotated);
    expect(await handshake(api.url, rotated)).toBe('UNAUTHENTICATED');
  });
});

describe('after a role change', () => {
  let admin: SignedIn;
  beforeAll(async () => {
    admin = await api.signUp('admin');
  });

  it('stops a demoted coordinator’s old token from changing roles within 2 s (401)', async () => {
    const coordinator = await api.signUp('coordinator');
    const learner = await api.signUp();
    const demote = await api.client().patch(`/api/users/${coordinator.user.id}/role`, { role: 'learner' }, { token: admin.token });
    expect(demote.status).toBe(200);
    await expect
      .poll(
        async () =>
          (await api.client().patch(`/api/users/${learner.user.id}/role`, { role: 'moderator' }, { token: coordinator.token })).status,
        { timeout: WITHIN_MS, interval: 100 },
      )
      .toBe(401);
    expect((await api.client().get(`/api/users/${learner.user.id}`, { token: admin.token })).body.role).toBe('learner');
  });

  it('closes the demoted person’s sockets, and a sign-in made right after the change works with the new role', async () => {
    const moderator = await api.signUp('moderator');
    const socket = await connected(api.url, moderator.token);
    const closed = closedWithin(socket);
    expect((await api.client().patch(`/api/users/${moderator.user.id}/role`, { role: 'learner' }, { token: admin.token })).status).toBe(
      200,
    );
    expect(await closed).toMatchObject({ revoked: { reason: 'role_changed' } });

    const again = await api
      .client()
      .post<AuthResult>('/api/auth/login', { email: moderator.input.email, password: moderator.input.password });
    expect(again.body.user.role).toBe('learner');
    expect(await me(api, again.body.accessToken)).toBe(200);
    const fresh = await connected(api.url, again.body.accessToken);
    expect(await fresh.timeout(5000).emitWithAck('session:whoami', {})).toEqual({
      ok: true,
      data: { userId: moderator.user.id, role: 'learner' },
    });
  });
});

describe('after an account is disabled', () => {
  it('closes its socket within 2 s and refuses its token on HTTP and in the handshake', async () => {
    const admin = await api.signUp('admin');
    const ana = await api.signUp();
    const socket = await connected(api.url, ana.token);
    const closed = closedWithin(socket);
    expect((await api.client().patch(`/api/users/${ana.user.id}/status`, { disabled: true }, { token: admin.token })).status).toBe(200);
    expect(await closed).toMatchObject({ revoked: { reason: 'account_disabled' } });
    await refusedWithin(api, ana.token);
    expect(await handshake(api.url, ana.token)).toBe('UNAUTHENTICATED');
  });
});

describe('on a node that hears of a revocation only through the shared database', () => {
  it('refuses the token on HTTP and closes its socket within 2 s of a logout made on another node', async () => {
    const ana = await api.signUp();
    expect(await me(other, ana.token)).toBe(200); // the other node now remembers the token as verified
    const socket = await connected(other.url, ana.token);
    const closed = closedWithin(socket);
    expect((await ana.client.post('/api/auth/logout')).status).toBe(204);
    expect(await closed).toEqual({ revoked: { reason: 'signed_out' }, reason: 'io server disconnect' });
    await refusedWithin(other, ana.token);
    expect(await handshake(other.url, ana.token)).toBe('UNAUTHENTICATED');
  });

  it('refuses a demoted coordinator’s old token within 2 s of the change made on another node', async () => {
    const admin = await api.signUp('admin');
    const coordinator = await api.signUp('coordinator');
    const learner = await api.signUp();
    expect((await api.client().patch(`/api/users/${coordinator.user.id}/role`, { role: 'learner' }, { token: admin.token })).status).toBe(
      200,
    );
    await expect
      .poll(
        async () =>
          (await other.client().patch(`/api/users/${learner.user.id}/role`, { role: 'moderator' }, { token: coordinator.token })).status,
        { timeout: WITHIN_MS, interval: 100 },
      )
      .toBe(401);
  });

  it('closes within 2 s the socket of an account disabled on another node', async () => {
    const admin = await api.signUp('admin');
    const ana = await api.signUp();
    const socket = await connected(other.url, ana.token);
    const closed = closedWithin(socket);
    expect((await api.client().patch(`/api/users/${ana.user.id}/status`, { disabled: true }, { token: admin.token })).status).toBe(200);
    expect(await closed).toMatchObject({ revoked: { reason: 'account_disabled' } });
  });
});

describe('HTTP rate limit', () => {
  const LIMIT = 5;
  let limited: RunningApi;
  beforeAll(async () => {
    limited = await startApi('ratelimit', { RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  });
  afterAll(() => limited?.close());

  /** A token naming `sub` that was not signed with the API's secret. */
  function forged(sub: string): string {
    return new JwtService().sign(
      { sub, role: 'admin', sid: 'x', typ: 'access' },
      { secret: 'not-the-api-secret-but-long-enough-0123456789', algorithm: 'HS256', expiresIn: 60 },
    );
  }

  it('does not charge requests with a forged token to the person the token names', async () => {
    const victim = await limited.signUp();
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) statuses.push(await me(limited, forged(victim.user.id)));
    expect(statuses.at(-1)).toBe(429); // the forger's address paid
    expect(await me(limited, victim.token)).toBe(200);
  });

  it('charges forged tokens to the address on public routes, whatever subject each one names', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++)
      statuses.push((await limited.client().post('/api/auth/refresh', undefined, { token: forged(`someone-${i}`) })).status);
    expect(statuses.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(401));
    expect(statuses.slice(LIMIT)).toEqual([429, 429]);
  });
});
