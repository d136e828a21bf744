import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailStatusView } from '@trainaction/contracts';
import { MailOutbox, type MailToSend } from '@trainaction/mail';
import { startSmtpServer, type SmtpReply, type TestSmtpServer } from '@trainaction/testing';
import { simpleParser } from 'mailparser';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './api-harness';

/**
 * The outbox over a real SMTP server in this process: what arrives, retries after temporary refusals,
 * bounces, two nodes sharing one outbox, and an API stopped mid-send (issue 20).
 */

const FROM = '"Academia Regional de Seguridad" <avisos@academia.example.org>';
/** Short retries and claims, so a test sees the backoff and an abandoned claim in seconds. */
const FAST = { MAIL_RETRY_BASE_MS: '100', MAIL_CLAIM_TIMEOUT_SECONDS: '2', MAIL_FROM: FROM, PUBLIC_ORIGIN: 'https://academia.example.org' };

let smtp: TestSmtpServer;
let api: RunningApi;
/** What the shared server answers; each test sets its own rule. */
let rule: (mail: { messageId: string; to: string; attempt: number }) => SmtpReply = () => 'accept';

beforeAll(async () => {
  smtp = await startSmtpServer({
    auth: { user: 'academia', pass: 'clave secreta' },
    onRecipient: (address) => (address.startsWith('nadie@') ? { code: 550, message: '5.1.1 No such user here' } : 'accept'),
    onMessage: (mail) => rule(mail),
  });
  api = await startApi('mail', { ...FAST, SMTP_URL: smtp.url });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

let sequence = 0;
function resetMail(to: string, locale: 'es' | 'en' = 'es'): MailToSend<'password-reset'> {
  sequence += 1;
  return {
    to,
    template: 'password-reset',
    params: {
      displayName: `Persona ${sequence}`,
      link: `https://academia.example.org/reset-password?token=t${sequence}.s`,
      validMinutes: 60,
    },
    locale,
    idempotencyKey: `test:${sequence}:${Math.random()}`,
  };
}

const messageIdOf = (id: string) => `<${id}@academia.example.org>`;

describe('the outbox over real SMTP', () => {
  it('delivers a mail with a plain-text and an HTML part, in the recipient’s language, from the academy', async () => {
    const outbox = api.app.get(MailOutbox);
    const [en, es] = await Promise.all([
      outbox.enqueue(resetMail('grace@example.org', 'en')),
      outbox.enqueue(resetMail('ana@example.org', 'es')),
    ]);

    const english = await smtp.waitFor((m) => m.messageId === messageIdOf(en.id));
    const spanish = await smtp.waitFor((m) => m.messageId === messageIdOf(es.id));
    expect(english.from).toBe('"Academia Regional de Seguridad" <avisos@academia.example.org>');
    expect(english.subject).toBe('Choose a new password for Academia Regional de Seguridad');
    expect(english.text).toContain('The link works for 1 hour and only once.');
    expect(english.html).toContain('<html lang="en">');
    expect(english.headers.get('auto-submitted')).toBe('auto-generated');
    expect(spanish.subject).toBe('Elija una contraseña nueva para Academia Regional de Seguridad');
    expect(spanish.text).toContain('El enlace vale durante 1 hora y sirve una sola vez.');
    expect(spanish.html).toContain('<html lang="es">');
    expect(spanish.html).not.toMatch(/<img/i);
  });

  it('stores one mail per idempotency key', async () => {
    const outbox = api.app.get(MailOutbox);
    const mail = resetMail('once@example.org');
    const [first, second] = await Promise.all([outbox.enqueue(mail), outbox.enqueue(mail)]);
    expect(second.id).toBe(first.id);
    await smtp.waitFor((m) => m.messageId === messageIdOf(first.id));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received.filter((m) => m.to === 'once@example.org')).toHaveLength(1);
  });

  it('sends a mail refused with 451 again after a backoff, and it arrives once', async () => {
    rule = ({ to, attempt }) => (to === 'ocupado@example.org' && attempt <= 2 ? { code: 451, message: '4.3.0 Try again later' } : 'accept');
    const { id } = await api.app.get(MailOutbox).enqueue(resetMail('ocupado@example.org'));
    const started = Date.now();

    await smtp.waitFor((m) => m.messageId === messageIdOf(id));
    // Two refusals: waits of 100 ms, then 200 ms, before the third attempt.
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(smtp.arrivals.get(messageIdOf(id))).toBe(3);
    expect(smtp.received.filter((m) => m.messageId === messageIdOf(id))).toHaveLength(1);
    rule = () => 'accept';
  });

  it('marks an address refused with 550 as bouncing, stops, and shows it to admins only', async () => {
    const admin = await api.signUp('admin');
    const learner = await api.signUp('learner');
    await api.app.get(MailOutbox).enqueue(resetMail('nadie@example.org'));

    const deadline = Date.now() + 10_000;
    let status: MailStatusView;
    do {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await api.client().get<MailStatusView>('/api/admin/mail', { token: admin.token })).body;
    } while (!status.badAddresses.some((b) => b.address === 'nadie@example.org') && Date.now() < deadline);

    expect(status.delivery).toBe('smtp');
    expect(status.counts.bounced).toBe(1);
    expect(status.badAddresses).toEqual([
      expect.objectContaining({ address: 'nadie@example.org', reason: 'bounced', failures: 1, lastError: expect.stringContaining('550') }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received.some((m) => m.to === 'nadie@example.org')).toBe(false);
    expect((await api.client().get('/api/admin/mail', { token: learner.token })).status).toBe(403);
    expect((await api.client().get('/api/admin/mail')).status).toBe(401);
  });

  it('forgets every mail to a person an admin erases', async () => {
    const admin = await api.signUp('admin');
    const person = await api.signUp('learner');
    const { id } = await api.app.get(MailOutbox).enqueue(resetMail(person.input.email));
    await smtp.waitFor((m) => m.messageId === messageIdOf(id));

    expect((await api.client().request('DELETE', `/api/users/${person.user.id}`, undefined, { token: admin.token })).status).toBe(204);
    const connection = await mongoose.createConnection(api.config.mongodbUri).asPromise();
    try {
      expect(await connection.collection('mail_outbox').countDocuments({ to: person.input.email })).toBe(0);
    } finally {
      await connection.close();
    }
  });
});

describe('nodes and restarts', () => {
  it('never sends one mail twice when two nodes share the outbox', async () => {
    const server = await startSmtpServer();
    const first = await startApi('mail-nodes', { ...FAST, SMTP_URL: server.url });
    const second = await startApi('mail-nodes-2', {
      ...FAST,
      SMTP_URL: server.url,
      MONGODB_URI: first.config.mongodbUri,
      JWT_SECRET: first.config.jwtSecret,
    });
    try {
      // Enqueued on both: each wakes its own worker, and both workers see every mail.
      const ids = await Promise.all(
        Array.from({ length: 30 }, (_, i) => (i % 2 ? first : second).app.get(MailOutbox).enqueue(resetMail(`par${i}@example.org`))),
      );
      await server.waitForCount(30, 20_000);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(server.received.map((m) => m.messageId).sort()).toEqual(ids.map((m) => messageIdOf(m.id)).sort());
    } finally {
      await second.app.close();
      await first.close();
      await server.close();
    }
  }, 60_000);

  it('delivers each of 50 mails exactly once when the API is stopped mid-send and started again', async () => {
    let stalled = false;
    const server = await startSmtpServer({ delayMs: 20, onMessage: () => (stalled ? 'hang' : 'accept') });
    const before = await startApi('mail-restart', { ...FAST, SMTP_URL: server.url });
    let after: RunningApi | undefined;
    try {
      const outbox = before.app.get(MailOutbox);
      const ids: string[] = [];
      for (let i = 0; i < 50; i++) ids.push((await outbox.enqueue(resetMail(`lote${i}@example.org`))).id);
      await server.waitForCount(10, 20_000);

      // The server stops answering; once a delivery hangs on it, the API stops, mid-send.
      stalled = true;
      const deadline = Date.now() + 10_000;
      while (server.hanging === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(server.hanging).toBeGreaterThan(0);
      await before.app.close();

      const connection = await mongoose.createConnection(before.config.mongodbUri).asPromise();
      const left = await connection.collection('mail_outbox').countDocuments({ state: { $in: ['pending', 'sending'] } });
      const abandoned = await connection.collection('mail_outbox').countDocuments({ state: 'sending' });
      await connection.close();
      expect(left).toBeGreaterThan(0);
      expect(abandoned).toBeGreaterThan(0);

      stalled = false;
      after = await startApi('mail-restart-2', {
        ...FAST,
        SMTP_URL: server.url,
        MONGODB_URI: before.config.mongodbUri,
        JWT_SECRET: before.config.jwtSecret,
      });
      await server.waitForCount(50, 30_000);
      // Longer than a claim lives: a mail sent twice would have arrived by now.
      await new Promise((resolve) => setTimeout(resolve, 2500));

      const delivered = server.received.map((m) => m.messageId);
      expect(delivered).toHaveLength(50);
      expect(new Set(delivered).size).toBe(50);
      expect([...delivered].sort()).toEqual(ids.map(messageIdOf).sort());
      const status = await after.app.get(MailOutbox).status();
      expect(status.counts).toMatchObject({ pending: 0, sending: 0, sent: 50 });
    } finally {
      await after?.close();
      await server.close();
    }
  }, 90_000);
});

describe('without SMTP_URL', () => {
  it('writes each mail as an .eml file under DATA_DIR/mail and sends nothing', async () => {
    const files = await startApi('mail-files', { MAIL_FROM: FROM });
    try {
      const { id } = await files.app.get(MailOutbox).enqueue(resetMail('archivo@example.org', 'en'));
      const folder = join(files.config.dataDir, 'mail');
      const deadline = Date.now() + 10_000;
      let names: string[] = [];
      while (Date.now() < deadline && !(names = await readdir(folder).catch(() => [])).some((n) => n.endsWith(`-${id}.eml`))) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const name = names.find((n) => n.endsWith(`-${id}.eml`));
      expect(name).toBeDefined();
      const parsed = await simpleParser(await readFile(join(folder, name!)));
      expect(parsed.messageId).toBe(messageIdOf(id));
      expect(parsed.subject).toBe('Choose a new password for Academia Regional de Seguridad');
      expect(parsed.text).toContain('https://');
      expect(parsed.html).toContain('<html lang="en">');
      expect((await files.app.get(MailOutbox).status()).delivery).toBe('files');
    } finally {
      await files.close();
    }
  });
});
