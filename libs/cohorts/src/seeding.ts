/**
 * Seeding entry point (`@trainaction/cohorts/seeding`): the repository and document shapes, for the demo
 * academy's bulk writes (apps/api/src/demo) and for tests that set up data. No lib may import it (eslint.config.mjs).
 */
export { CohortsRepository } from './cohorts.repository';
export type { CohortDoc, MembershipDoc } from './cohort.schema';
