import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailSettings } from '@trainaction/platform';
import { createTransport, type Mail } from 'nodemailer';

/** A rendered mail, ready to go. */
export interface OutgoingMail {
  /** `<outbox id@sender domain>`: a delivery repeated after a crash carries the same id. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Mail a person may stop: the one-click unsubscribe URL (RFC 8058). */
  unsubscribeUrl?: string;
}

/** Where mail goes: an SMTP server, or files in development. Errors of `send` are read by classifyFailure. */
export abstract class MailTransport {
  abstract readonly kind: 'smtp' | 'files';
  /** Where mail goes, for the start-up log (no credentials). */
  abstract readonly destination: string;
  abstract send(mail: OutgoingMail): Promise<void>;
  /** Ends every connection, also one in the middle of a delivery (which then fails). */
  abstract close(): Promise<void>;
}

/** Connections this node keeps to the SMTP server; the worker sends as many mails at once. */
export const SMTP_CONNECTIONS = 2;

function message(from: string, mail: OutgoingMail) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    // Sent by the academy's software: auto-responders (holiday replies) must not answer it (RFC 3834).
    headers: {
      'Auto-Submitted': 'auto-generated',
      // One-click unsubscribe (RFC 8058): the mail client POSTs `List-Unsubscribe=One-Click` to the URL.
      ...(mail.unsubscribeUrl ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
    },
    ...(mail.unsubscribeUrl ? { list: { unsubscribe: mail.unsubscribeUrl } } : {}),
  };
}

/** SMTP through nodemailer's pool, from SMTP_URL (`smtp://` with STARTTLS when offered, `smtps://`). */
export class SmtpMailTransport extends MailTransport {
  readonly kind = 'smtp';
  readonly destination: string;
  private readonly transporter: Mail;

  constructor(private readonly settings: MailSettings) {
    super();
    const url = new URL(settings.smtpUrl!);
    this.destination = `${url.protocol}//${url.host}`;
    // A delivery may not outlive its claim: a slower one could be claimed again and sent twice.
    const timeoutMs = Math.min(60_000, Math.max(1000, Math.floor(settings.claimTimeoutMs / 3)));
    this.transporter = createTransport({
      url: settings.smtpUrl,
      pool: true,
      maxConnections: SMTP_CONNECTIONS,
      // The outbox decides about retries; nodemailer's pool would otherwise resend on its own.
      maxRequeues: 0,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail(message(this.settings.from, mail));
  }

  async close(): Promise<void> {
    this.transporter.close({ force: true });
  }
}

/**
 * Development and tests without SMTP_URL: each mail is written, as the exact message an SMTP server would
 * get, to `DATA_DIR/mail/<time>-<id>.eml`. Nothing is sent, and the outbox says so (`delivery: 'files'`).
 */
export class FileMailTransport extends MailTransport {
  readonly kind = 'files';
  readonly destination: string;
  private readonly transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(private readonly settings: MailSettings) {
    super();
    this.destination = settings.filesDir;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transporter.sendMail(message(this.settings.from, mail));
    await mkdir(this.settings.filesDir, { recursive: true });
    const id = mail.messageId.replace(/^<|@.*$/g, '');
    const file = join(this.settings.filesDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
    // Written whole, then renamed: a reader never sees half a message.
    await writeFile(`${file}.tmp`, info.message as Buffer);
    await rename(`${file}.tmp`, file);
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}

export function createMailTransport(settings: MailSettings): MailTransport {
  return settings.smtpUrl ? new SmtpMailTransport(settings) : new FileMailTransport(settings);
}
