export * from './analytics.module';
export { AnalyticsService } from './analytics.service';
export { protectTable } from './small-cells';
