import { Injectable } from '@nestjs/common';
import { UserDirectory } from '@trainaction/identity';
import { CohortsRepository } from './cohorts.repository';

/**
 * The time zone each person's times are shown and their digest is sent in: the one they chose on their profile;
 * else the zone of the cohort they joined last (a ban in force leaves that cohort out), as the person most likely
 * lives there; else (staff in no cohort) the zone the caller passes.
 */
@Injectable()
export class CohortTimeZones {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly users: UserDirectory,
  ) {}

  async of(userIds: string[], fallback: string, now = new Date()): Promise<Map<string, string>> {
    const chosen = new Map((await this.users.byIds(userIds)).flatMap((u) => (u.timeZone ? [[u.id, u.timeZone] as const] : [])));
    const latest = new Map<string, { cohortId: string; at: number }>();
    const rest = userIds.filter((id) => !chosen.has(id));
    for (const m of rest.length ? await this.cohorts.membershipsOfUsers(rest) : []) {
      if (m.bannedUntil && m.bannedUntil > now) continue;
      const seen = latest.get(m.userId);
      if (!seen || m.createdAt.getTime() > seen.at) latest.set(m.userId, { cohortId: m.cohortId, at: m.createdAt.getTime() });
    }
    const zones = new Map<string, string>();
    for (const userId of userIds) {
      const joined = latest.get(userId);
      const cohort = joined ? await this.cohorts.findById(joined.cohortId) : null;
      zones.set(userId, chosen.get(userId) ?? cohort?.timezone ?? fallback);
    }
    return zones;
  }

  /** Every zone some cohort is in or someone chose (the scheduler looks for due digests only while one of them is in its window). */
  async zonesInUse(): Promise<string[]> {
    const [cohorts, chosen] = await Promise.all([this.cohorts.timeZones(), this.users.chosenTimeZones()]);
    return [...new Set([...cohorts, ...chosen])];
  }
}
