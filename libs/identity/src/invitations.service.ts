import { Injectable } from '@nestjs/common';
import { MailOutbox } from '@trainaction/mail';
import { AppConfig, AppError } from '@trainaction/platform';
import { AuditLog } from '@trainaction/audit';
import type { InvitationContext } from './account-link.schema';
import { AccountLinks, linkInvalid, linkUsed } from './account-links';
import { AuthService, type IssuedSession } from './auth.service';
import { linkWithToken } from './link-token';
import { PasswordHasher } from './password-hasher';
import { UsersRepository, type UserRecord } from './users.repository';

export type { InvitationContext } from './account-link.schema';

/**
 * Invitations: a person a coordinator enrolled who has no password yet (their account was created by an
 * import or an enrolment by e-mail) gets a single-use link to choose one, valid INVITATION_TTL_HOURS (7 days).
 * A new invitation replaces the earlier link; accepting signs the person in and verifies the address.
 * A person who already has a password gets a notice instead, with no password link.
 */
@Injectable()
export class Invitations {
  constructor(
    private readonly users: UsersRepository,
    private readonly links: AccountLinks,
    private readonly hasher: PasswordHasher,
    private readonly auth: AuthService,
    private readonly mail: MailOutbox,
    private readonly audit: AuditLog,
    private readonly config: AppConfig,
  ) {}

  /** After an enrolment: an invitation for an account still waiting for one, a notice for any other. */
  async enrolled(userId: string, context: InvitationContext): Promise<'invited' | 'notified' | 'skipped'> {
    const user = await this.users.findById(userId);
    if (!user || user.disabledAt) return 'skipped';
    if (user.invitationPendingSince) {
      await this.send(user, context, 'invitation.send');
      return 'invited';
    }
    await this.mail.enqueue({
      to: user.email,
      template: 'enrolment-notice',
      params: {
        displayName: user.displayName,
        inviterName: context.invitedBy.displayName,
        cohortName: context.cohortName,
        courseTitle: context.courseTitle,
        cohortLink: new URL(`/cohorts/${context.cohortId}`, this.config.publicOrigin).href,
        forgotLink: new URL('/forgot-password', this.config.publicOrigin).href,
      },
      locale: user.locale,
      // One notice per enrolment, however often the roster is imported again.
      idempotencyKey: `enrolment-notice:${context.cohortId}:${user.id}`,
    });
    return 'notified';
  }

  /** A coordinator sends the invitation again: a new link, and the earlier ones stop working. */
  async resend(userId: string, context: InvitationContext): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user || user.disabledAt) throw AppError.notFound('User');
    if (!user.invitationPendingSince) throw new AppError('CONFLICT', 'This person has already accepted their invitation');
    await this.send(user, context, 'invitation.resend');
  }

  /** Whether a link may be used now (the page asks before showing its form): the same errors as `accept`. */
  async check(presented: string): Promise<{ cohortName: string }> {
    const link = await this.links.usable('invitation', presented);
    const user = await this.users.findById(link.userId);
    if (!user || user.disabledAt) throw linkInvalid();
    if (!user.invitationPendingSince) throw linkUsed();
    return { cohortName: link.context?.cohortName ?? '' };
  }

  /** Sets the chosen password, verifies the address and signs the person in. */
  async accept(presented: string, password: string): Promise<IssuedSession> {
    const link = await this.links.usable('invitation', presented);
    const user = await this.users.findById(link.userId);
    if (!user || user.disabledAt) throw linkInvalid();
    // Accepted through another link (or a password reset) already: this one has nothing left to do.
    if (!user.invitationPendingSince) throw linkUsed();
    // Hashed before the link is spent, so a failure here leaves the link usable.
    const passwordHash = await this.hasher.hash(password);
    await this.links.spend(link);
    await this.users.setPassword(user.id, passwordHash);
    await this.users.confirmAddress(user.id);
    await this.audit.record({
      actorId: user.id,
      actorName: user.displayName,
      action: 'invitation.accept',
      targetType: 'user',
      targetId: user.id,
      cohortId: link.context?.cohortId,
    });
    return this.auth.sessionFor(user.id);
  }

  /**
   * From the page of an expired link: a new invitation to the account's own address, once per expired link
   * (the new one replaces it). Nothing is said either way; an altered, used or replaced link sends nothing.
   */
  async renew(presented: string): Promise<void> {
    const link = await this.links.authentic('invitation', presented);
    if (!link?.context || link.usedAt || link.replacedAt || link.expiresAt.getTime() > Date.now()) return;
    const user = await this.users.findById(link.userId);
    if (!user || user.disabledAt || !user.invitationPendingSince) return;
    await this.send(user, link.context, 'invitation.renew', { id: user.id, displayName: user.displayName });
  }

  private async send(user: UserRecord, context: InvitationContext, action: string, actor = context.invitedBy): Promise<void> {
    const ttlMs = this.config.onboarding.invitationTtlMs;
    const { link, token } = await this.links.issue('invitation', user.id, ttlMs, context);
    await this.mail.enqueue({
      to: user.email,
      template: 'invitation',
      params: {
        displayName: user.displayName,
        inviterName: context.invitedBy.displayName,
        cohortName: context.cohortName,
        courseTitle: context.courseTitle,
        link: linkWithToken(this.config.publicOrigin, '/invitation', token),
        validMinutes: Math.max(1, Math.round(ttlMs / 60_000)),
      },
      locale: user.locale,
      idempotencyKey: `invitation:${link.id}`,
    });
    await this.audit.record({
      actorId: actor.id,
      actorName: actor.displayName,
      action,
      targetType: 'user',
      targetId: user.id,
      cohortId: context.cohortId,
    });
  }
}
