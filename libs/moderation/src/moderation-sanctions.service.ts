import { Injectable } from '@nestjs/common';
import type { SanctionInput, SanctionView } from '@trainaction/contracts';
import { CohortAccess, CohortDirectory, CohortSanctions } from '@trainaction/cohorts';
import { UserDirectory } from '@trainaction/identity';
import { AppError, RealtimePublisher, type AuthUser } from '@trainaction/platform';
import { AuditLog } from '@trainaction/audit';
import { ModerationAudit } from './moderation-audit';

/** Mutes and bans of cohort members (never of moderators), told to the person at once; those in force. */
@Injectable()
export class ModerationSanctions {
  constructor(
    private readonly access: CohortAccess,
    private readonly cohorts: CohortDirectory,
    private readonly cohortSanctions: CohortSanctions,
    private readonly users: UserDirectory,
    private readonly audit: AuditLog,
    private readonly log: ModerationAudit,
    private readonly publisher: RealtimePublisher,
  ) {}

  async sanction(caller: AuthUser, input: SanctionInput): Promise<{ sanction: SanctionView }> {
    await this.access.moderated(caller, input.cohortId);
    if (input.userId === caller.id) throw new AppError('FORBIDDEN', 'You cannot sanction yourself');
    const target = await this.cohorts.membership(input.cohortId, input.userId);
    if (!target) throw AppError.notFound('Member');
    if (target.role === 'moderator') throw new AppError('FORBIDDEN', 'Moderators cannot be muted or banned');
    const until = input.minutes > 0 ? new Date(Date.now() + input.minutes * 60_000) : null;
    await this.cohortSanctions.set(input.cohortId, input.userId, input.kind, until, input.reason);
    // The person hears it at once, with the reason and the end; then a banned member leaves every room (their
    // client reconnects and may join only what remains). The notice goes first on the same connection.
    this.publisher.toUser(input.userId, 'sanction:changed', {
      cohortId: input.cohortId,
      kind: input.kind,
      until: until?.toISOString() ?? null,
      reason: input.reason,
    });
    if (input.kind === 'ban' && until) this.publisher.disconnectUser(input.userId);
    await this.log.record(
      caller,
      input.cohortId,
      until ? `member.${input.kind}` : `member.un${input.kind}`,
      'user',
      input.userId,
      input.reason,
      { until: until?.toISOString() ?? null },
    );
    return {
      sanction: {
        cohortId: input.cohortId,
        userId: input.userId,
        kind: input.kind,
        until: until?.toISOString() ?? null,
        reason: input.reason,
      },
    };
  }

  /** Sanctions in force in a cohort. */
  async sanctions(caller: AuthUser, cohortId: string): Promise<(SanctionView & { displayName: string })[]> {
    await this.access.moderated(caller, cohortId);
    const now = new Date();
    const members = await this.cohortSanctions.sanctioned(cohortId, now);
    const names = new Map((await this.users.byIds(members.map((m) => m.userId))).map((u) => [u.id, u.displayName]));
    const entries = await this.audit.find({ cohortId, limit: 500 });
    const reasonOf = (userId: string, kind: string) =>
      entries.find((e) => e.targetId === userId && e.action === `member.${kind}`)?.reason ?? '';
    return members.flatMap((m) =>
      (['mute', 'ban'] as const)
        .filter((kind) => (kind === 'mute' ? m.mutedUntil : m.bannedUntil) && (kind === 'mute' ? m.mutedUntil! : m.bannedUntil!) > now)
        .map((kind) => ({
          cohortId,
          userId: m.userId,
          displayName: names.get(m.userId) ?? '',
          kind,
          until: (kind === 'mute' ? m.mutedUntil! : m.bannedUntil!).toISOString(),
          reason: reasonOf(m.userId, kind),
        })),
    );
  }
}
