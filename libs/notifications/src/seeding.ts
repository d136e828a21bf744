/**
 * Seeding entry point (`@trainaction/notifications/seeding`): the document shape, for the demo academy's bulk
 * writes (apps/api/src/demo). No lib may import it (eslint.config.mjs).
 */
export type { NotificationDoc } from './notification.schema';
