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
export { CohortsRepository } from './cohorts.repository';
export { CohortTimeZones } from './cohort-time-zones';
export { CohortInvitations } from './cohort-invitations.service';
export { balanceCohorts } from './balanced-builder';
