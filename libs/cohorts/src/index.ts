export * from './cohorts.module';
export { assertNotMuted, CohortAccess, isStaff, type CohortAccessResult } from './cohort-access.service';
export { CohortsService } from './cohorts.service';
export { CohortsRepository } from './cohorts.repository';
export { balanceCohorts } from './balanced-builder';
