import { Injectable } from '@nestjs/common';
import type { Locale, MailPreferencesInput, MailPreferencesView, UnsubscribeLinkView, UnsubscribeTarget } from '@trainaction/contracts';
import { CohortTimeZones } from '@trainaction/cohorts';
import { UserDirectory } from '@trainaction/identity';
import { AppConfig, AppError } from '@trainaction/platform';
import { isUnsubscribed, unsubscribed, withChanges } from './mail-preferences';
import { NotificationMail } from './notification-mail';
import { NotificationsRepository } from './notifications.repository';
import { readUnsubscribe, unsubscribeKey, type UnsubscribeClaim } from './unsubscribe-token';

const invalidLink = () => new AppError('LINK_INVALID', 'This unsubscribe link is not valid');

/** A person's notification mail choices: on the profile page, through the API, and by unsubscribe links. */
@Injectable()
export class NotificationPreferences {
  private readonly key: Buffer;

  constructor(
    private readonly repo: NotificationsRepository,
    private readonly mail: NotificationMail,
    private readonly users: UserDirectory,
    private readonly zones: CohortTimeZones,
    private readonly config: AppConfig,
  ) {
    this.key = unsubscribeKey(config.jwtSecret);
  }

  async get(userId: string): Promise<MailPreferencesView> {
    const [prefs, zones] = await Promise.all([
      this.mail.preferencesOf([userId]),
      this.zones.of([userId], this.config.digest.defaultTimeZone),
    ]);
    return { mail: prefs.get(userId)!, digest: { hour: this.config.digest.hour, timeZone: zones.get(userId)! } };
  }

  async set(userId: string, changes: MailPreferencesInput): Promise<MailPreferencesView> {
    const current = (await this.mail.preferencesOf([userId])).get(userId)!;
    await this.repo.savePreferences(userId, withChanges(current, changes));
    return this.get(userId);
  }

  /** What a link is about and in which language to ask; LINK_INVALID for a link this API did not sign. */
  async check(token: string): Promise<UnsubscribeLinkView> {
    const { claim, locale } = await this.holder(token);
    const prefs = (await this.mail.preferencesOf([claim.userId])).get(claim.userId)!;
    return { target: claim.target, locale, off: isUnsubscribed(prefs, claim.target) };
  }

  /** One-click unsubscribe: no sign-in, the signed link is the proof. Doing it twice changes nothing. */
  async unsubscribe(token: string): Promise<{ target: UnsubscribeTarget; off: true }> {
    const { claim } = await this.holder(token);
    const prefs = (await this.mail.preferencesOf([claim.userId])).get(claim.userId)!;
    if (!isUnsubscribed(prefs, claim.target)) await this.repo.savePreferences(claim.userId, unsubscribed(prefs, claim.target));
    return { target: claim.target, off: true };
  }

  private async holder(token: string): Promise<{ claim: UnsubscribeClaim; locale: Locale }> {
    const claim = readUnsubscribe(this.key, token);
    if (!claim) throw invalidLink();
    const user = await this.users.byId(claim.userId);
    if (!user || user.erasedAt) throw invalidLink();
    return { claim, locale: user.locale };
  }
}
