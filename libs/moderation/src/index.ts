export * from './moderation.module';
export { ModerationService } from './moderation.service';
export { toCsv } from './csv-export';
