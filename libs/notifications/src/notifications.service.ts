import { Injectable } from '@nestjs/common';
import type { NotificationContent, NotificationList, NotificationView } from '@trainaction/contracts';
import { RealtimePublisher } from '@trainaction/platform';
import { NotificationMail } from './notification-mail';
import { NotificationsRepository, type NotificationRecord } from './notifications.repository';

/** Where the content a notification is about lives: who may read it there is asked again before a digest. */
export type NotificationAudience = { cohortId: string } | { courseId: string };

export type NewNotification = NotificationContent & {
  link?: string;
  /** Identifies the event, so a retried action does not notify twice (nor mail twice). */
  key: string;
  audience?: NotificationAudience;
};

export function audienceKey(audience: NotificationAudience | undefined): string | undefined {
  if (!audience) return undefined;
  return 'cohortId' in audience ? `cohort:${audience.cohortId}` : `course:${audience.courseId}`;
}

export function audienceOf(key: string | undefined): NotificationAudience | undefined {
  const [kind, id] = key?.split(':') ?? [];
  if (!id) return undefined;
  return kind === 'cohort' ? { cohortId: id } : kind === 'course' ? { courseId: id } : undefined;
}

export function toNotificationView(n: NotificationRecord): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    params: n.params ?? {},
    ...(n.text ? { text: n.text } : {}),
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    read: Boolean(n.readAt),
  };
}

/**
 * In-app notifications: stored as kind and parameters, delivered live to each person's sockets, and mailed
 * at once to those who chose so for its group. Callers pass only people who may read the content now
 * (`CohortAccess.readers`).
 */
@Injectable()
export class Notifications {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly publisher: RealtimePublisher,
    private readonly mail: NotificationMail,
  ) {}

  async notify(userIds: string[], notification: NewNotification): Promise<void> {
    const { audience, ...rest } = notification;
    const createdAt = new Date();
    const created: NotificationRecord[] = [];
    for (const userId of new Set(userIds)) {
      const stored = await this.repo.insert({ userId, ...rest, audience: audienceKey(audience), createdAt });
      if (!stored) continue; // already notified of this event
      created.push(stored);
      this.publisher.toUser(userId, 'notification:new', toNotificationView(stored));
    }
    if (created.length) await this.mail.sendImmediate(created);
  }

  async list(userId: string, options: { unreadOnly?: boolean; since?: Date; limit: number }): Promise<NotificationList> {
    const [items, unread] = await Promise.all([this.repo.list(userId, options), this.repo.countUnread(userId)]);
    return { items: items.map(toNotificationView), unread };
  }

  /** Marks them read; answers the unread count. */
  async markRead(userId: string, ids: string[] | 'all'): Promise<number> {
    await this.repo.markRead(userId, ids, new Date());
    return this.repo.countUnread(userId);
  }

  /** Erasure: nothing of the person stays here. */
  async forget(userId: string): Promise<void> {
    await this.repo.deleteUser(userId);
  }
}
