import { Injectable } from '@nestjs/common';
import { AppError } from '@trainaction/platform';
import type { AccountLinkPurpose, InvitationContext } from './account-link.schema';
import { AccountLinksRepository, type AccountLinkRecord } from './account-links.repository';
import { newLinkSecret, parseLinkToken, secretMatches } from './link-token';

/** Links past their time are kept this long (answering "expired" rather than "invalid"), then deleted. */
const EXPIRED_KEPT_MS = 90 * 86_400_000;
/** Pruning scans the links: at most once a minute per node, however many an import issues. */
const PRUNE_EVERY_MS = 60_000;

export const linkInvalid = () => new AppError('LINK_INVALID', 'This link is not valid; open it from the mail or ask for a new one');
export const linkUsed = () => new AppError('LINK_USED', 'This link was already used');

/**
 * Single-use links from mails (invitations, e-mail verification): one live link per person and purpose (a
 * new one replaces the earlier), spent by a unique insert, never by a conditional update.
 */
@Injectable()
export class AccountLinks {
  private prunedAt = 0;

  constructor(private readonly links: AccountLinksRepository) {}

  /** A new link for the person; their earlier live links of this purpose stop working. */
  async issue(
    purpose: AccountLinkPurpose,
    userId: string,
    ttlMs: number,
    context?: InvitationContext,
  ): Promise<{ link: AccountLinkRecord; token: string }> {
    const now = new Date();
    if (now.getTime() - this.prunedAt >= PRUNE_EVERY_MS) {
      this.prunedAt = now.getTime();
      await this.links.prune(new Date(now.getTime() - EXPIRED_KEPT_MS));
    }
    await this.links.replaceLive(purpose, userId, now);
    const { secret, secretHash } = newLinkSecret();
    const link = await this.links.insert({ purpose, userId, secretHash, expiresAt: new Date(now.getTime() + ttlMs), context });
    return { link, token: `${link.id}.${secret}` };
  }

  /** The link a token names when its secret is right, whatever its state; null otherwise. */
  async authentic(purpose: AccountLinkPurpose, presented: string): Promise<AccountLinkRecord | null> {
    const parsed = parseLinkToken(presented);
    if (!parsed) return null;
    const link = await this.links.find(parsed.id);
    if (!link || link.purpose !== purpose) return null;
    return secretMatches(link.secretHash, parsed.secret) ? link : null;
  }

  /** The link, if it may be used now; LINK_INVALID (400), LINK_USED, LINK_REPLACED or LINK_EXPIRED (410) otherwise. */
  async usable(purpose: AccountLinkPurpose, presented: string): Promise<AccountLinkRecord> {
    const link = await this.authentic(purpose, presented);
    if (!link) throw linkInvalid();
    if (link.usedAt) throw linkUsed();
    if (link.replacedAt) throw new AppError('LINK_REPLACED', 'A newer mail replaced this link; use the link in the newest mail');
    if (link.expiresAt.getTime() <= Date.now()) throw new AppError('LINK_EXPIRED', 'This link has expired; ask for a new one');
    return link;
  }

  /** Spends a usable link (LINK_USED for all but one of concurrent uses); the person's other links die with it. */
  async spend(link: AccountLinkRecord): Promise<void> {
    const now = new Date();
    if (!(await this.links.consume(link.id, now))) throw linkUsed();
    await this.links.markAllUsed(link.purpose, link.userId, now);
  }

  /** When the n-th newest link of this purpose went to the person within the window, or null when fewer did. */
  nthNewestIssuedAt(purpose: AccountLinkPurpose, userId: string, since: Date, n: number): Promise<Date | null> {
    return this.links.nthNewestIssuedAt(purpose, userId, since, n);
  }
}
