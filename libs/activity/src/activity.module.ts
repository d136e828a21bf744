import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ActivityCounters } from './activity-counters';
import { ACTIVITY_COUNTER_MODEL, ActivityCounterSchema } from './activity-counter.schema';

/**
 * Participation counters (`activity_counters`, `activity_rollups`): written by the libs where people act
 * (rooms, forum, submissions, catalog), read by analytics. Its own lib, depending on the platform only:
 * analytics imports the writers' modules, so the counters living there would make a cycle.
 */
@Module({
  imports: [MongooseModule.forFeature([{ name: ACTIVITY_COUNTER_MODEL, schema: ActivityCounterSchema }])],
  providers: [ActivityCounters],
  exports: [ActivityCounters],
})
export class ActivityModule {}
