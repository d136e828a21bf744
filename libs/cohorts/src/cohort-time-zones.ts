import { Injectable } from '@nestjs/common';
import { CohortsRepository } from './cohorts.repository';

/**
 * Where each person lives, as far as the academy knows: the time zone of the cohort they joined last (a ban
 * in force leaves that cohort out). People in no cohort (staff) get the zone the caller passes.
 */
@Injectable()
export class CohortTimeZones {
  constructor(private readonly cohorts: CohortsRepository) {}

  async of(userIds: string[], fallback: string, now = new Date()): Promise<Map<string, string>> {
    const latest = new Map<string, { cohortId: string; at: number }>();
    for (const m of await this.cohorts.membershipsOfUsers(userIds)) {
      if (m.bannedUntil && m.bannedUntil > now) continue;
      const seen = latest.get(m.userId);
      if (!seen || m.createdAt.getTime() > seen.at) latest.set(m.userId, { cohortId: m.cohortId, at: m.createdAt.getTime() });
    }
    const zones = new Map<string, string>();
    for (const userId of userIds) {
      const joined = latest.get(userId);
      const cohort = joined ? await this.cohorts.findById(joined.cohortId) : null;
      zones.set(userId, cohort?.timezone ?? fallback);
    }
    return zones;
  }

  /** Every zone some cohort is in (the scheduler looks for due digests only while one of them is in its window). */
  async zonesInUse(): Promise<string[]> {
    return this.cohorts.timeZones();
  }
}
