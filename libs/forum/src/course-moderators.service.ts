import { Injectable } from '@nestjs/common';
import { CatalogService } from '@trainaction/catalog';
import { isStaff } from '@trainaction/cohorts';
import { UserDirectory } from '@trainaction/identity';
import { AppError, RealtimePublisher, type AuthUser } from '@trainaction/platform';
import { AuditLog } from '@trainaction/audit';
import { CourseModeratorsRepository } from './course-moderators.repository';

/**
 * Who moderates a course's shared (course-wide) forum: coordinators and admins, and the people they name
 * here. Moderating one cohort of the course does not make anyone a moderator of the forum all its
 * cohorts share: there they would see other cohorts' anonymous authors.
 */
@Injectable()
export class CourseForumModerators {
  constructor(
    private readonly repo: CourseModeratorsRepository,
    private readonly catalog: CatalogService,
    private readonly users: UserDirectory,
    private readonly audit: AuditLog,
    private readonly publisher: RealtimePublisher,
  ) {}

  async moderates(caller: AuthUser, courseId: string): Promise<boolean> {
    return isStaff(caller) || (await this.repo.of(courseId)).includes(caller.id);
  }

  /** The courses whose shared forum the caller moderates by name (staff moderate every one). */
  coursesOf(userId: string): Promise<string[]> {
    return this.repo.coursesOf(userId);
  }

  async list(caller: AuthUser, courseId: string): Promise<string[]> {
    if (!(await this.moderates(caller, courseId)))
      throw new AppError('FORBIDDEN', 'Only coordinators and the course’s forum moderators see this');
    return this.repo.of(courseId);
  }

  /** Coordinators name them among moderators and staff; the change is audited for the course. */
  async set(caller: AuthUser, courseId: string, userIds: string[]): Promise<string[]> {
    if (!isStaff(caller)) throw new AppError('FORBIDDEN', 'Only coordinators name the course’s forum moderators');
    await this.catalog.getById(caller, courseId);
    const wanted = [...new Set(userIds)];
    const found = await this.users.byIds(wanted);
    const refused = wanted.filter((id) => !found.some((u) => u.id === id && u.role !== 'learner'));
    if (refused.length)
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
        { path: 'userIds', message: `are not moderators or staff: ${refused.join(', ')}` },
      ]);
    const before = await this.repo.of(courseId);
    await this.repo.set(courseId, wanted);
    const actor = (await this.users.byIds([caller.id]))[0];
    await this.audit.record({
      courseId,
      actorId: caller.id,
      actorName: actor?.displayName ?? '',
      action: 'course.forum_moderators',
      targetType: 'course',
      targetId: courseId,
      details: { userIds: wanted },
    });
    // Those who lost the role reconnect, and join again only what they may still see.
    for (const id of before.filter((id) => !wanted.includes(id))) this.publisher.disconnectUser(id);
    return wanted;
  }
}
