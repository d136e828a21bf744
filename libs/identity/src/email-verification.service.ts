import { Injectable, Logger } from '@nestjs/common';
import { MailOutbox } from '@trainaction/mail';
import { AppConfig, AppError, type AuthUser } from '@trainaction/platform';
import { AccountLinks, linkInvalid } from './account-links';
import { linkWithToken } from './link-token';
import { Throttled } from './login-throttle';
import { UsersRepository, type UserRecord } from './users.repository';

/** Verification mails one account may be sent within an hour (the one at registration included). */
export const VERIFICATION_MAILS_PER_HOUR = 3;
const HOUR_MS = 3_600_000;

/**
 * E-mail verification of self-registered accounts: until its holder uses the link mailed at registration
 * (valid EMAIL_VERIFICATION_TTL_HOURS, 48 h, once), an account reads but publishes nothing
 * (`CohortAccess` asks `isVerified`). Invited people verify by accepting their invitation, and anyone by a
 * password reset: each proves the mailbox is theirs.
 */
@Injectable()
export class EmailVerification {
  private readonly logger = new Logger(EmailVerification.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly links: AccountLinks,
    private readonly mail: MailOutbox,
    private readonly config: AppConfig,
  ) {}

  /** Whether the account may publish: false only while a self-registered address is unverified. */
  async isVerified(userId: string): Promise<boolean> {
    return !(await this.users.isEmailUnverified(userId));
  }

  /**
   * After a registration: the verification mail, in the background, so that registering a new address takes
   * as long as registering one that exists (which sends its notice in the background too).
   */
  registered(user: UserRecord): void {
    void this.send(user).catch((error: unknown) => this.logger.warn({ err: error }, 'could not queue the verification mail'));
  }

  /** "Send the link again" from the banner: a new link (the earlier ones stop working), 3 an hour at most. */
  async resend(caller: AuthUser): Promise<void> {
    const user = await this.users.findById(caller.id);
    if (!user) throw new AppError('UNAUTHENTICATED', 'This account no longer exists');
    if (!user.emailUnverifiedSince) throw new AppError('CONFLICT', 'Your e-mail address is already verified');
    const now = Date.now();
    const limitedAt = await this.links.nthNewestIssuedAt(
      'email-verification',
      user.id,
      new Date(now - HOUR_MS),
      VERIFICATION_MAILS_PER_HOUR,
    );
    if (limitedAt) {
      const retryAfter = Math.max(1, Math.ceil((limitedAt.getTime() + HOUR_MS - now) / 1000));
      throw new Throttled(retryAfter, 'Too many verification mails this hour; use the newest one or try again later');
    }
    await this.send(user);
  }

  /** Uses a verification link: LINK_INVALID (400), LINK_USED, LINK_REPLACED or LINK_EXPIRED (410) otherwise. */
  async confirm(presented: string): Promise<void> {
    const link = await this.links.usable('email-verification', presented);
    const user = await this.users.findById(link.userId);
    if (!user || user.disabledAt) throw linkInvalid();
    await this.links.spend(link);
    await this.users.confirmAddress(user.id);
  }

  private async send(user: UserRecord): Promise<void> {
    const ttlMs = this.config.onboarding.verificationTtlMs;
    const { link, token } = await this.links.issue('email-verification', user.id, ttlMs);
    await this.mail.enqueue({
      to: user.email,
      template: 'email-verification',
      params: {
        displayName: user.displayName,
        link: linkWithToken(this.config.publicOrigin, '/verify-email', token),
        validMinutes: Math.max(1, Math.round(ttlMs / 60_000)),
      },
      locale: user.locale,
      idempotencyKey: `email-verification:${link.id}`,
    });
  }
}
