import { Injectable } from '@nestjs/common';
import type { MemberRole } from '@trainaction/contracts';
import { AppError, type AuthUser } from '@trainaction/platform';
import { CohortsRepository, type CohortRecord } from './cohorts.repository';

export interface CohortAccessResult {
  cohort: CohortRecord;
  /** The caller's role in the cohort; coordinators and admins who are not members have none. */
  memberRole?: MemberRole;
  /** Coordinators, admins and the cohort's moderators. */
  canModerate: boolean;
  /** Until when the caller may not post in this cohort, if muted now. */
  mutedUntil?: Date;
}

export function isStaff(user: AuthUser): boolean {
  return user.role === 'coordinator' || user.role === 'admin';
}

/**
 * The one place that decides who may see a cohort. Other libraries call it before touching cohort data;
 * a cohort the caller may not see answers 404, so its existence does not leak.
 */
@Injectable()
export class CohortAccess {
  constructor(private readonly cohorts: CohortsRepository) {}

  async visible(caller: AuthUser, cohortId: string): Promise<CohortAccessResult> {
    const cohort = await this.cohorts.findById(cohortId);
    if (!cohort) throw AppError.notFound('Cohort');
    const found = await this.cohorts.membership(cohortId, caller.id);
    const now = new Date();
    // A banned member is out of the cohort until the ban ends.
    const membership = found && !(found.bannedUntil && found.bannedUntil > now) ? found : null;
    if (!membership && !isStaff(caller)) throw AppError.notFound('Cohort');
    const mutedUntil = membership?.mutedUntil && membership.mutedUntil > now ? membership.mutedUntil : undefined;
    return { cohort, memberRole: membership?.role, canModerate: isStaff(caller) || membership?.role === 'moderator', mutedUntil };
  }

  async moderated(caller: AuthUser, cohortId: string): Promise<CohortAccessResult> {
    const access = await this.visible(caller, cohortId);
    if (!access.canModerate) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators can do this');
    return access;
  }

  async cohortIdsOf(userId: string): Promise<string[]> {
    return (await this.cohorts.membershipsOfUser(userId)).map((m) => m.cohortId);
  }
}
