import { Injectable } from '@nestjs/common';
import type { MemberRole } from '@trainaction/contracts';
import { EmailVerification, UserDirectory } from '@trainaction/identity';
import { AppError, type AuthUser } from '@trainaction/platform';
import { CohortsRepository, type CohortRecord, type MembershipRecord } from './cohorts.repository';

export interface CohortAccessResult {
  cohort: CohortRecord;
  /** The caller's role in the cohort; coordinators and admins who are not members have none. */
  memberRole?: MemberRole;
  /** Coordinators, admins and the cohort's moderators. */
  canModerate: boolean;
  /** Until when the caller may not post in this cohort, if muted now. */
  mutedUntil?: Date;
  /** Why, in the moderator's words (with `mutedUntil`). */
  muteReason?: string;
  /** The caller registered and has not verified their e-mail address yet. */
  emailUnverified: boolean;
}

/** What decides whether the caller may write what peers read, wherever it is written. */
export type PublishingStanding = Pick<CohortAccessResult, 'mutedUntil' | 'canModerate' | 'emailUnverified'>;

/**
 * The one rule for everything peers read (messages, replies, edits, reactions, typing, threads, posts):
 * refused to an account whose address is unverified (EMAIL_UNVERIFIED, whatever its role) and to a member
 * muted in the cohort (MUTED, moderators excepted). Both still read, flag and hand in their own work.
 */
export function publishingRefusal(access: PublishingStanding): AppError | null {
  if (access.emailUnverified)
    return new AppError('EMAIL_UNVERIFIED', 'Verify your e-mail address (see the link we sent you) before you post');
  if (access.mutedUntil && !access.canModerate)
    return new AppError('MUTED', `You are muted in this cohort until ${access.mutedUntil.toISOString()}`);
  return null;
}

export function assertMayPublish(access: PublishingStanding): void {
  const refusal = publishingRefusal(access);
  if (refusal) throw refusal;
}

export function isStaff(user: Pick<AuthUser, 'role'>): boolean {
  return user.role === 'coordinator' || user.role === 'admin';
}

/**
 * The one place that decides who may see a cohort. Other libraries call it before touching cohort data;
 * a cohort the caller may not see answers 404, so its existence does not leak.
 */
@Injectable()
export class CohortAccess {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly users: UserDirectory,
    private readonly verification: EmailVerification,
  ) {}

  async visible(caller: AuthUser, cohortId: string): Promise<CohortAccessResult> {
    const cohort = await this.cohorts.findById(cohortId);
    if (!cohort) throw AppError.notFound('Cohort');
    const found = await this.cohorts.membership(cohortId, caller.id);
    const now = new Date();
    // A banned member is out of the cohort until the ban ends.
    const membership = found && !(found.bannedUntil && found.bannedUntil > now) ? found : null;
    if (!membership && !isStaff(caller)) throw AppError.notFound('Cohort');
    const mutedUntil = membership?.mutedUntil && membership.mutedUntil > now ? membership.mutedUntil : undefined;
    const muteReason = mutedUntil ? (membership?.muteReason ?? '') : undefined;
    const canModerate = isStaff(caller) || membership?.role === 'moderator';
    return {
      cohort,
      memberRole: membership?.role,
      canModerate,
      mutedUntil,
      muteReason,
      emailUnverified: await this.emailUnverified(caller),
    };
  }

  /** For places that decide access without a cohort (a course's shared forum): the caller's address state. */
  async emailUnverified(caller: Pick<AuthUser, 'id'>): Promise<boolean> {
    return !(await this.verification.isVerified(caller.id));
  }

  async moderated(caller: AuthUser, cohortId: string): Promise<CohortAccessResult> {
    const access = await this.visible(caller, cohortId);
    if (!access.canModerate) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators can do this');
    return access;
  }

  /**
   * Of these people, those who may read a cohort's content (or a course's shared forum) now: members who are
   * not banned, and coordinators and admins. Everything that tells people about content (notifications,
   * mentions, announcements) asks this first, so a banned or removed member hears nothing more.
   */
  async readers(userIds: string[], where: { cohortId: string } | { courseId: string }): Promise<string[]> {
    const wanted = [...new Set(userIds)];
    if (wanted.length === 0) return [];
    const now = new Date();
    const memberships: (MembershipRecord | null)[] =
      'cohortId' in where
        ? await Promise.all(wanted.map((id) => this.cohorts.membership(where.cohortId, id)))
        : await this.cohorts.membershipsInCourse(where.courseId, wanted);
    const members = new Set(
      memberships.filter((m): m is MembershipRecord => m !== null && !(m.bannedUntil && m.bannedUntil > now)).map((m) => m.userId),
    );
    const banned = new Set(memberships.filter((m) => m && !members.has(m.userId)).map((m) => m!.userId));
    const others = wanted.filter((id) => !members.has(id) && !banned.has(id));
    const staff = new Set((await this.users.byIds(others)).filter((u) => isStaff(u)).map((u) => u.id));
    return wanted.filter((id) => members.has(id) || staff.has(id));
  }

  /** Every cohort the caller may see now (the rule of `visible`, for searches across cohorts): all for staff. */
  async visibleCohortIds(caller: AuthUser): Promise<string[]> {
    if (isStaff(caller)) return (await this.cohorts.list({})).map((c) => c.id);
    const now = new Date();
    return (await this.cohorts.membershipsOfUser(caller.id)).filter((m) => !(m.bannedUntil && m.bannedUntil > now)).map((m) => m.cohortId);
  }

  /**
   * The cohorts running at `now` that the caller manages. Coordinators and admins manage every cohort (the
   * rule `visible` and `moderated` apply: `isStaff`); anyone else is refused.
   */
  async managedRunning(caller: AuthUser, now: Date): Promise<CohortRecord[]> {
    if (!isStaff(caller)) throw new AppError('FORBIDDEN', 'Only coordinators and admins manage cohorts');
    return this.cohorts.running(now);
  }

  async cohortIdsOf(userId: string): Promise<string[]> {
    return (await this.cohorts.membershipsOfUser(userId)).map((m) => m.cohortId);
  }
}
