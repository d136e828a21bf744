import type { AuthResult, ErrorBody, UserView } from '@trainaction/contracts';
import { aRegistration, type ApiClient } from '@trainaction/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './api-harness';

let api: RunningApi;

beforeAll(async () => {
  api = await startApi('identity');
});
afterAll(() => api?.close());

/** Registers (202, no session) and signs in, as the web app does. */
async function registered(client: ApiClient = api.client(), overrides = {}) {
  const input = aRegistration(overrides);
  const res = await client.post('/api/auth/register', input);
  expect(res.status).toBe(202);
  const login = await client.post<AuthResult>('/api/auth/login', { email: input.email, password: input.password });
  expect(login.status).toBe(200);
  return { client, input, ...login.body };
}

describe('registration', () => {
  it('creates a learner and answers 202 without signing in; signing in sets an httpOnly refresh cookie', async () => {
    const client = api.client();
    const input = aRegistration({ country: 'do', gender: 'self_described', genderText: 'mujer trans' });
    const res = await client.post('/api/auth/register', input);

    expect(res.status).toBe(202);
    expect(res.body).toEqual({ status: 'accepted' });
    expect(res.headers.getSetCookie()).toEqual([]);

    const login = await client.post<AuthResult>('/api/auth/login', { email: input.email, password: input.password });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({
      email: input.email,
      country: 'DO',
      role: 'learner',
      gender: 'self_described',
      genderText: 'mujer trans',
      locale: 'es',
    });
    expect(login.body.accessToken.split('.')).toHaveLength(3);
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('ta_refresh='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(JSON.stringify(login.body)).not.toContain('passwordHash');

    const me = await client.get<UserView>('/api/me', { token: login.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(login.body.user.id);
  });

  it('answers an e-mail that exists, in another letter case, exactly as a new one, and changes nothing', async () => {
    const { input, user } = await registered();
    const res = await api
      .client()
      .post('/api/auth/register', aRegistration({ email: input.email.toUpperCase(), displayName: 'Otra persona' }));
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ status: 'accepted' });
    const holder = await api.client().post<AuthResult>('/api/auth/login', { email: input.email, password: input.password });
    expect(holder.body.user).toMatchObject({ id: user.id, displayName: user.displayName });
  });

  it('answers 400 listing each missing or malformed field', async () => {
    const res = await api
      .client()
      .post<ErrorBody>('/api/auth/register', { email: 'not-an-email', password: 'short', country: 'XX', gender: 'other' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const paths = res.body.error.details!.map((d) => d.path).sort();
    expect(paths).toEqual(['country', 'displayName', 'email', 'gender', 'password', 'sector']);
    expect(res.body.error.requestId).toMatch(/.+/);
  });

  it('requires the text of a self-described gender', async () => {
    const res = await api.client().post<ErrorBody>('/api/auth/register', aRegistration({ gender: 'self_described' }));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'genderText' })]);
  });

  it('refuses a role chosen by the registrant (unknown keys are rejected)', async () => {
    const res = await api.client().post<ErrorBody>('/api/auth/register', { ...aRegistration(), role: 'admin' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('hostile and oversized input', () => {
  it('rejects MongoDB operators in the body with 400, and the login does not succeed', async () => {
    await registered();
    const res = await api.client().post<ErrorBody>('/api/auth/login', { email: { $ne: null }, password: { $ne: null } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('rejects operators in the query string', async () => {
    const { accessToken } = await registered();
    const res = await api.client().get<ErrorBody>('/api/me?x[$gt]=1', { token: accessToken });
    expect(res.status).toBe(400);
  });

  it('answers 413 to a 2 MB body', async () => {
    const res = await api.client().post<ErrorBody>('/api/auth/register', { ...aRegistration(), displayName: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 400 to malformed JSON', async () => {
    const res = await api.client().post<ErrorBody>('/api/auth/login', '{"email":', { headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('login', () => {
  it('signs in with the e-mail in any letter case', async () => {
    const { input } = await registered();
    const res = await api.client().post<AuthResult>('/api/auth/login', { email: input.email.toUpperCase(), password: input.password });
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe(input.email);
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const { input } = await registered();
    const wrong = await api.client().post<ErrorBody>('/api/auth/login', { email: input.email, password: 'not-the-password' });
    const unknown = await api.client().post<ErrorBody>('/api/auth/login', { email: 'nobody@example.org', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });

  it('answers 429 with Retry-After to the address that failed 5 times on an account, even to the right password', async () => {
    const { input } = await registered();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await api.client().post('/api/auth/login', { email: input.email, password: `wrong-password-${i}` })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const right = await api.client().post<ErrorBody>('/api/auth/login', { email: input.email, password: input.password });
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('RATE_LIMITED');
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    // Other addresses are not refused (see auth-hardening.e2e-spec.ts for the delay they get).
  });
});

describe('refresh tokens', () => {
  it('rotates the refresh cookie on every use', async () => {
    const { client } = await registered();
    const first = client.cookie('ta_refresh');
    const res = await client.post<{ accessToken: string }>('/api/auth/refresh');
    expect(res.status).toBe(200);
    expect(client.cookie('ta_refresh')).not.toBe(first);
    expect((await client.get('/api/me', { token: res.body.accessToken })).status).toBe(200);
  });

  it('revokes the whole family when an old token is reused: 401, and the newer token stops working too', async () => {
    const { client } = await registered();
    const stolen = client.cookie('ta_refresh')!;
    expect((await client.post('/api/auth/refresh')).status).toBe(200);

    const attacker = api.client();
    attacker.setCookie('ta_refresh', stolen);
    const reuse = await attacker.post<ErrorBody>('/api/auth/refresh');
    expect(reuse.status).toBe(401);
    expect(reuse.body.error.code).toBe('UNAUTHENTICATED');

    const legitimate = await client.post<ErrorBody>('/api/auth/refresh');
    expect(legitimate.status).toBe(401);
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const { client } = await registered();
    const token = client.cookie('ta_refresh')!;
    const tabs = [api.client(), api.client()];
    tabs.forEach((tab) => tab.setCookie('ta_refresh', token));
    const statuses = (await Promise.all(tabs.map((tab) => tab.post('/api/auth/refresh')))).map((r) => r.status);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(1);
  });

  it('ends the sign-in on logout', async () => {
    const { client } = await registered();
    const token = client.cookie('ta_refresh')!;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect(client.cookie('ta_refresh')).toBeUndefined();
    const replay = api.client();
    replay.setCookie('ta_refresh', token);
    expect((await replay.post('/api/auth/refresh')).status).toBe(401);
  });

  it('refuses a cookie-authenticated refresh from another site', async () => {
    const { client } = await registered();
    const res = await client.post<ErrorBody>('/api/auth/refresh', undefined, { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
  });

  it('does not accept a refresh token as an access token', async () => {
    const { client } = await registered();
    const res = await client.get<ErrorBody>('/api/me', { token: client.cookie('ta_refresh') });
    expect(res.status).toBe(401);
  });
});

describe('profile and roles', () => {
  it('updates the own profile but never the own role', async () => {
    const { accessToken } = await registered();
    const ok = await api
      .client()
      .patch<UserView>('/api/me', { locale: 'en', organization: 'Ministerio de Seguridad' }, { token: accessToken });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ locale: 'en', organization: 'Ministerio de Seguridad' });
    const role = await api.client().patch<ErrorBody>('/api/me', { role: 'admin' }, { token: accessToken });
    expect(role.status).toBe(400);
  });

  it('shows times in the zone the person chose, else the academy default for someone in no cohort', async () => {
    const { accessToken } = await registered();
    const me = () => api.client().get<UserView>('/api/me', { token: accessToken });
    expect((await me()).body).toMatchObject({ shownTimeZone: 'America/Tegucigalpa' });
    expect((await me()).body.timeZone).toBeUndefined();
    const chosen = await api.client().patch<UserView>('/api/me', { timeZone: 'America/Santo_Domingo' }, { token: accessToken });
    expect(chosen.body.timeZone).toBe('America/Santo_Domingo');
    expect((await me()).body).toMatchObject({ timeZone: 'America/Santo_Domingo', shownTimeZone: 'America/Santo_Domingo' });
    const bad = await api.client().patch<ErrorBody>('/api/me', { timeZone: 'Mars/Olympus' }, { token: accessToken });
    expect(bad.status).toBe(400);
    await api.client().patch<UserView>('/api/me', { timeZone: null }, { token: accessToken });
    const back = (await me()).body;
    expect(back.timeZone).toBeUndefined();
    expect(back.shownTimeZone).toBe('America/Tegucigalpa');
  });

  it('keeps learners out of user management', async () => {
    const learner = await registered();
    const other = await registered();
    expect((await api.client().get('/api/users', { token: learner.accessToken })).status).toBe(403);
    const res = await api.client().patch(`/api/users/${other.user.id}/role`, { role: 'moderator' }, { token: learner.accessToken });
    expect(res.status).toBe(403);
  });

  it('lets an admin grant roles, a coordinator manage moderators only, and nobody change their own', async () => {
    const admin = await registered();
    const coordinator = await registered();
    const learner = await registered();
    // Promote the first admin directly in the database, as an operator would on a fresh install.
    const { UsersRepository } = await import('@trainaction/identity/seeding');
    await api.app.get(UsersRepository).setRole(admin.user.id, 'admin');
    const adminToken = (
      await api.client().post<AuthResult>('/api/auth/login', { email: admin.input.email, password: admin.input.password })
    ).body.accessToken;

    const self = await api.client().patch<ErrorBody>(`/api/users/${admin.user.id}/role`, { role: 'learner' }, { token: adminToken });
    expect(self.status).toBe(403);

    const promote = await api
      .client()
      .patch<UserView>(`/api/users/${coordinator.user.id}/role`, { role: 'coordinator' }, { token: adminToken });
    expect(promote.status).toBe(200);
    expect(promote.body.role).toBe('coordinator');
    // The role change ended the coordinator's sign-ins: their old refresh token is gone.
    expect((await coordinator.client.post('/api/auth/refresh')).status).toBe(401);

    const coordinatorToken = (
      await api.client().post<AuthResult>('/api/auth/login', { email: coordinator.input.email, password: coordinator.input.password })
    ).body.accessToken;
    const toModerator = await api
      .client()
      .patch<UserView>(`/api/users/${learner.user.id}/role`, { role: 'moderator' }, { token: coordinatorToken });
    expect(toModerator.status).toBe(200);
    const audit = await api
      .client()
      .get<{ action: string; targetId: string; details: { from: string; to: string } }[]>('/api/audit?action=role.change', {
        token: adminToken,
      });
    expect(audit.body.map((e) => [e.targetId, e.details.to])).toEqual([
      [learner.user.id, 'moderator'],
      [coordinator.user.id, 'coordinator'],
    ]);
    const toAdmin = await api
      .client()
      .patch<ErrorBody>(`/api/users/${learner.user.id}/role`, { role: 'admin' }, { token: coordinatorToken });
    expect(toAdmin.status).toBe(403);
    const demoteAdmin = await api
      .client()
      .patch<ErrorBody>(`/api/users/${admin.user.id}/role`, { role: 'learner' }, { token: coordinatorToken });
    expect(demoteAdmin.status).toBe(403);

    const list = await api
      .client()
      .get<{ items: UserView[]; nextCursor: string | null }>('/api/users?limit=2', { token: coordinatorToken });
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.nextCursor).toEqual(expect.any(String));
    const next = await api
      .client()
      .get<{ items: UserView[] }>(`/api/users?limit=2&cursor=${list.body.nextCursor}`, { token: coordinatorToken });
    expect(next.body.items[0].id).not.toBe(list.body.items[0].id);
    const found = await api
      .client()
      .get<{ items: UserView[] }>(`/api/users?q=${encodeURIComponent(learner.input.email.slice(0, 12).toUpperCase())}`, {
        token: coordinatorToken,
      });
    expect(found.body.items.map((u) => u.id)).toEqual([learner.user.id]);
    const byName = await api.client().get<{ items: UserView[] }>(`/api/users?q=participante&limit=100`, { token: coordinatorToken });
    expect(byName.body.items.length).toBeGreaterThanOrEqual(3);
  });
});
