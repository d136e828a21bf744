import { randomUUID } from 'node:crypto';
import type { AuthResult, MessageView, RoomView, ThreadView, UserView } from '@trainaction/contracts';
import { PasswordHasher } from '@trainaction/identity';
import { UsersRepository } from '@trainaction/identity/seeding';
import { aRegistration, call, callOk, connectSocket, startSmtpServer, type ReceivedMail, type TestSmtpServer } from '@trainaction/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './api-harness';
import { anAcademy, tokenIn, type Academy } from './onboarding-fixtures';

/**
 * E-mail verification (issue 20): a self-registered account reads but publishes nothing, over REST or
 * socket.io, until its holder uses the link mailed at registration.
 */

const ORIGIN = 'https://academia.example.org';

let smtp: TestSmtpServer;
let api: RunningApi;
let academy: Academy;
let roomId: string;
let threadId: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
  api = await startApi('verification', { SMTP_URL: smtp.url, PUBLIC_ORIGIN: ORIGIN });
  academy = await anAcademy(api, 'verificacion');
  [{ id: roomId }] = (
    await api.client().get<RoomView[]>(`/api/cohorts/${academy.cohort.id}/rooms`, { token: academy.coordinator.token })
  ).body;
  threadId = (
    await api
      .client()
      .post<ThreadView>(
        `/api/cohorts/${academy.cohort.id}/threads`,
        { title: 'Bienvenida', body: 'Preséntense' },
        { token: academy.coordinator.token },
      )
  ).body.id;
}, 60_000);

afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

/** Registers through the API as a person would (the harness's signUp verifies its accounts) and signs in. */
async function register(locale: 'es' | 'en' = 'es') {
  const input = aRegistration({ locale });
  expect((await api.client().post('/api/auth/register', input)).status).toBe(202);
  const login = await api.client().post<AuthResult>('/api/auth/login', { email: input.email, password: input.password });
  const enrolled = await api
    .client()
    .post(
      `/api/cohorts/${academy.cohort.id}/enrollments`,
      { userId: login.body.user.id, role: 'learner' },
      { token: academy.coordinator.token },
    );
  expect(enrolled.status).toBe(201);
  return { input, token: login.body.accessToken, user: login.body.user };
}

function verificationMails(email: string): ReceivedMail[] {
  return smtp.received.filter((m) => m.to === email.toLowerCase() && m.text.includes(`${ORIGIN}/verify-email?token=`));
}

async function verificationMail(email: string, nth = 1): Promise<ReceivedMail> {
  await smtp.waitFor(() => verificationMails(email).length >= nth);
  return verificationMails(email)[nth - 1];
}

const confirm = (token: string) => api.client().post('/api/auth/email-verification/confirm', { token });
const resend = (token: string) => api.client().post('/api/me/email-verification', undefined, { token });
const reply = (token: string, body: string) => api.client().post(`/api/threads/${threadId}/posts`, { body }, { token });

describe('a self-registered account', () => {
  it('reads but cannot post in a room (socket) or the forum (REST) until it uses its link; then it can', async () => {
    const person = await register('en');
    expect(person.user.emailVerified).toBe(false);
    const mail = await verificationMail(person.input.email);
    expect(mail.subject).toBe('Confirm your e-mail address at TrainAction');
    expect(mail.text).toContain('The link works for 48 hours and only once.');

    const socket = await connectSocket(api.url, person.token);
    await callOk(socket, 'room:join', { roomId });
    const refused = await call(socket, 'message:send', { roomId, clientMsgId: randomUUID(), body: 'Hola' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'EMAIL_UNVERIFIED' } });
    const thread = await api
      .client()
      .post(`/api/cohorts/${academy.cohort.id}/threads`, { title: 'Pregunta', body: 'x' }, { token: person.token });
    expect(thread.status).toBe(403);
    expect(thread.body.error.code).toBe('EMAIL_UNVERIFIED');
    expect((await reply(person.token, 'Hola')).body.error.code).toBe('EMAIL_UNVERIFIED');
    expect((await api.client().get(`/api/threads/${threadId}`, { token: person.token })).status).toBe(200);

    const done = await confirm(tokenIn(mail, ORIGIN, '/verify-email'));
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ status: 'verified' });
    expect((await api.client().get<UserView>('/api/me', { token: person.token })).body.emailVerified).toBe(true);
    const sent = await callOk<{ message: MessageView }>(socket, 'message:send', { roomId, clientMsgId: randomUUID(), body: 'Hola' });
    expect(sent.message.body).toBe('Hola');
    expect((await reply(person.token, 'Hola a todos')).status).toBe(201);
    socket.disconnect();

    const again = await confirm(tokenIn(mail, ORIGIN, '/verify-email'));
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('LINK_USED');
  });

  it('gets the link again on request, the newest replacing the earlier, 3 an hour at most; 409 once verified', async () => {
    const person = await register();
    const first = await verificationMail(person.input.email);
    expect(first.subject).toBe('Confirme su dirección de correo en TrainAction');

    expect((await resend(person.token)).status).toBe(202);
    const second = await verificationMail(person.input.email, 2);
    const replaced = await confirm(tokenIn(first, ORIGIN, '/verify-email'));
    expect(replaced.status).toBe(410);
    expect(replaced.body.error.code).toBe('LINK_REPLACED');

    expect((await resend(person.token)).status).toBe(202);
    const limited = await resend(person.token);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(3000);

    const third = await verificationMail(person.input.email, 3);
    expect((await confirm(tokenIn(second, ORIGIN, '/verify-email'))).body.error.code).toBe('LINK_REPLACED');
    expect((await confirm(tokenIn(third, ORIGIN, '/verify-email'))).status).toBe(200);
    expect((await resend(person.token)).status).toBe(409);
    expect((await confirm('65f0c0ffee0123456789abcd.inventado')).body.error.code).toBe('LINK_INVALID');
  });
});

describe('accounts that never registered themselves', () => {
  it('count as verified: created before verification existed, seeded or imported (no mark on the account)', async () => {
    const input = aRegistration();
    const users = api.app.get(UsersRepository);
    await users.createMany([
      { ...input, passwordHash: await api.app.get(PasswordHasher).hash(input.password), locale: 'es', role: 'learner' },
    ]);
    const login = await api.client().post<AuthResult>('/api/auth/login', { email: input.email, password: input.password });
    expect(login.body.user.emailVerified).toBe(true);
    await api
      .client()
      .post(
        `/api/cohorts/${academy.cohort.id}/enrollments`,
        { userId: login.body.user.id, role: 'learner' },
        { token: academy.coordinator.token },
      );
    expect((await reply(login.body.accessToken, 'Desde antes')).status).toBe(201);
    expect(verificationMails(input.email)).toEqual([]);
  });
});
