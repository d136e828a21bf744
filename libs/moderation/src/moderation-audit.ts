import { Injectable } from '@nestjs/common';
import type { AuditEntryView, AuditQueryInput } from '@trainaction/contracts';
import { CohortAccess } from '@trainaction/cohorts';
import { CourseForumModerators } from '@trainaction/forum';
import { UserDirectory } from '@trainaction/identity';
import { AppError, type AuthUser } from '@trainaction/platform';
import { AuditLog } from '@trainaction/audit';
import { ModerationRepository } from './moderation.repository';

/** Every moderation action leaves one audit entry; the log of a cohort, or of a course's shared forum, and its export. */
@Injectable()
export class ModerationAudit {
  constructor(
    private readonly repo: ModerationRepository,
    private readonly access: CohortAccess,
    private readonly users: UserDirectory,
    private readonly audit: AuditLog,
    private readonly courseModerators: CourseForumModerators,
  ) {}

  async auditLog(caller: AuthUser, cohortId: string, query: AuditQueryInput): Promise<AuditEntryView[]> {
    await this.access.moderated(caller, cohortId);
    const contact = (await this.repo.safeguardingContacts(cohortId)).includes(caller.id);
    return this.auditEntries({ cohortId, includeRestricted: contact }, query);
  }

  /** The audit log of a course's shared forum, for coordinators and its forum moderators. */
  async courseAuditLog(caller: AuthUser, courseId: string, query: AuditQueryInput): Promise<AuditEntryView[]> {
    if (!(await this.courseModerators.moderates(caller, courseId)))
      throw new AppError('FORBIDDEN', 'Only coordinators and the course’s forum moderators see this');
    return this.auditEntries({ courseId }, query);
  }

  private async auditEntries(
    where: { cohortId?: string; courseId?: string; includeRestricted?: boolean },
    query: AuditQueryInput,
  ): Promise<AuditEntryView[]> {
    const entries = await this.audit.find({
      ...where,
      action: query.action,
      actorId: query.actorId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      before: query.cursor,
      limit: query.limit,
    });
    return entries.map((e) => ({
      id: e.id,
      cohortId: e.cohortId,
      courseId: e.courseId,
      actor: { id: e.actorId, displayName: e.actorName },
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      reason: e.reason,
      details: e.details,
      at: e.at.toISOString(),
    }));
  }

  /** Records that someone exported the audit log (exports are accountable too). */
  async auditExported(caller: AuthUser, cohortId: string, rows: number): Promise<void> {
    await this.record(caller, cohortId, 'audit.export', 'cohort', cohortId, undefined, { rows });
  }

  /** One audit entry, for a cohort (its id) or for a course's shared forum (`{ courseId }`). */
  async record(
    caller: AuthUser,
    where: string | { courseId: string },
    action: string,
    targetType: string,
    targetId: string,
    reason?: string,
    details?: Record<string, unknown>,
  ) {
    const actor = (await this.users.byIds([caller.id]))[0];
    const scope = typeof where === 'string' ? { cohortId: where } : where;
    await this.audit.record({
      ...scope,
      actorId: caller.id,
      actorName: actor?.displayName ?? '',
      action,
      targetType,
      targetId,
      reason,
      details,
    });
  }
}
