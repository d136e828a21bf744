import type { ActiveMail } from './outbox.repository';

/** Retries never wait longer than this, however many attempts came before. */
export const MAX_RETRY_DELAY_MS = 3_600_000;

/** The mails a worker should try to claim now, and how long until the next of the others becomes due. */
export function dueMails(active: ActiveMail[], now: number, claimTimeoutMs: number): { due: ActiveMail[]; nextInMs: number } {
  const due: ActiveMail[] = [];
  let next = Infinity;
  for (const mail of active) {
    // A pending mail is due at its next attempt; a claimed one once its claim is old enough to be abandoned.
    const dueAt = mail.state === 'pending' ? mail.nextAttemptAt.getTime() : (mail.claimedAt?.getTime() ?? 0) + claimTimeoutMs;
    if (dueAt <= now) due.push(mail);
    else next = Math.min(next, dueAt - now);
  }
  due.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
  return { due, nextInMs: next };
}

/** The wait after the `attempts`-th attempt failed: the base, doubling each time, at most an hour. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30));
}

export interface DeliveryFailure {
  /** The server refused the mail for good (an SMTP 5xx reply): retrying would be refused again. */
  permanent: boolean;
  /** What went wrong, short, for admins: the SMTP reply or the error's message (no credentials). */
  error: string;
}

/** Reads a nodemailer error: 5xx replies are permanent; 4xx, timeouts and lost connections are temporary. */
export function classifyFailure(error: unknown): DeliveryFailure {
  const { responseCode, response, message, code } = (error ?? {}) as {
    responseCode?: number;
    response?: string;
    message?: string;
    code?: string;
  };
  const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
  const text = (response ?? message ?? String(error)).replace(/\s+/g, ' ').trim();
  const prefix = code && !text.includes(code) ? `${code}: ` : '';
  return { permanent, error: `${prefix}${text}`.slice(0, 300) };
}

export type Settlement = { kind: 'retry'; nextAttemptAt: Date } | { kind: 'bounced' } | { kind: 'failed' };

/** What becomes of a mail whose `attempts`-th attempt failed. */
export function settleFailure(
  failure: DeliveryFailure,
  attempts: number,
  maxAttempts: number,
  retryBaseMs: number,
  now: number,
): Settlement {
  if (failure.permanent) return { kind: 'bounced' };
  if (attempts >= maxAttempts) return { kind: 'failed' };
  return { kind: 'retry', nextAttemptAt: new Date(now + retryDelayMs(attempts, retryBaseMs)) };
}
