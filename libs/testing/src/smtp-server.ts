import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

/** How the test server answers: accept, refuse with an SMTP reply, or never answer the end of the data. */
export type SmtpReply = 'accept' | 'hang' | { code: number; message: string };

export interface ReceivedMail {
  /** With angle brackets, as in the header. */
  messageId: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
  parsed: ParsedMail;
}

export interface TestSmtpOptions {
  /** Require these credentials (over plain SMTP, as in SMTP_URL's user and password). */
  auth?: { user: string; pass: string };
  /** Asked at RCPT TO, before any data: refuse an address here as a mailbox server would. */
  onRecipient?: (address: string) => SmtpReply;
  /** Asked once a message has arrived whole; `attempt` counts arrivals of this Message-ID, from 1. */
  onMessage?: (mail: { messageId: string; to: string; attempt: number }) => SmtpReply;
  /** Wait this long before answering each message, so a test can stop a sender mid-send. */
  delayMs?: number;
}

export interface TestSmtpServer {
  /** `smtp://[user:pass@]127.0.0.1:<port>` for SMTP_URL. */
  url: string;
  /** Mails the server accepted (answered 250), in order. */
  received: ReceivedMail[];
  /** Arrivals per Message-ID, accepted or not. */
  arrivals: Map<string, number>;
  /** Messages waiting on a `hang` reply. */
  readonly hanging: number;
  /** The first accepted mail that matches, waiting up to `timeoutMs`. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Waits until at least `count` mails were accepted. */
  waitForCount(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

function firstAddress(parsed: ParsedMail): string {
  const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
  return to?.value[0]?.address ?? '';
}

function smtpError(reply: { code: number; message: string }): Error {
  return Object.assign(new Error(reply.message), { responseCode: reply.code });
}

async function until<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A real SMTP server in the test process, on a free port of 127.0.0.1, without TLS (the transport sends
 * plainly when STARTTLS is not offered). Every message is parsed with mailparser.
 */
export async function startSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const arrivals = new Map<string, number>();
  let hanging = 0;

  const server = new SMTPServer({
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !options.auth,
    logger: false,
    closeTimeout: 200,
    onAuth(auth, _session, callback) {
      if (auth.username === options.auth?.user && auth.password === options.auth?.pass) callback(null, { user: auth.username });
      else callback(smtpError({ code: 535, message: 'Authentication failed' }));
    },
    onRcptTo(address, _session, callback) {
      const reply = options.onRecipient?.(address.address) ?? 'accept';
      callback(typeof reply === 'object' ? smtpError(reply) : null);
    },
    onData(stream: SMTPServerDataStream, _session, callback) {
      void (async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        const parsed = await simpleParser(Buffer.concat(chunks));
        const messageId = parsed.messageId ?? '';
        const attempt = (arrivals.get(messageId) ?? 0) + 1;
        arrivals.set(messageId, attempt);
        const to = firstAddress(parsed);
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        const reply = options.onMessage?.({ messageId, to, attempt }) ?? 'accept';
        if (reply === 'hang') {
          hanging++; // never answered: the sender gives up or is stopped; the message is not accepted
          return;
        }
        if (typeof reply === 'object') return callback(smtpError(reply));
        received.push({
          messageId,
          to,
          from: parsed.from?.text ?? '',
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          headers: parsed.headers,
          parsed,
        });
        callback(null);
      })().catch((error: Error) => callback(error));
    },
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const credentials = options.auth ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@` : '';
  return {
    url: `smtp://${credentials}127.0.0.1:${port}`,
    received,
    arrivals,
    get hanging() {
      return hanging;
    },
    waitFor: (match, timeoutMs = 10_000) => until(() => received.find(match), timeoutMs, 'a matching mail'),
    waitForCount: (count, timeoutMs = 10_000) =>
      until(() => (received.length >= count ? received : undefined), timeoutMs, `${count} mails`),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const found = mail.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!found) throw new Error(`no link starting with ${prefix} in the mail "${mail.subject}"`);
  return found;
}
