import type { ErrorBody } from '@trainaction/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './api-harness';

let api: RunningApi;

beforeAll(async () => {
  api = await startApi('platform');
});
afterAll(() => api?.close());

describe('platform', () => {
  it('answers health and readiness', async () => {
    expect((await api.client().get('/api/health')).body).toEqual({ status: 'ok' });
    const ready = await api.client().get('/api/ready');
    expect(ready.status).toBe(200);
  });

  it('publishes the OpenAPI document', async () => {
    const res = await api.client().get<{ openapi: string; paths: Record<string, unknown> }>('/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/register', '/api/auth/login', '/api/me', '/api/health']),
    );
  });

  it('answers unknown routes with the protocol error and a request id', async () => {
    const res = await api.client().get<ErrorBody>('/api/nothing-here', { headers: { 'x-request-id': 'trace-123' } });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
    expect(res.body.error.requestId).toBe('trace-123');
    expect(res.headers.get('x-request-id')).toBe('trace-123');
  });

  it('refuses a request without a token, with a tampered token, and with alg none', async () => {
    expect((await api.client().get('/api/me')).status).toBe(401);
    expect((await api.client().get('/api/me', { token: 'a.b.c' })).status).toBe(401);
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const claims = Buffer.from(JSON.stringify({ sub: '0'.repeat(24), role: 'admin', sid: 'x', typ: 'access' })).toString('base64url');
    const res = await api.client().get<ErrorBody>('/api/me', { token: `${header}.${claims}.` });
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.body)).not.toMatch(/stack|at .*\.ts/);
  });

  it('sends security headers', async () => {
    const res = await api.client().get('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('request budget', () => {
  it('counts signed-in requests per person and anonymous ones per address', async () => {
    const limited = await startApi('budget', { RATE_LIMIT_PER_MINUTE: '6' });
    try {
      const [a, b] = [await limited.signUp(), await limited.signUp()];
      const statuses = async (token?: string) => {
        const out: number[] = [];
        for (let i = 0; i < 7; i++) out.push((await limited.client().get('/api/me', { token })).status);
        return out;
      };
      expect((await statuses(a.token)).at(-1)).toBe(429);
      // Another person behind the same address still has a budget of their own.
      expect((await statuses(b.token)).slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      // Anonymous requests share the address's budget (the two sign-ups, register then login, used four).
      const anonymous = await statuses(undefined);
      expect(anonymous.slice(0, 2)).toEqual([401, 401]);
      expect(anonymous.at(-1)).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
