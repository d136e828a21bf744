/**
 * Seeding entry point (`@trainaction/submissions/seeding`): the repository and the document shapes, for the
 * demo academy's bulk writes (apps/api/src/demo) and for tests that set up data. No lib may import it
 * (eslint.config.mjs).
 */
export { SubmissionsRepository } from './submissions.repository';
export type { ReviewClaimDoc, SubmissionDoc, SubmissionVersionDoc } from './submission.schema';
