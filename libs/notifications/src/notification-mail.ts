import { Injectable, Logger } from '@nestjs/common';
import { mailGroupOf, type MailGroup, type MailPreferences, type UnsubscribeTarget } from '@trainaction/contracts';
import { UserDirectory, type DirectoryUser } from '@trainaction/identity';
import { MailOutbox, type MailToSend } from '@trainaction/mail';
import { AppConfig } from '@trainaction/platform';
import { preferencesFrom } from './mail-preferences';
import { NotificationsRepository, type NotificationRecord } from './notifications.repository';
import { signUnsubscribe, unsubscribeKey } from './unsubscribe-token';

/** What every notification mail links to besides its content. */
export interface PersonLinks {
  settingsUrl: string;
  unsubscribeUrl: string;
}

/**
 * Notification mail: who gets which mail, and the links in it. Immediate mail goes into the outbox as the
 * notifications are stored, one per notification, keyed by the person and the notification's key, so a
 * repeated event mails once.
 */
@Injectable()
export class NotificationMail {
  private readonly logger = new Logger(NotificationMail.name);
  private readonly key: Buffer;

  constructor(
    private readonly repo: NotificationsRepository,
    private readonly users: UserDirectory,
    private readonly outbox: MailOutbox,
    private readonly config: AppConfig,
  ) {
    this.key = unsubscribeKey(config.jwtSecret);
  }

  /** Each person's choices, over the defaults. */
  async preferencesOf(userIds: string[]): Promise<Map<string, MailPreferences>> {
    const stored = new Map((await this.repo.preferencesOf(userIds)).map((doc) => [doc.userId, doc]));
    return new Map(userIds.map((id) => [id, preferencesFrom(stored.get(id))]));
  }

  /** People who may be mailed: active accounts whose address is proven (not waiting for verification). */
  async mailable(userIds: string[]): Promise<DirectoryUser[]> {
    return (await this.users.byIds(userIds)).filter((u) => !u.disabledAt && !u.erasedAt && !u.emailUnverifiedSince);
  }

  /** Mails the notifications whose people chose "immediately" for their group. Never throws: the event happened. */
  async sendImmediate(created: NotificationRecord[]): Promise<void> {
    try {
      const byGroup = created
        .map((n) => ({ n, group: mailGroupOf(n.kind) }))
        .filter((x): x is { n: NotificationRecord; group: MailGroup } => !!x.group);
      if (byGroup.length === 0) return;
      const prefs = await this.preferencesOf([...new Set(byGroup.map((x) => x.n.userId))]);
      const wanted = byGroup.filter((x) => prefs.get(x.n.userId)?.[x.group] === 'immediate');
      if (wanted.length === 0) return;
      const people = new Map((await this.mailable(wanted.map((x) => x.n.userId))).map((u) => [u.id, u]));
      const mails: MailToSend<'notification'>[] = [];
      for (const { n, group } of wanted) {
        const person = people.get(n.userId);
        if (person) mails.push(this.immediateMail(person, n, group));
      }
      await this.outbox.enqueueMany(mails);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not queue notification mail');
    }
  }

  /** The links of a mail to this person about `target`. */
  linksFor(userId: string, target: UnsubscribeTarget): PersonLinks {
    const unsubscribe = new URL('/api/mail/unsubscribe', this.config.publicOrigin);
    unsubscribe.searchParams.set('token', signUnsubscribe(this.key, { userId, target }));
    return { settingsUrl: new URL('/profile#mail', this.config.publicOrigin).href, unsubscribeUrl: unsubscribe.href };
  }

  /** An absolute address for a notification's link (the notifications page when it has none). */
  urlOf(link: string | undefined): string {
    return new URL(link && link.startsWith('/') ? link : '/notifications', this.config.publicOrigin).href;
  }

  private immediateMail(person: DirectoryUser, n: NotificationRecord, group: MailGroup): MailToSend<'notification'> {
    const links = this.linksFor(person.id, group);
    return {
      to: person.email,
      template: 'notification',
      params: {
        displayName: person.displayName,
        notification: { kind: n.kind, params: n.params, ...(n.text ? { text: n.text } : {}) },
        group,
        url: this.urlOf(n.link),
        ...links,
      },
      locale: person.locale,
      idempotencyKey: `notification:${person.id}:${n.key}`,
      unsubscribeUrl: links.unsubscribeUrl,
    };
  }
}
