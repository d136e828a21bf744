import { JwtService } from '@nestjs/jwt';
import type { Ack, AuthResult } from '@trainaction/contracts';
import { aRegistration } from '@trainaction/testing';
import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './api-harness';

let api: RunningApi;
const sockets: Socket[] = [];

beforeAll(async () => {
  api = await startApi('sockets');
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => api?.close());

function connect(auth: Record<string, unknown>, extraHeaders?: Record<string, string>): Socket {
  const socket = io(api.url, { auth, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders });
  sockets.push(socket);
  return socket;
}

/** Resolves with 'connected' or the connect_error message, whichever comes first. */
function outcome(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (err) => resolve(err.message));
  });
}

async function signUp() {
  const client = api.client();
  const input = aRegistration();
  await client.post('/api/auth/register', input);
  const res = await client.post<AuthResult>('/api/auth/login', { email: input.email, password: input.password });
  return { client, ...res.body };
}

function sign(claims: Record<string, unknown>, secret = api.config.jwtSecret): string {
  const expiry = 'exp' in claims ? {} : { expiresIn: 60 };
  return new JwtService().sign(claims, { secret, algorithm: 'HS256', ...expiry });
}

describe('socket.io handshake', () => {
  it('refuses a connection without a token with UNAUTHENTICATED', async () => {
    expect(await outcome(connect({}))).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed or tampered token', async () => {
    expect(await outcome(connect({ token: 'not-a-jwt' }))).toBe('UNAUTHENTICATED');
    const { accessToken, user } = await signUp();
    const forged = sign({ sub: user.id, role: 'admin', sid: 'x', typ: 'access' }, 'another-secret-that-is-long-enough-0123456789');
    expect(await outcome(connect({ token: forged }))).toBe('UNAUTHENTICATED');
    const [h, , s] = accessToken.split('.');
    const escalated = Buffer.from(JSON.stringify({ sub: user.id, role: 'admin', sid: 'x', typ: 'access' })).toString('base64url');
    expect(await outcome(connect({ token: `${h}.${escalated}.${s}` }))).toBe('UNAUTHENTICATED');
  });

  it('refuses algorithm confusion: an RS256 token, and an HS256 token signed with a public key', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const { user } = await signUp();
    const claims = { sub: user.id, role: 'admin', sid: 'x', typ: 'access' };
    const rs = new JwtService().sign(claims, {
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      algorithm: 'RS256',
      expiresIn: 60,
    });
    expect(await outcome(connect({ token: rs }))).toBe('UNAUTHENTICATED');
    expect((await api.client().get('/api/me', { token: rs })).status).toBe(401);
    const confused = sign(claims, publicKey.export({ type: 'spki', format: 'pem' }).toString());
    expect(await outcome(connect({ token: confused }))).toBe('UNAUTHENTICATED');
    expect((await api.client().get('/api/me', { token: confused })).status).toBe(401);
  });

  it('refuses an expired token', async () => {
    const { user } = await signUp();
    const expired = sign({ sub: user.id, role: 'learner', sid: 'x', typ: 'access', exp: Math.floor(Date.now() / 1000) - 10 });
    expect(await outcome(connect({ token: expired }))).toBe('UNAUTHENTICATED');
  });

  it('accepts a valid token, and the socket acts as its user', async () => {
    const { accessToken, user } = await signUp();
    const socket = connect({ token: accessToken });
    expect(await outcome(socket)).toBe('connected');
    const reply: Ack<{ userId: string; role: string }> = await socket.timeout(5000).emitWithAck('session:whoami', {});
    expect(reply).toEqual({ ok: true, data: { userId: user.id, role: 'learner' } });
  });

  it('answers an invalid payload with a VALIDATION_FAILED ack', async () => {
    const { accessToken } = await signUp();
    const socket = connect({ token: accessToken });
    await outcome(socket);
    const reply: Ack<unknown> = await socket.timeout(5000).emitWithAck('session:whoami', { $where: 'x' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('refuses a handshake from another site', async () => {
    const { accessToken } = await signUp();
    const socket = connect({ token: accessToken }, { origin: 'https://evil.example' });
    expect(await outcome(socket)).not.toBe('connected');
  });

  it('closes the sockets of a sign-in when it ends, with session:revoked', async () => {
    const { accessToken, client } = await signUp();
    const socket = connect({ token: accessToken });
    await outcome(socket);
    const revoked = new Promise((resolve) => socket.once('session:revoked', resolve));
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect(await revoked).toEqual({ reason: 'signed_out' });
    expect(await closed).toBe('io server disconnect');
  });
});
