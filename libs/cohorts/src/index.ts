export * from './cohorts.module';
export {
  assertMayPublish,
  CohortAccess,
  isStaff,
  publishingRefusal,
  type CohortAccessResult,
  type PublishingStanding,
} from './cohort-access.service';
export { CohortsService } from './cohorts.service';
export type { CohortQuery, CohortRecord, MembershipRecord } from './cohorts.repository';
export { CohortDirectory } from './ports/cohort-directory';
export { CohortSanctions } from './ports/cohort-sanctions';
export { CohortTimeZones } from './cohort-time-zones';
export { CohortInvitations } from './cohort-invitations.service';
export { balanceCohorts } from './balanced-builder';
