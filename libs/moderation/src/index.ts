export * from './moderation.module';
export { ModerationService } from './moderation.service';
