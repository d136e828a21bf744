import { Injectable } from '@nestjs/common';
import type { MemberRole } from '@trainaction/contracts';
import { CohortsRepository, type CohortQuery, type CohortRecord, type MembershipRecord } from '../cohorts.repository';

/**
 * The cohorts' read port: cohorts and who belongs to them, for the libs that scope their content by cohort
 * (rooms, forum, moderation, analytics). Each call is the repository's own query: `byId` and `membership`
 * through the shared caches, the lists from their indexes (`cohortId`, `userId`, `courseId`+`role`).
 */
@Injectable()
export class CohortDirectory {
  constructor(private readonly cohorts: CohortsRepository) {}

  /** Cached. */
  byId(id: string): Promise<CohortRecord | null> {
    return this.cohorts.findById(id);
  }

  /** By ids (one read), course, country or open for enrolment; by start date. */
  list(query: CohortQuery): Promise<CohortRecord[]> {
    return this.cohorts.list(query);
  }

  /** One person's membership of one cohort (cached), with their role and any sanction. */
  membership(cohortId: string, userId: string): Promise<MembershipRecord | null> {
    return this.cohorts.membership(cohortId, userId);
  }

  membershipsOfUser(userId: string): Promise<MembershipRecord[]> {
    return this.cohorts.membershipsOfUser(userId);
  }

  /** A cohort's members in enrolment order. */
  members(cohortId: string): Promise<MembershipRecord[]> {
    return this.cohorts.members(cohortId);
  }

  /** Every member with `role` in any cohort of a course. */
  membersOfCourse(courseId: string, role: MemberRole): Promise<MembershipRecord[]> {
    return this.cohorts.membersOfCourse(courseId, role);
  }

  /** Learner memberships, optionally of one course or cohort (reports). */
  learnerMemberships(filter: { courseId?: string; cohortId?: string }): Promise<MembershipRecord[]> {
    return this.cohorts.learnerMemberships(filter);
  }
}
