export * from './moderation.module';
export { ModerationService } from './moderation.service';
export { OpenFlags } from './open-flags';
