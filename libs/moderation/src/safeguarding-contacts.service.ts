import { Injectable } from '@nestjs/common';
import { CohortAccess, CohortsRepository, isStaff } from '@trainaction/cohorts';
import { UsersRepository } from '@trainaction/identity';
import { AppError, RealtimePublisher, type AuthUser } from '@trainaction/platform';
import { ModerationAudit } from './moderation-audit';
import { ModerationRepository } from './moderation.repository';

/** A cohort's safeguarding contacts: the only ones who see safeguarding flags. */
@Injectable()
export class SafeguardingContacts {
  constructor(
    private readonly repo: ModerationRepository,
    private readonly access: CohortAccess,
    private readonly cohorts: CohortsRepository,
    private readonly users: UsersRepository,
    private readonly log: ModerationAudit,
    private readonly publisher: RealtimePublisher,
  ) {}

  /** Coordinators name the contacts among the cohort's moderators and staff; those removed lose the room at once. */
  async setSafeguardingContacts(caller: AuthUser, cohortId: string, userIds: string[]): Promise<string[]> {
    if (!isStaff(caller)) throw new AppError('FORBIDDEN', 'Only coordinators name the safeguarding contacts');
    const { cohort } = await this.access.moderated(caller, cohortId);
    const wanted = [...new Set(userIds)];
    const moderators = new Set((await this.cohorts.members(cohort.id)).filter((m) => m.role === 'moderator').map((m) => m.userId));
    const staff = new Set((await this.users.findByIds(wanted)).filter((u) => isStaff(u)).map((u) => u.id));
    const refused = wanted.filter((id) => !moderators.has(id) && !staff.has(id));
    if (refused.length)
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
        { path: 'userIds', message: `are not moderators of the cohort or staff: ${refused.join(', ')}` },
      ]);
    const before = await this.repo.safeguardingContacts(cohortId);
    await this.repo.setSafeguardingContacts(cohortId, wanted);
    await this.log.record(caller, cohortId, 'safeguarding.contacts', 'cohort', cohortId, undefined, { userIds: wanted });
    for (const id of before.filter((id) => !wanted.includes(id))) this.publisher.disconnectUser(id);
    return this.repo.safeguardingContacts(cohortId);
  }

  async safeguardingContacts(caller: AuthUser, cohortId: string): Promise<string[]> {
    await this.access.moderated(caller, cohortId);
    return this.repo.safeguardingContacts(cohortId);
  }
}
