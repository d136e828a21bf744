export * from './activity.module';
export * from './activity-counters';
export { ACTIVITY_KINDS, type ActivityCounterDoc, type ActivityKind, type ActivityRollupDoc } from './activity-counter.schema';
