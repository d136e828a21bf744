import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Locale, MailState } from '@trainaction/contracts';
import { Model, Types } from 'mongoose';
import {
  BAD_ADDRESS_MODEL,
  MAIL_CLAIM_MODEL,
  MAIL_OUTBOX_MODEL,
  type BadAddressDoc,
  type MailClaimDoc,
  type MailOutboxDoc,
} from './outbox.schema';

export type OutboxMail = Omit<MailOutboxDoc, '_id'> & { id: string };
/** What the worker reads of every unfinished mail to decide which are due. */
export type ActiveMail = Pick<OutboxMail, 'id' | 'state' | 'claims' | 'nextAttemptAt' | 'claimedAt'>;
export type BadAddress = Omit<BadAddressDoc, '_id'>;

export interface NewMail {
  to: string;
  template: string;
  params: Record<string, unknown>;
  locale: Locale;
  idempotencyKey: string;
  unsubscribeUrl?: string;
}

/** Claims looked at past the first when the ones before were abandoned by nodes that died. */
const MAX_STALE_CLAIMS = 5;

function isDuplicateCode(code: number | undefined): boolean {
  return code === 11000;
}

function isDuplicateKey(error: unknown): boolean {
  return isDuplicateCode((error as { code?: number })?.code);
}

function toMail({ _id, ...rest }: MailOutboxDoc): OutboxMail {
  return { ...rest, id: _id.toHexString() };
}

@Injectable()
export class OutboxRepository {
  constructor(
    @InjectModel(MAIL_OUTBOX_MODEL) private readonly outbox: Model<MailOutboxDoc>,
    @InjectModel(MAIL_CLAIM_MODEL) private readonly claims: Model<MailClaimDoc>,
    @InjectModel(BAD_ADDRESS_MODEL) private readonly badAddresses: Model<BadAddressDoc>,
  ) {}

  /** Stores a mail due now; the same idempotency key again stores nothing and returns the first one's id. */
  async insert(mail: NewMail, now: Date): Promise<{ id: string; created: boolean }> {
    try {
      const doc = await this.outbox.create({ ...mail, state: 'pending', attempts: 0, claims: 0, nextAttemptAt: now });
      return { id: doc._id.toHexString(), created: true };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const existing = await this.outbox
        .findOne({ idempotencyKey: mail.idempotencyKey }, { _id: 1 })
        .lean<Pick<MailOutboxDoc, '_id'>>()
        .exec();
      if (!existing) throw error;
      return { id: existing._id.toHexString(), created: false };
    }
  }

  /**
   * Stores many mails due now with one unordered insert; mails whose idempotency key is stored already are
   * skipped. Returns how many were stored.
   */
  async insertMany(mails: NewMail[], now: Date): Promise<number> {
    const docs = mails.map((mail) => ({ ...mail, state: 'pending', attempts: 0, claims: 0, nextAttemptAt: now }));
    try {
      return (await this.outbox.insertMany(docs, { ordered: false })).length;
    } catch (error) {
      const failure = error as { code?: number; writeErrors?: { code?: number; err?: { code?: number } }[]; insertedDocs?: unknown[] };
      const codes = failure.writeErrors?.map((e) => e.code ?? e.err?.code) ?? [failure.code];
      if (!codes.every(isDuplicateCode)) throw error;
      return failure.insertedDocs?.length ?? docs.length - codes.length;
    }
  }

  /** Every mail not finished yet, with what deciding whether it is due needs (one scan). */
  async active(): Promise<ActiveMail[]> {
    const docs = await this.outbox
      .find({ state: { $in: ['pending', 'sending'] } }, { state: 1, claims: 1, nextAttemptAt: 1, claimedAt: 1 })
      .lean<Pick<MailOutboxDoc, '_id' | 'state' | 'claims' | 'nextAttemptAt' | 'claimedAt'>[]>()
      .exec();
    return docs.map(({ _id, ...rest }) => ({ ...rest, id: _id.toHexString() }));
  }

  async findById(id: string): Promise<OutboxMail | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await this.outbox.findById(id).lean<MailOutboxDoc>().exec();
    return doc ? toMail(doc) : null;
  }

  /**
   * Takes the next claim on a mail for `worker`: inserts `<id>#<n>` from the mail's claim counter on. A
   * mail claimed after `staleBefore`, or an existing claim younger than that, is a live one (another worker
   * is sending): nothing is taken.
   * An older one was abandoned (its node died before finishing), and the next number is tried. Only the
   * winner of the insert marks the mail `sending`, and never a finished one. True when this worker won.
   */
  async claim(mail: ActiveMail, worker: string, now: Date, staleBefore: Date): Promise<boolean> {
    // The claim `<id>#<claims - 1>` of a mail being sent is its holder's; the next number is free, so it must
    // not be taken while that holder may still be sending.
    if (mail.state === 'sending' && mail.claimedAt && mail.claimedAt > staleBefore) return false;
    for (let n = mail.claims; n < mail.claims + MAX_STALE_CLAIMS; n++) {
      const claimId = `${mail.id}#${n}`;
      try {
        await this.claims.create({ _id: claimId, worker, at: now });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        const held = await this.claims.findById(claimId).lean<MailClaimDoc>().exec();
        if (!held || held.at > staleBefore) return false;
        continue;
      }
      const marked = await this.outbox
        .updateOne(
          { _id: mail.id, state: { $in: ['pending', 'sending'] } },
          { $set: { state: 'sending', claimedBy: worker, claimedAt: now, claims: n + 1 }, $inc: { attempts: 1 } },
        )
        .exec();
      return marked.matchedCount === 1;
    }
    return false;
  }

  /** Sent: final; the parameters (a reset link) are dropped. */
  async markSent(id: string, worker: string, at: Date): Promise<boolean> {
    const result = await this.outbox
      .updateOne(
        { _id: id, claimedBy: worker },
        { $set: { state: 'sent', sentAt: at, finishedAt: at }, $unset: { params: 1, claimedBy: 1, claimedAt: 1, lastError: 1 } },
      )
      .exec();
    return result.matchedCount === 1;
  }

  /** A temporary failure: pending again from `nextAttemptAt`. */
  async markRetry(id: string, worker: string, nextAttemptAt: Date, error: string): Promise<void> {
    await this.outbox
      .updateOne(
        { _id: id, claimedBy: worker },
        { $set: { state: 'pending', nextAttemptAt, lastError: error }, $unset: { claimedBy: 1, claimedAt: 1 } },
      )
      .exec();
  }

  /** Failed for good (out of attempts, refused by the server, or a template that cannot be rendered). */
  async markFinished(id: string, worker: string, state: Extract<MailState, 'failed' | 'bounced'>, error: string, at: Date): Promise<void> {
    await this.outbox
      .updateOne(
        { _id: id, claimedBy: worker },
        { $set: { state, lastError: error, finishedAt: at }, $unset: { params: 1, claimedBy: 1, claimedAt: 1 } },
      )
      .exec();
  }

  async recordBadAddress(address: string, reason: BadAddress['reason'], error: string, at: Date): Promise<void> {
    await this.badAddresses
      .updateOne(
        { _id: address.toLowerCase() },
        { $set: { address, reason, lastError: error, lastAt: at }, $inc: { failures: 1 } },
        { upsert: true },
      )
      .exec();
  }

  async clearBadAddress(address: string): Promise<void> {
    await this.badAddresses.deleteOne({ _id: address.toLowerCase() }).exec();
  }

  async listBadAddresses(limit: number): Promise<BadAddress[]> {
    const docs = await this.badAddresses.find().sort({ lastAt: -1 }).limit(limit).lean<BadAddressDoc[]>().exec();
    return docs.map(({ _id: _key, ...rest }) => rest);
  }

  /** Mails waiting to be sent or being sent (the queue's depth), counted in code from their ids. */
  async countQueued(): Promise<number> {
    return (
      await this.outbox
        .find({ state: { $in: ['pending', 'sending'] } }, { _id: 1 })
        .lean()
        .exec()
    ).length;
  }

  /** Mails per state, counted in code from one projected scan (docs/database.md, rule 3). */
  async countByState(): Promise<Map<MailState, number>> {
    const docs = await this.outbox.find({}, { state: 1, _id: 0 }).lean<Pick<MailOutboxDoc, 'state'>[]>().exec();
    const counts = new Map<MailState, number>();
    for (const { state } of docs) counts.set(state, (counts.get(state) ?? 0) + 1);
    return counts;
  }

  /** Every mail to `address` and its bad-address entry (erasure), `batch` at a time. */
  async deleteRecipient(address: string, batch = 200): Promise<void> {
    for (;;) {
      const docs = await this.outbox.find({ to: address }, { _id: 1 }).limit(batch).lean<Pick<MailOutboxDoc, '_id'>[]>().exec();
      if (docs.length) await this.outbox.deleteMany({ _id: { $in: docs.map((d) => d._id) } }).exec();
      if (docs.length < batch) break;
    }
    await this.clearBadAddress(address);
  }

  /**
   * Deletes finished mails and claims older than `before`, `batch` at a time (a large deleteMany fails on
   * the embedded database, rule 8). Returns how many mails were deleted.
   */
  async pruneFinished(before: Date, batch: number): Promise<number> {
    const old = await this.outbox
      .find({ state: { $in: ['sent', 'failed', 'bounced'] }, finishedAt: { $lt: before } }, { _id: 1 })
      .limit(batch)
      .lean<Pick<MailOutboxDoc, '_id'>[]>()
      .exec();
    if (old.length) await this.outbox.deleteMany({ _id: { $in: old.map((d) => d._id) } }).exec();
    const claims = await this.claims
      .find({ at: { $lt: before } }, { _id: 1 })
      .limit(batch)
      .lean<Pick<MailClaimDoc, '_id'>[]>()
      .exec();
    if (claims.length) await this.claims.deleteMany({ _id: { $in: claims.map((c) => c._id) } }).exec();
    return old.length;
  }
}
