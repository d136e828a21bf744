import { Injectable } from '@nestjs/common';
import { CohortsRepository, type MembershipRecord } from '../cohorts.repository';

/**
 * Mutes and bans live on the cohort membership (so `CohortAccess` reads them with the membership it already
 * caches); moderation decides them and writes them here, never into the cohorts' collections itself.
 */
@Injectable()
export class CohortSanctions {
  constructor(private readonly cohorts: CohortsRepository) {}

  /** Members of a cohort muted or banned at `now`. */
  sanctioned(cohortId: string, now: Date): Promise<MembershipRecord[]> {
    return this.cohorts.sanctioned(cohortId, now);
  }

  /** Sets (until a date) or lifts (`until` null) a mute or ban; false when the person is not a member. */
  set(cohortId: string, userId: string, kind: 'mute' | 'ban', until: Date | null, reason?: string): Promise<boolean> {
    return this.cohorts.setSanction(cohortId, userId, kind, until, reason);
  }
}
