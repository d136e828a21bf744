import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxRepository, type ActiveMail } from './outbox.repository';
import {
  BAD_ADDRESS_MODEL,
  BadAddressSchema,
  MAIL_CLAIM_MODEL,
  MAIL_OUTBOX_MODEL,
  MailClaimSchema,
  MailOutboxSchema,
  type BadAddressDoc,
  type MailClaimDoc,
  type MailOutboxDoc,
} from './outbox.schema';

/** Claims on the embedded database (or TEST_MONGODB_URI): who wins when workers race for one mail. */
let uri: string;
let connection: Connection;
let sut: OutboxRepository;

beforeAll(async () => {
  uri = testDatabaseUri('outbox');
  connection = await mongoose.createConnection(uri, { autoIndex: true, bufferCommands: false }).asPromise();
  const outbox = connection.model<MailOutboxDoc>(MAIL_OUTBOX_MODEL, MailOutboxSchema);
  const claims = connection.model<MailClaimDoc>(MAIL_CLAIM_MODEL, MailClaimSchema);
  const bad = connection.model<BadAddressDoc>(BAD_ADDRESS_MODEL, BadAddressSchema);
  await Promise.all([outbox.init(), claims.init(), bad.init()]);
  sut = new OutboxRepository(outbox, claims, bad);
});

afterAll(async () => {
  await connection?.close();
  await dropDatabase(uri);
});

let key = 0;
async function aMail(): Promise<ActiveMail> {
  const { id } = await sut.insert(
    { to: 'ana@example.org', template: 'password-reset', params: { link: 'https://x' }, locale: 'es', idempotencyKey: `k${++key}` },
    new Date(),
  );
  const active = (await sut.active()).find((m) => m.id === id);
  if (!active) throw new Error('inserted mail is not active');
  return active;
}

describe(OutboxRepository.name, () => {
  it('stores one mail per idempotency key', async () => {
    const first = await sut.insert({ to: 'a@example.org', template: 't', params: {}, locale: 'es', idempotencyKey: 'same' }, new Date());
    const again = await sut.insert({ to: 'a@example.org', template: 't', params: {}, locale: 'es', idempotencyKey: 'same' }, new Date());
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
  });

  it('lets exactly one of 20 workers racing for a mail claim it', async () => {
    const mail = await aMail();
    const now = new Date();
    const stale = new Date(now.getTime() - 60_000);
    const wins = await Promise.all(Array.from({ length: 20 }, (_, i) => sut.claim(mail, `worker-${i}`, now, stale)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    const stored = await sut.findById(mail.id);
    expect(stored).toMatchObject({ state: 'sending', claimedBy: `worker-${wins.indexOf(true)}`, attempts: 1, claims: 1 });
  });

  it('leaves a live claim alone and takes over one older than the timeout', async () => {
    const mail = await aMail();
    const claimedAt = new Date(Date.now() - 10_000);
    expect(await sut.claim(mail, 'dead-node', claimedAt, new Date(claimedAt.getTime() - 60_000))).toBe(true);
    const [seen] = (await sut.active()).filter((m) => m.id === mail.id);

    expect(await sut.claim(seen, 'other', new Date(), new Date(Date.now() - 60_000))).toBe(false);
    expect(await sut.claim(seen, 'other', new Date(), new Date(Date.now() - 5_000))).toBe(true);
    expect(await sut.findById(mail.id)).toMatchObject({ state: 'sending', claimedBy: 'other', attempts: 2, claims: 2 });
  });

  it('gets past a claim whose node died before marking the mail, once that claim is old', async () => {
    const mail = await aMail();
    // The claim `<id>#0` exists but the mail still says pending with claims 0, as after a crash between the two writes.
    await connection
      .collection('mail_claims')
      .insertOne({ _id: `${mail.id}#0` as never, worker: 'dead-node', at: new Date(Date.now() - 10_000) });
    expect(await sut.claim(mail, 'other', new Date(), new Date(Date.now() - 60_000))).toBe(false);
    expect(await sut.claim(mail, 'other', new Date(), new Date(Date.now() - 5_000))).toBe(true);
    expect(await sut.findById(mail.id)).toMatchObject({ state: 'sending', claimedBy: 'other', claims: 2 });
  });

  it('never claims a mail already sent, and drops its parameters once sent', async () => {
    const mail = await aMail();
    const now = new Date();
    expect(await sut.claim(mail, 'w1', now, new Date(now.getTime() - 60_000))).toBe(true);
    expect(await sut.markSent(mail.id, 'w1', new Date())).toBe(true);
    const sent = await sut.findById(mail.id);
    expect(sent).toMatchObject({ state: 'sent' });
    expect(sent?.params).toBeUndefined();
    // A worker that read the mail before it was sent, and whose view says claim 1 is next.
    expect(await sut.claim({ ...mail, claims: 1 }, 'w2', new Date(), new Date(Date.now() - 60_000))).toBe(false);
    expect(await sut.findById(mail.id)).toMatchObject({ state: 'sent' });
  });
});
