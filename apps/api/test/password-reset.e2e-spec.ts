import { getConnectionToken } from '@nestjs/mongoose';
import type { AuthResult } from '@trainaction/contracts';
import { aRegistration, linkIn, startSmtpServer, type ReceivedMail, type TestSmtpServer } from '@trainaction/testing';
import { Types, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

/**
 * Password reset over HTTP with mail over a real SMTP server, and the mail to the holder of an address
 * someone tried to register again (issue 20).
 */

const ORIGIN = 'https://academia.example.org';
const NEW_PASSWORD = 'una-contraseña-nueva-2026';

let smtp: TestSmtpServer;
let api: RunningApi;
let clientAddress = 0;

beforeAll(async () => {
  smtp = await startSmtpServer();
  api = await startApi('reset', { SMTP_URL: smtp.url, PUBLIC_ORIGIN: ORIGIN, PASSWORD_RESET_MAX_PER_ADDRESS: '4' });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

/** Each test asks from its own client address (X-Forwarded-For from a trusted loopback proxy), as people do. */
function fromAddress() {
  clientAddress += 1;
  return { headers: { 'x-forwarded-for': `203.0.113.${clientAddress}` } };
}

function askReset(email: string, from = fromAddress()) {
  return api.client().post('/api/auth/password-reset', { email }, from);
}

function confirm(token: string, password = NEW_PASSWORD) {
  return api.client().post('/api/auth/password-reset/confirm', { token, password });
}

function resetMailTo(email: string): Promise<ReceivedMail> {
  return smtp.waitFor((m) => m.to === email.toLowerCase() && m.text.includes('/reset-password?token='));
}

/** Waits until `count` reset mails to `email` have arrived; returns them all (a registration's verification mail aside). */
async function mailsTo(email: string, count: number): Promise<ReceivedMail[]> {
  const resetsTo = () => smtp.received.filter((m) => m.to === email.toLowerCase() && m.text.includes('/reset-password?token='));
  await smtp.waitFor(() => resetsTo().length >= count);
  return resetsTo();
}

function tokenOf(mail: ReceivedMail): string {
  return new URL(linkIn(mail, `${ORIGIN}/reset-password?token=`)).searchParams.get('token')!;
}

function signIn(who: SignedIn, password: string) {
  return api.client().post<AuthResult>('/api/auth/login', { email: who.input.email, password }, fromAddress());
}

/** Resolves once the API refuses `token`, or fails after `ms`. */
async function refusedWithin(token: string, ms = 2000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if ((await api.client().get('/api/me', { token })).status === 401) return;
    if (Date.now() > deadline) throw new Error(`token still accepted after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('asking for a reset link', () => {
  it('answers the same, in about the same time, for an unknown and a known address, and mails only the known one', async () => {
    const known = await api.signUp();
    const unknown = `nadie.${Date.now()}@example.org`;
    const times: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
    const answers = new Set<string>();
    for (let i = 0; i < 3; i++) {
      for (const [kind, email] of [
        ['known', known.input.email],
        ['unknown', unknown],
      ] as const) {
        const started = performance.now();
        const res = await askReset(email);
        times[kind].push(performance.now() - started);
        answers.add(JSON.stringify([res.status, res.body, res.headers.get('content-type')]));
      }
    }
    expect([...answers]).toEqual([JSON.stringify([202, { status: 'accepted' }, 'application/json; charset=utf-8'])]);
    expect(Math.abs(median(times.known) - median(times.unknown))).toBeLessThan(100);

    await resetMailTo(known.input.email);
    expect(smtp.received.some((m) => m.to === unknown)).toBe(false);
  });

  it('sends at most 3 mails an hour to one account, answering every request alike', async () => {
    const person = await api.signUp();
    for (let i = 0; i < 5; i++) expect((await askReset(person.input.email)).status).toBe(202);
    await mailsTo(person.input.email, 3);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await mailsTo(person.input.email, 3)).toHaveLength(3);
  });

  it('refuses a client address past its requests with 429 and Retry-After, whatever the address asked for', async () => {
    const from = fromAddress();
    for (let i = 0; i < 4; i++) expect((await askReset(`otra${i}@example.org`, from)).status).toBe(202);
    const refused = await askReset('otra-mas@example.org', from);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect((await askReset('otra-mas@example.org')).status).toBe(202);
  });
});

describe('using the link', () => {
  it('sets the password, stops the old one, ends the other sessions, and works once', async () => {
    const ana = await api.signUp('learner', { locale: 'en' });
    const otherDevice = await signIn(ana, ana.input.password);
    expect(otherDevice.status).toBe(200);

    expect((await askReset(ana.input.email.toUpperCase())).status).toBe(202);
    const mail = await resetMailTo(ana.input.email);
    expect(mail.subject).toBe('Choose a new password for TrainAction');
    expect(mail.html).toContain('<html lang="en">');
    const token = tokenOf(mail);

    const done = await confirm(token);
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ status: 'password_changed' });

    expect((await signIn(ana, ana.input.password)).status).toBe(401);
    expect((await signIn(ana, NEW_PASSWORD)).status).toBe(200);
    await refusedWithin(ana.token);
    await refusedWithin(otherDevice.body.accessToken);
    expect((await ana.client.post('/api/auth/refresh')).status).toBe(401);

    const again = await confirm(token, 'otra-contraseña-distinta');
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('LINK_USED');
    expect((await signIn(ana, NEW_PASSWORD)).status).toBe(200);
  });

  it('refuses an expired link with LINK_EXPIRED and an unknown or altered one with LINK_INVALID', async () => {
    const person = await api.signUp();
    await askReset(person.input.email);
    const token = tokenOf(await resetMailTo(person.input.email));
    const [id, secret] = token.split('.');

    expect((await confirm(`${id}.${secret.slice(0, -2)}xx`)).body.error.code).toBe('LINK_INVALID');
    expect((await confirm(`${new Types.ObjectId().toHexString()}.${secret}`)).status).toBe(400);
    expect((await confirm('not-a-token')).body.error.code).toBe('LINK_INVALID');
    // A password the rules refuse leaves the link as it was.
    const weak = await confirm(token, 'corta');
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ path: 'password' })] });

    const connection = api.app.get<Connection>(getConnectionToken());
    await connection
      .collection('password_reset_tokens')
      .updateOne({ _id: new Types.ObjectId(id) }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await confirm(token);
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe('LINK_EXPIRED');
    expect((await signIn(person, person.input.password)).status).toBe(200);
  });

  it('lets one of two uses of a link at once succeed, and makes the account’s other links useless', async () => {
    const person = await api.signUp();
    await askReset(person.input.email);
    await askReset(person.input.email);
    const [first, second] = (await mailsTo(person.input.email, 2)).map(tokenOf);

    const results = await Promise.all([confirm(first, 'primera-contraseña-larga'), confirm(first, 'segunda-contraseña-larga')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 410]);
    expect((await confirm(second)).body.error.code).toBe('LINK_USED');
  });
});

describe('registering an address that has an account', () => {
  it('tells the holder by mail, once a day, in their language, and changes nothing', async () => {
    const holder = await api.signUp('learner', { locale: 'en' });
    for (let i = 0; i < 3; i++) {
      const res = await api
        .client()
        .post(
          '/api/auth/register',
          aRegistration({ email: holder.input.email.toUpperCase(), password: 'otra-contraseña-cualquiera', locale: 'es' }),
        );
      expect(res.status).toBe(202);
    }
    const mail = await smtp.waitFor((m) => m.to === holder.input.email.toLowerCase() && m.subject.startsWith('Someone tried'));
    expect(mail.subject).toBe('Someone tried to create a TrainAction account with your address');
    expect(linkIn(mail, `${ORIGIN}/login`)).toBe(`${ORIGIN}/login`);
    expect(linkIn(mail, `${ORIGIN}/forgot-password`)).toBe(`${ORIGIN}/forgot-password`);
    expect(mail.text).not.toContain('reset-password?token=');

    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.received.filter((m) => m.to === holder.input.email.toLowerCase() && m.subject.startsWith('Someone tried'))).toHaveLength(1);
    expect((await signIn(holder, holder.input.password)).status).toBe(200);
  });

  it('sends only the verification mail when the address is new', async () => {
    const fresh = await api.signUp();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.received.filter((m) => m.to === fresh.input.email.toLowerCase()).map((m) => m.subject)).toEqual([
      'Confirme su dirección de correo en TrainAction',
    ]);
  });
});
