import { z } from 'zod';

/** Where a mail is in the outbox: queued, claimed by a node that is sending it, or finished one way or another. */
export const MAIL_STATES = ['pending', 'sending', 'sent', 'failed', 'bounced'] as const;
export type MailState = (typeof MAIL_STATES)[number];

/** An address whose last delivery failed for good: refused by the server (`bounced`) or out of retries (`failed`). */
export const badMailAddressViewSchema = z.object({
  address: z.string(),
  reason: z.enum(['bounced', 'failed']),
  lastError: z.string(),
  lastAt: z.string(),
  failures: z.number().int(),
});
export type BadMailAddressView = z.infer<typeof badMailAddressViewSchema>;

/** `GET /api/admin/mail`: how the outbox stands, for admins. */
export const mailStatusViewSchema = z.object({
  /** `smtp` sends through SMTP_URL; `files` writes .eml files under DATA_DIR/mail (nothing is sent). */
  delivery: z.enum(['smtp', 'files']),
  counts: z.record(z.enum(MAIL_STATES), z.number().int()),
  badAddresses: z.array(badMailAddressViewSchema),
});
export type MailStatusView = z.infer<typeof mailStatusViewSchema>;
