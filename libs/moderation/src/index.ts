export * from './moderation.module';
export { ModerationFlags } from './moderation-flags.service';
export { ContentModeration } from './content-moderation.service';
export { ModerationSanctions } from './moderation-sanctions.service';
export { OpenFlags } from './open-flags';
