/**
 * Seeding entry point (`@trainaction/identity/seeding`): the repository and document shape, for the demo
 * academy's bulk writes (apps/api/src/demo) and for tests that set up data. No lib may import it (eslint.config.mjs).
 */
export { UsersRepository } from './users.repository';
export type { UserDoc } from './user.schema';
