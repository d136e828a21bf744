export * from './analytics.module';
export { AnalyticsService } from './analytics.service';
export { suppressedCells } from './small-cells';
