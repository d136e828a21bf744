import { Injectable } from '@nestjs/common';
import { seesFlag } from './flag-visibility';
import { ModerationRepository } from './moderation.repository';

/** Flags not resolved yet, counted per cohort for someone's overview. */
@Injectable()
export class OpenFlags {
  constructor(private readonly repo: ModerationRepository) {}

  /**
   * Flags open or in progress in cohorts the caller moderates (`CohortAccess.managedRunning` decided which),
   * counted as `seesFlag` shows them: safeguarding ones only where the caller is a contact. Two indexed reads.
   */
  async byCohort(callerId: string, moderatedCohortIds: string[]): Promise<Map<string, number>> {
    const flags = await this.repo.unresolvedIn(moderatedCohortIds);
    const safeguarding = [...new Set(flags.filter((f) => f.reason === 'safeguarding').map((f) => f.cohortId))];
    const contactOf = new Set(await this.repo.contactIn(callerId, safeguarding));
    const counts = new Map<string, number>();
    for (const flag of flags)
      if (seesFlag(flag, { canModerate: true, contact: contactOf.has(flag.cohortId) }))
        counts.set(flag.cohortId, (counts.get(flag.cohortId) ?? 0) + 1);
    return counts;
  }
}
