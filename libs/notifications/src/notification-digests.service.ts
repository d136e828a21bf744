import { Injectable } from '@nestjs/common';
import {
  MAIL_GROUPS,
  mailGroupOf,
  NOTIFICATION_KINDS,
  type MailGroup,
  type MailPreferences,
  type NotificationDigestView,
} from '@trainaction/contracts';
import { CohortAccess, CohortTimeZones } from '@trainaction/cohorts';
import type { UserRecord } from '@trainaction/identity';
import { DIGEST_MAX_ITEMS, MailOutbox } from '@trainaction/mail';
import { AppConfig } from '@trainaction/platform';
import { DIGEST_LOOKBACK_MS, digestDayAt, digestSince } from './digest-schedule';
import { NotificationMail } from './notification-mail';
import { NotificationsRepository, type DigestClaim, type NotificationRecord } from './notifications.repository';
import { audienceOf, toNotificationView } from './notifications.service';

/** Digest claims are kept this long (longer than a digest reaches back), then deleted. */
const CLAIMS_KEPT_MS = 30 * 86_400_000;

interface Candidate {
  userId: string;
  /** The local day whose digest is due for this person now. */
  day: string;
  since: Date;
  items: { n: NotificationRecord; group: MailGroup }[];
}

/**
 * The daily digest: once a local day, from DIGEST_HOUR in each person's time zone, one mail with their unread
 * notifications of the groups they get daily, created since their last digest; none when nothing is new.
 * Every API node runs it; a unique claim per person and day (`<userId>#<yyyy-mm-dd>`) lets exactly one node
 * send each digest, however many nodes or runs.
 */
@Injectable()
export class NotificationDigests {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly mail: NotificationMail,
    private readonly outbox: MailOutbox,
    private readonly zones: CohortTimeZones,
    private readonly access: CohortAccess,
    private readonly config: AppConfig,
  ) {}

  /** One pass at `now` (the scheduler's clock, or a test's): returns how many digests this pass queued. */
  async runDigests(now = new Date()): Promise<{ sent: number }> {
    const { hour, defaultTimeZone } = this.config.digest;
    const dueDays = new Map<string, string>();
    for (const zone of new Set([...(await this.zones.zonesInUse()), defaultTimeZone])) {
      const day = digestDayAt(now, zone, hour);
      if (day) dueDays.set(zone, day);
    }
    // Most of the day no zone is in its window, and a pass costs one small read.
    if (dueDays.size === 0) return { sent: 0 };

    let sent = 0;
    for (const candidate of await this.candidates(now, dueDays)) {
      if (await this.send(candidate, now)) sent++;
    }
    await this.repo.pruneDigests(new Date(now.getTime() - CLAIMS_KEPT_MS));
    return { sent };
  }

  /** What the person's next digest holds so far (for the web page): unread daily notifications since the last one. */
  async preview(userId: string, now = new Date()): Promise<NotificationDigestView> {
    const prefs = (await this.mail.preferencesOf([userId])).get(userId)!;
    const since = digestSince((await this.repo.lastDigestOf(userId))?.until, now);
    const unread = await this.repo.unreadBetween(since, now, NOTIFICATION_KINDS, userId);
    const items = dailyItems(unread, prefs, since).reverse();
    return { since: since.toISOString(), items: items.map(({ n }) => toNotificationView(n)) };
  }

  /** People whose digest is due now (their zone is in its window, no digest yet for that day) and who have something new. */
  private async candidates(now: Date, dueDays: Map<string, string>): Promise<Candidate[]> {
    const recent = await this.repo.unreadBetween(new Date(now.getTime() - DIGEST_LOOKBACK_MS), now, NOTIFICATION_KINDS);
    const byUser = new Map<string, NotificationRecord[]>();
    for (const n of recent) {
      const mine = byUser.get(n.userId);
      if (mine) mine.push(n);
      else byUser.set(n.userId, [n]);
    }
    if (byUser.size === 0) return [];
    const userIds = [...byUser.keys()];
    const [prefs, zones, claims] = await Promise.all([
      this.mail.preferencesOf(userIds),
      this.zones.of(userIds, this.config.digest.defaultTimeZone, now),
      this.repo.digestClaimsSince(new Date(now.getTime() - DIGEST_LOOKBACK_MS)),
    ]);
    const last = new Map<string, DigestClaim>();
    for (const claim of claims) if (!last.has(claim.userId)) last.set(claim.userId, claim); // newest first

    const candidates: Candidate[] = [];
    for (const [userId, notifications] of byUser) {
      const day = dueDays.get(zones.get(userId)!);
      const previous = last.get(userId);
      if (!day || previous?.day === day) continue;
      const since = digestSince(previous?.until, now);
      const items = dailyItems(notifications, prefs.get(userId)!, since);
      if (items.length) candidates.push({ userId, day, since, items });
    }
    return candidates;
  }

  /**
   * The mail is stored before the day's claim: its idempotency key (`digest:<user>:<day>`) makes storing it again
   * a no-op, so a node that dies between the two leaves the claim to the next pass, and a digest is never claimed
   * without its mail. Two nodes at once store one mail (counted by the one that stored it); one claim wins.
   */
  private async send(candidate: Candidate, now: Date): Promise<boolean> {
    const { userId, day, since } = candidate;
    const items = await this.stillVisible(userId, candidate.items);
    const [person] = items.length ? await this.mail.mailable([userId]) : [];
    const stored = person ? await this.outbox.enqueue(this.digestMail(person, day, items)) : undefined;
    await this.repo.claimDigest({ userId, day, since, until: now, count: person ? items.length : 0 });
    return stored?.created === true; // sent: this pass stored the day's mail
  }

  /** The items whose content the person may still read (a ban since the notification hides it). */
  private async stillVisible(userId: string, items: Candidate['items']): Promise<Candidate['items']> {
    const readable = new Map<string, boolean>();
    const kept: Candidate['items'] = [];
    for (const item of items) {
      const audience = audienceOf(item.n.audience);
      if (audience && !readable.has(item.n.audience!))
        readable.set(item.n.audience!, (await this.access.readers([userId], audience)).length > 0);
      if (!audience || readable.get(item.n.audience!)) kept.push(item);
    }
    return kept;
  }

  private digestMail(person: UserRecord, day: string, items: Candidate['items']) {
    const links = this.mail.linksFor(person.id, 'digest');
    const counts: Partial<Record<MailGroup, number>> = {};
    for (const { group } of items) counts[group] = (counts[group] ?? 0) + 1;
    const listed = MAIL_GROUPS.flatMap((group) => items.filter((item) => item.group === group)).slice(0, DIGEST_MAX_ITEMS);
    return {
      to: person.email,
      template: 'notification-digest' as const,
      params: {
        displayName: person.displayName,
        items: listed.map(({ n, group }) => ({
          notification: { kind: n.kind, params: n.params, ...(n.text ? { text: n.text } : {}) },
          group,
          url: this.mail.urlOf(n.link),
        })),
        counts,
        notificationsUrl: this.mail.urlOf('/notifications'),
        ...links,
      },
      locale: person.locale,
      idempotencyKey: `digest:${person.id}:${day}`,
      unsubscribeUrl: links.unsubscribeUrl,
    };
  }
}

/** The notifications a digest carries: of groups the person gets daily, created after `since`, oldest first. */
export function dailyItems(notifications: NotificationRecord[], prefs: MailPreferences, since: Date): Candidate['items'] {
  const items: Candidate['items'] = [];
  for (const n of notifications) {
    const group = mailGroupOf(n.kind);
    if (group && prefs[group] === 'daily' && n.createdAt > since) items.push({ n, group });
  }
  return items;
}
