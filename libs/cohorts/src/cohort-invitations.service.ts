import { Injectable, Logger } from '@nestjs/common';
import { CatalogService } from '@trainaction/catalog';
import { Invitations, UserDirectory, type InvitationContext } from '@trainaction/identity';
import { CohortsRepository, type CohortRecord } from './cohorts.repository';

/**
 * The cohort's side of invitations: what the mail says (the cohort, its course, who enrolled the person).
 * Identity's `Invitations` decides between an invitation (an account nobody has chosen a password for)
 * and a notice (anyone else), and keeps the links.
 */
@Injectable()
export class CohortInvitations {
  private readonly logger = new Logger(CohortInvitations.name);

  constructor(
    private readonly catalog: CatalogService,
    private readonly users: UserDirectory,
    private readonly invitations: Invitations,
    private readonly cohorts: CohortsRepository,
  ) {}

  /**
   * People invited who have not accepted yet: how many in all (what the user list shows with `status=invited`)
   * and how many in each of these cohorts. Two indexed reads, whatever the number of cohorts.
   */
  async pending(cohortIds: string[]): Promise<{ total: number; byCohort: Map<string, number> }> {
    const userIds = await this.users.pendingInvitationIds();
    const wanted = new Set(cohortIds);
    const byCohort = new Map<string, number>();
    for (const m of userIds.length ? await this.cohorts.membershipsOfUsers(userIds) : [])
      if (wanted.has(m.cohortId)) byCohort.set(m.cohortId, (byCohort.get(m.cohortId) ?? 0) + 1);
    return { total: userIds.length, byCohort };
  }

  /**
   * After people were enrolled in the cohort: each gets an invitation or a notice. A mail that cannot be
   * queued is logged and does not undo the enrolment (a coordinator can send the invitation again).
   */
  async tellEnrolled(cohort: CohortRecord, inviterId: string, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    const context = await this.context(cohort, inviterId);
    for (const userId of userIds) {
      await this.invitations.enrolled(userId, context).catch((error: unknown) => {
        this.logger.warn({ err: error, cohortId: cohort.id, userId }, 'could not queue the enrolment mail');
      });
    }
  }

  /** A coordinator sends a pending member a new invitation; CONFLICT once they accepted. */
  async resend(cohort: CohortRecord, inviterId: string, userId: string): Promise<void> {
    await this.invitations.resend(userId, await this.context(cohort, inviterId));
  }

  private async context(cohort: CohortRecord, inviterId: string): Promise<InvitationContext> {
    const [[course], inviter] = await Promise.all([this.catalog.coursesByIds([cohort.courseId]), this.users.profile(inviterId)]);
    return {
      cohortId: cohort.id,
      cohortName: cohort.name,
      courseTitle: course?.title ?? { es: cohort.name },
      invitedBy: { id: inviterId, displayName: inviter?.displayName ?? '' },
    };
  }
}
