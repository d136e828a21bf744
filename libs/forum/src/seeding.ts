/**
 * Seeding entry point (`@trainaction/forum/seeding`): the repository, the search index and the document
 * shapes, for the demo academy's bulk writes (apps/api/src/demo) and for tests that set up data. No lib may
 * import it (eslint.config.mjs).
 */
export { ForumRepository } from './forum.repository';
export { ForumSearchIndex } from './forum-search-index';
export type { FollowDoc, ForumEditDoc, PostDoc, ThreadDoc, ThreadReadDoc } from './forum.schema';
