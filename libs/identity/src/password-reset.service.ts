import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { MailOutbox } from '@trainaction/mail';
import { AppConfig, AppError } from '@trainaction/platform';
import { AuditLog } from '@trainaction/audit';
import { AuthService } from './auth.service';
import { linkWithToken, newLinkSecret, parseLinkToken, secretMatches } from './link-token';
import { Throttled } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { PasswordResetRepository, type ResetTokenRecord } from './password-reset.repository';
import { UsersRepository } from './users.repository';

const WINDOW_MS = 3_600_000;
/**
 * A reset request is answered no sooner than this after it arrived, whether a mail was queued or not, so
 * the time does not tell whether the address has an account (the extra inserts for a known one take a few
 * milliseconds; this floor is well above them).
 */
export const RESET_ANSWER_FLOOR_MS = 300;
/** Expired links are kept this long (answering "expired" rather than "invalid"), then deleted. */
const EXPIRED_KEPT_MS = 7 * 86_400_000;

const invalid = () => new AppError('LINK_INVALID', 'This link is not valid; ask for a new one');

/**
 * Password reset by a single-use link, valid PASSWORD_RESET_TTL_MINUTES (1 hour), sent to the account's
 * address. Asking answers alike for every address; using the link sets the password, makes every other
 * link of the account useless and ends every sign-in of the account.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly users: UsersRepository,
    private readonly resets: PasswordResetRepository,
    private readonly hasher: PasswordHasher,
    private readonly auth: AuthService,
    private readonly mail: MailOutbox,
    private readonly audit: AuditLog,
    private readonly config: AppConfig,
  ) {}

  /**
   * Queues a reset mail when `email` has an active account and has not had too many this hour. The same
   * answer, at the same time, either way. 429 only for a client address that asked too often, which
   * depends on the address, never on the account.
   */
  async request(email: string, address: string): Promise<void> {
    const started = Date.now();
    await this.queueResetMail(email, address, new Date(started));
    const left = started + RESET_ANSWER_FLOOR_MS - Date.now();
    if (left > 0) await sleep(left);
  }

  /** Sets a new password with a link's token; LINK_INVALID (400), LINK_EXPIRED or LINK_USED (410) otherwise. */
  async confirm(presented: string, password: string): Promise<void> {
    const token = await this.findPresented(presented);
    if (!token) throw invalid();
    if (token.usedAt) throw new AppError('LINK_USED', 'This link was already used; ask for a new one');
    if (token.expiresAt.getTime() <= Date.now()) throw new AppError('LINK_EXPIRED', 'This link has expired; ask for a new one');
    const user = await this.users.findById(token.userId);
    if (!user || user.disabledAt) throw invalid();

    // Hashed before the link is spent, so a failure here leaves the link usable.
    const passwordHash = await this.hasher.hash(password);
    const now = new Date();
    if (!(await this.resets.consume(token.id, now))) throw new AppError('LINK_USED', 'This link was already used; ask for a new one');
    await this.users.setPassword(user.id, passwordHash);
    // The link came to the account's address: the holder proved it is theirs (verified, invitation no longer pending).
    await this.users.confirmAddress(user.id);
    await this.resets.markAllUsed(user.id, now);
    // Whoever held a session (perhaps the reason for the reset) is signed out everywhere within 2 s.
    await this.auth.endAllSessions(user.id, 'password_reset');
    await this.audit.record({
      actorId: user.id,
      actorName: user.displayName,
      action: 'account.password_reset',
      targetType: 'user',
      targetId: user.id,
    });
  }

  private async queueResetMail(email: string, address: string, now: Date): Promise<void> {
    const account = email.toLowerCase();
    const since = new Date(now.getTime() - WINDOW_MS);
    const { perAccount, perAddress, ttlMinutes } = this.config.passwordReset;
    await this.resets.prune(since, new Date(now.getTime() - EXPIRED_KEPT_MS));
    const limitedAt = await this.resets.nthNewestRequestAt({ address }, since, perAddress);
    if (limitedAt) {
      const retryAfter = Math.max(1, Math.ceil((limitedAt.getTime() + WINDOW_MS - now.getTime()) / 1000));
      throw new Throttled(retryAfter, 'Too many reset requests from this address; try again later');
    }
    // Counted per typed address, known or not, and before this one: the (perAccount + 1)-th request
    // within the hour sends nothing, so nobody can fill an inbox with reset mails.
    const toAccount = await this.resets.countRequests({ account }, since);
    await this.resets.recordRequest({ account, address, at: now });
    const user = await this.users.findByEmail(email);
    if (!user || user.disabledAt || toAccount >= perAccount) return;

    const { secret, secretHash } = newLinkSecret();
    const token = await this.resets.insertToken({ userId: user.id, secretHash, expiresAt: new Date(now.getTime() + ttlMinutes * 60_000) });
    const link = linkWithToken(this.config.publicOrigin, '/reset-password', `${token.id}.${secret}`);
    await this.mail.enqueue({
      to: user.email,
      template: 'password-reset',
      params: { displayName: user.displayName, link, validMinutes: ttlMinutes },
      locale: user.locale,
      idempotencyKey: `password-reset:${token.id}`,
    });
  }

  private async findPresented(presented: string): Promise<ResetTokenRecord | null> {
    const parsed = parseLinkToken(presented);
    if (!parsed) return null;
    const token = await this.resets.findToken(parsed.id);
    return token && secretMatches(token.secretHash, parsed.secret) ? token : null;
  }
}
