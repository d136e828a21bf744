import { Injectable } from '@nestjs/common';
import { MAIL_STATES, type Locale, type MailStatusView } from '@trainaction/contracts';
import { MailTransport } from './mail-transport';
import { MailWorker } from './mail-worker';
import { OutboxRepository, type NewMail } from './outbox.repository';
import { isMailTemplate, type MailTemplateName, type MailTemplates } from './templates/catalogue';

export interface MailToSend<T extends MailTemplateName> {
  to: string;
  template: T;
  params: MailTemplates[T];
  /** The recipient's language. */
  locale: Locale;
  /**
   * Names the reason for this mail (e.g. `password-reset:<token id>`): enqueueing the same key again stores
   * nothing, so a retried request or a repeated event sends one mail.
   */
  idempotencyKey: string;
  /**
   * Mail a person may stop (notifications, digests; never a transactional mail such as a password reset): the
   * one-click unsubscribe URL, sent as `List-Unsubscribe` with `List-Unsubscribe-Post` (RFC 8058).
   */
  unsubscribeUrl?: string;
}

function toNewMail<T extends MailTemplateName>(mail: MailToSend<T>): NewMail {
  if (!isMailTemplate(mail.template)) throw new Error(`unknown mail template ${String(mail.template)}`);
  const to = mail.to.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(to)) throw new Error('a mail needs one recipient address');
  const { template, locale, idempotencyKey, unsubscribeUrl } = mail;
  return { to, template, params: { ...mail.params }, locale, idempotencyKey, ...(unsubscribeUrl ? { unsubscribeUrl } : {}) };
}

/** Bad addresses shown to admins, newest first. */
const BAD_ADDRESSES_SHOWN = 100;

/** The durable outbox: features enqueue mail here; MailWorker sends it. */
@Injectable()
export class MailOutbox {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly worker: MailWorker,
    private readonly transport: MailTransport,
  ) {}

  /** Stores the mail (durable once this resolves) and has it sent at once. */
  async enqueue<T extends MailTemplateName>(mail: MailToSend<T>): Promise<{ id: string; created: boolean }> {
    const stored = await this.outbox.insert(toNewMail(mail), new Date());
    if (stored.created) this.worker.wake();
    return stored;
  }

  /** Stores many mails with one write (an announcement to a course); keys stored before are skipped. */
  async enqueueMany<T extends MailTemplateName>(mails: MailToSend<T>[]): Promise<number> {
    if (mails.length === 0) return 0;
    const created = await this.outbox.insertMany(mails.map(toNewMail), new Date());
    this.worker.wake();
    return created;
  }

  /** Erasure: no mail to this address stays queued or on record. */
  async forgetRecipient(address: string): Promise<void> {
    await this.outbox.deleteRecipient(address);
  }

  /** For admins: mails per state, and the addresses whose last delivery failed for good. */
  async status(): Promise<MailStatusView> {
    const [counts, bad] = await Promise.all([this.outbox.countByState(), this.outbox.listBadAddresses(BAD_ADDRESSES_SHOWN)]);
    return {
      delivery: this.transport.kind,
      counts: Object.fromEntries(MAIL_STATES.map((s) => [s, counts.get(s) ?? 0])) as MailStatusView['counts'],
      badAddresses: bad.map((b) => ({
        address: b.address,
        reason: b.reason,
        lastError: b.lastError,
        lastAt: b.lastAt.toISOString(),
        failures: b.failures,
      })),
    };
  }
}
