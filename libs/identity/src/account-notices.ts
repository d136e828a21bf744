import { Injectable, Logger } from '@nestjs/common';
import { MailOutbox } from '@trainaction/mail';
import { AppConfig } from '@trainaction/platform';
import { UsersRepository } from './users.repository';

/**
 * Mails that tell an account holder about something done with their address by someone else. Sent in the
 * background, after the answer: looking the account up scans the users collection on the embedded
 * database, and that time must not tell the caller that the address has an account.
 */
@Injectable()
export class AccountNotices {
  private readonly logger = new Logger(AccountNotices.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly mail: MailOutbox,
    private readonly config: AppConfig,
  ) {}

  /** Someone tried to register an address that has an account: tell its holder, at most once a day. */
  registrationAttempted(email: string): void {
    void this.tellRegistrationAttempt(email).catch((error: unknown) =>
      this.logger.warn({ err: error }, 'could not queue the registration-attempt mail'),
    );
  }

  private async tellRegistrationAttempt(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.disabledAt) return;
    const day = new Date().toISOString().slice(0, 10);
    await this.mail.enqueue({
      to: user.email,
      template: 'registration-attempt',
      params: {
        displayName: user.displayName,
        signInLink: new URL('/login', this.config.publicOrigin).href,
        forgotLink: new URL('/forgot-password', this.config.publicOrigin).href,
      },
      locale: user.locale,
      // One a day per account however often it is tried: the unique key absorbs the rest.
      idempotencyKey: `registration-attempt:${user.id}:${day}`,
    });
  }
}
