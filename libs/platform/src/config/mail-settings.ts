import { join } from 'node:path';
import { z } from 'zod';

/** `"Name" <address@domain>`, `Name <address@domain>` or a bare `address@domain`. */
const MAILBOX = /^\s*(?:"([^"]*)"|([^<>"]*?))?\s*<([^\s<>@]+@[^\s<>@]+)>\s*$|^\s*([^\s<>@"]+@[^\s<>@]+)\s*$/;

export interface Mailbox {
  name: string;
  address: string;
}

export function parseMailbox(value: string): Mailbox | null {
  const match = MAILBOX.exec(value);
  if (!match) return null;
  const address = match[3] ?? match[4];
  return { name: (match[1] ?? match[2] ?? '').trim(), address };
}

function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash
    );
  } catch {
    return false;
  }
}

/** An empty variable (`SMTP_URL=` in a compose file) counts as unset. */
export const unsetWhenEmpty = (value: unknown) => (value === '' ? undefined : value);

/** The mail and link settings, validated with the rest of the environment (app-config.ts). */
export const mailEnvShape = {
  SMTP_URL: z.preprocess(
    unsetWhenEmpty,
    z.string().refine(isSmtpUrl, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@host:587').optional(),
  ),
  MAIL_FROM: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .default('"TrainAction" <no-reply@localhost>')
      .refine((v) => parseMailbox(v) !== null, 'must be one address, e.g. "Academia" <no-reply@example.org>'),
  ),
  PUBLIC_ORIGIN: z
    .string()
    .default('http://localhost:8080')
    .refine(isOrigin, 'must be an http(s) origin without a path, e.g. https://academia.example.org'),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  MAIL_CLAIM_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  PASSWORD_RESET_MAX_PER_ACCOUNT: z.coerce.number().int().min(1).default(3),
  PASSWORD_RESET_MAX_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
};

type MailEnv = z.infer<z.ZodObject<typeof mailEnvShape>>;

export interface MailSettings {
  /** Unset: mail is written as .eml files under `filesDir` instead of being sent. */
  smtpUrl?: string;
  /** The From header; its display name is the academy's name in every mail. */
  from: string;
  sender: Mailbox;
  filesDir: string;
  maxAttempts: number;
  /** First retry after this long, doubling with each further attempt (capped at an hour). */
  retryBaseMs: number;
  /** A claim older than this is taken as abandoned (its node died mid-send) and the mail is retried. */
  claimTimeoutMs: number;
}

export interface PasswordResetSettings {
  ttlMinutes: number;
  /** Reset mails one address (account) may be sent within an hour; past it requests are answered alike and send nothing. */
  perAccount: number;
  /** Reset requests one client address may make within an hour; past it 429. */
  perAddress: number;
}

export function mailSettings(
  e: MailEnv,
  dataDir: string,
): { mail: MailSettings; publicOrigin: string; passwordReset: PasswordResetSettings } {
  const sender = parseMailbox(e.MAIL_FROM)!;
  return {
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      sender: { name: sender.name || 'TrainAction', address: sender.address },
      filesDir: join(dataDir, 'mail'),
      maxAttempts: e.MAIL_MAX_ATTEMPTS,
      retryBaseMs: e.MAIL_RETRY_BASE_MS,
      claimTimeoutMs: e.MAIL_CLAIM_TIMEOUT_SECONDS * 1000,
    },
    publicOrigin: new URL(e.PUBLIC_ORIGIN).origin,
    passwordReset: {
      ttlMinutes: e.PASSWORD_RESET_TTL_MINUTES,
      perAccount: e.PASSWORD_RESET_MAX_PER_ACCOUNT,
      perAddress: e.PASSWORD_RESET_MAX_PER_ADDRESS,
    },
  };
}
