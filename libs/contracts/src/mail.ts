/** Where a mail is in the outbox: queued, claimed by a node that is sending it, or finished one way or another. */
export const MAIL_STATES = ['pending', 'sending', 'sent', 'failed', 'bounced'] as const;
export type MailState = (typeof MAIL_STATES)[number];

/** An address whose last delivery failed for good: refused by the server (`bounced`) or out of retries (`failed`). */
export interface BadMailAddressView {
  address: string;
  reason: 'bounced' | 'failed';
  lastError: string;
  lastAt: string;
  failures: number;
}

/** `GET /api/admin/mail`: how the outbox stands, for admins. */
export interface MailStatusView {
  /** `smtp` sends through SMTP_URL; `files` writes .eml files under DATA_DIR/mail (nothing is sent). */
  delivery: 'smtp' | 'files';
  counts: Record<MailState, number>;
  badAddresses: BadMailAddressView[];
}
