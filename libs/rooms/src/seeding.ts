/**
 * Seeding entry point (`@trainaction/rooms/seeding`): the repository, the search index and the document
 * shapes, for the demo academy's bulk writes (apps/api/src/demo) and for tests that set up data. No lib may
 * import it (eslint.config.mjs).
 */
export { RoomsRepository } from './rooms.repository';
export { MessageSearchIndex } from './message-search-index';
export type { MessageDoc, MessageEditDoc, ReactionDoc, ReadMarkDoc } from './message.schema';
