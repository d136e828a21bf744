import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, Metrics } from '@trainaction/platform';
import { classifyFailure, dueMails, settleFailure } from './delivery-policy';
import { MailTransport, SMTP_CONNECTIONS, type OutgoingMail } from './mail-transport';
import { OutboxRepository, type ActiveMail, type OutboxMail } from './outbox.repository';
import { renderMail } from './templates/catalogue';

/** Mails enqueued on this node are sent at once; this poll finds the rest (other nodes' leftovers). */
const POLL_MS = 15_000;
/** After a pass that could claim nothing due (another node holds it), look again this soon. */
const CONTENDED_MS = 1000;
const ERROR_PAUSE_MS = 5000;
/** How long a shutdown waits for deliveries under way before cutting their connections. */
const SHUTDOWN_GRACE_MS = 5000;
const RETENTION_MS = 30 * 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Sends the outbox. Each pass reads the unfinished mails, claims the due ones (a unique claim per delivery:
 * two loops or two nodes never both send one), sends them, and records the outcome: sent; a temporary
 * failure retried with exponential backoff up to MAIL_MAX_ATTEMPTS, then failed; a permanent refusal
 * (SMTP 5xx) bounced at once. A node that dies mid-send leaves its claim; once the claim is older than
 * MAIL_CLAIM_TIMEOUT_SECONDS another pass takes the mail again, with the same Message-ID.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailWorker.name);
  /** This process's name in claims, unique per start, so a restarted node never thinks an old claim is its own. */
  readonly id = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private timer?: NodeJS.Timeout;
  private timerAt = Infinity;
  private running?: Promise<void>;
  private again = false;
  private stopping = false;
  private lastPruneAt = 0;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
    metrics: Metrics,
  ) {
    metrics.gauge('mail_outbox_queued', 'Mails pending or being sent (the outbox queue, all nodes)', () => outbox.countQueued());
  }

  onApplicationBootstrap(): void {
    if (this.transport.kind === 'files') {
      this.logger.log(`SMTP_URL is not set: mail is NOT sent, each one is written to ${this.transport.destination}`);
    } else {
      this.logger.log(`mail goes to ${this.transport.destination}`);
    }
    this.schedule(0);
  }

  /** A mail was enqueued here: send it now rather than at the next poll. */
  wake(): void {
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    // Deliveries under way may finish; past the grace their connections are cut and their claims expire.
    const finished = this.running
      ? await Promise.race([this.running.then(() => true), sleep(SHUTDOWN_GRACE_MS, false, { ref: false })])
      : true;
    await this.transport.close();
    if (!finished) this.logger.warn('stopped mid-send: the mails under way are sent again once their claims expire');
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    const at = Date.now() + delayMs;
    if (this.timer && at >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      this.run();
    }, delayMs);
    this.timer.unref();
  }

  private run(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.again = false;
    this.running = this.pass()
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'mail pass failed; trying again shortly');
        return ERROR_PAUSE_MS;
      })
      .then((nextMs) => {
        this.running = undefined;
        this.schedule(this.again ? 0 : nextMs);
      });
  }

  /** One pass over the due mails; returns how long to wait before the next. */
  private async pass(): Promise<number> {
    const now = Date.now();
    const { due, nextInMs } = dueMails(await this.outbox.active(), now, this.config.mail.claimTimeoutMs);
    let claimed = 0;
    let errors = 0;
    const queue = [...due];
    const lanes = Array.from({ length: SMTP_CONNECTIONS }, async () => {
      for (let mail = queue.shift(); mail && !this.stopping; mail = queue.shift()) {
        try {
          if (await this.deliver(mail)) claimed++;
        } catch (error) {
          // The database failed around this mail: its claim (if any) expires and a later pass retries it.
          errors++;
          this.logger.warn({ err: error, mailId: mail.id }, 'mail delivery step failed');
        }
      }
    });
    await Promise.all(lanes);
    if (errors > 0) return ERROR_PAUSE_MS;
    if (now - this.lastPruneAt > PRUNE_EVERY_MS && !this.stopping) await this.prune(now);
    if (claimed > 0) return 0;
    return due.length > 0 ? CONTENDED_MS : Math.min(nextInMs, POLL_MS);
  }

  /** Claims, sends and settles one mail; false when another worker holds it. */
  private async deliver(candidate: ActiveMail): Promise<boolean> {
    const now = new Date();
    if (!(await this.outbox.claim(candidate, this.id, now, new Date(now.getTime() - this.config.mail.claimTimeoutMs)))) return false;
    // Read again after the claim: a mail finished meanwhile (sent by a node that was only slow) is never sent again.
    const mail = await this.outbox.findById(candidate.id);
    if (!mail || mail.state !== 'sending' || mail.claimedBy !== this.id) return true;
    // Claims abandoned by crashes count as attempts too: a mail whose sending keeps killing its node stops here.
    if (mail.attempts > this.config.mail.maxAttempts) {
      await this.outbox.markFinished(mail.id, this.id, 'failed', `abandoned mid-send ${mail.attempts - 1} times`, new Date());
      return true;
    }

    let outgoing: OutgoingMail;
    try {
      outgoing = this.compose(mail);
    } catch (error) {
      await this.outbox.markFinished(mail.id, this.id, 'failed', `cannot render: ${(error as Error).message}`.slice(0, 300), new Date());
      return true;
    }
    try {
      await this.transport.send(outgoing);
    } catch (error) {
      // Cut off by a shutdown: the server may or may not have taken it. The claim expires and the mail is
      // sent again with the same Message-ID, so a receiver can tell a repeat.
      if (this.stopping) return true;
      await this.settle(mail, error);
      return true;
    }
    await this.recordSent(mail);
    return true;
  }

  private compose(mail: OutboxMail): OutgoingMail {
    const { sender } = this.config.mail;
    const rendered = renderMail(mail.template, mail.params ?? {}, mail.locale, sender.name);
    const unsubscribe = mail.unsubscribeUrl ? { unsubscribeUrl: mail.unsubscribeUrl } : {};
    return { messageId: `<${mail.id}@${sender.address.split('@')[1]}>`, to: mail.to, ...rendered, ...unsubscribe };
  }

  private async settle(mail: OutboxMail, error: unknown): Promise<void> {
    const failure = classifyFailure(error);
    const { maxAttempts, retryBaseMs } = this.config.mail;
    const outcome = settleFailure(failure, mail.attempts, maxAttempts, retryBaseMs, Date.now());
    this.logger.warn(
      { mailId: mail.id, template: mail.template, attempts: mail.attempts, outcome: outcome.kind, error: failure.error },
      'mail delivery failed',
    );
    if (outcome.kind === 'retry') {
      await this.outbox.markRetry(mail.id, this.id, outcome.nextAttemptAt, failure.error);
      this.schedule(outcome.nextAttemptAt.getTime() - Date.now());
      return;
    }
    const at = new Date();
    await this.outbox.markFinished(mail.id, this.id, outcome.kind, failure.error, at);
    await this.outbox.recordBadAddress(mail.to, outcome.kind, failure.error, at);
  }

  /**
   * The server has the mail: record it, trying a few times, since a mail left `sending` would be sent
   * again once its claim expires.
   */
  private async recordSent(mail: OutboxMail): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        if (!(await this.outbox.markSent(mail.id, this.id, new Date())))
          this.logger.warn({ mailId: mail.id }, 'sent a mail whose claim another worker had taken over');
        await this.outbox.clearBadAddress(mail.to);
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
        await sleep(1000 * attempt);
      }
    }
  }

  private async prune(now: number): Promise<void> {
    this.lastPruneAt = now;
    const before = new Date(now - RETENTION_MS);
    while ((await this.outbox.pruneFinished(before, 200)) === 200 && !this.stopping);
  }
}
