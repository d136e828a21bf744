import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  CohortInput,
  CohortInvitationInput,
  CohortListQuery,
  CohortUpdate,
  CohortView,
  EnrollmentInput,
  MemberProgress,
  MemberView,
  Page,
} from '@trainaction/contracts';
import { CatalogService } from '@trainaction/catalog';
import { PasswordHasher, UsersRepository } from '@trainaction/identity';
import { AppError, RealtimePublisher, type AuthUser } from '@trainaction/platform';
import { CohortAccess, isStaff } from './cohort-access.service';
import { CohortInvitations } from './cohort-invitations.service';
import { toCohortView } from './cohort-view';
import { CohortsRepository, type CohortRecord, type NewCohort } from './cohorts.repository';

export type { MemberProgress };

@Injectable()
export class CohortsService {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly access: CohortAccess,
    private readonly catalog: CatalogService,
    private readonly users: UsersRepository,
    private readonly publisher: RealtimePublisher,
    private readonly invitations: CohortInvitations,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Learners and moderators get their cohorts; coordinators and admins all; `scope=open` lists self-enrolment. */
  async list(caller: AuthUser, query: CohortListQuery): Promise<Page<CohortView>> {
    const memberships = await this.cohorts.membershipsOfUser(caller.id);
    const scope = query.scope ?? (isStaff(caller) ? 'all' : 'mine');
    const records = await this.cohorts.list({
      ids: scope === 'mine' ? memberships.map((m) => m.cohortId) : undefined,
      courseId: query.courseId,
      country: query.country,
      openForEnrolment: scope === 'open',
    });
    if (scope === 'all' && !isStaff(caller)) throw new AppError('FORBIDDEN', 'Only coordinators and admins list every cohort');
    const roles = new Map(memberships.map((m) => [m.cohortId, m.role]));
    return { items: await this.views(records, roles), nextCursor: null };
  }

  async get(caller: AuthUser, id: string): Promise<CohortView> {
    const { cohort, memberRole } = await this.access.visible(caller, id);
    return (await this.views([cohort], new Map(memberRole ? [[cohort.id, memberRole]] : [])))[0];
  }

  async create(caller: AuthUser, input: CohortInput): Promise<CohortView> {
    await this.assertCourse(caller, input.courseId);
    const cohort = await this.cohorts.create(toNewCohort(input));
    return (await this.views([cohort], new Map()))[0];
  }

  async update(caller: AuthUser, id: string, input: CohortUpdate): Promise<CohortView> {
    const { cohort } = await this.access.visible(caller, id);
    const startsAt = input.startsAt ? new Date(input.startsAt) : cohort.startsAt;
    const endsAt = input.endsAt ? new Date(input.endsAt) : cohort.endsAt;
    if (endsAt <= startsAt)
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [{ path: 'endsAt', message: 'must be after startsAt' }]);
    const { capacity, ...rest } = input;
    const set: Partial<NewCohort> = { ...rest, startsAt, endsAt };
    if (capacity) set.capacity = capacity;
    const updated = await this.cohorts.update(id, set, capacity === null ? ['capacity'] : []);
    return (await this.views([updated!], new Map()))[0];
  }

  async members(caller: AuthUser, id: string): Promise<Page<MemberView>> {
    const { cohort, canModerate } = await this.access.visible(caller, id);
    const memberships = await this.cohorts.members(cohort.id);
    const users = new Map((await this.users.findByIds(memberships.map((m) => m.userId))).map((u) => [u.id, u]));
    const items = memberships.flatMap((m): MemberView[] => {
      const user = users.get(m.userId);
      if (!user) return [];
      return [
        {
          userId: m.userId,
          displayName: user.displayName,
          country: user.country,
          role: m.role,
          email: canModerate ? user.email : undefined,
          invitationPending: canModerate && user.invitationPendingSince ? true : undefined,
        },
      ];
    });
    return { items, nextCursor: null };
  }

  /** Enrols one person; a new member is told by mail (an invitation when nobody knows their password yet). */
  async enroll(caller: AuthUser, id: string, input: EnrollmentInput): Promise<MemberView> {
    const cohort = await this.cohorts.findById(id);
    if (!cohort) throw AppError.notFound('Cohort');
    const [user] = await this.users.findByIds([input.userId]);
    if (!user) throw AppError.notFound('User');
    const existing = await this.cohorts.membership(id, user.id);
    if (existing) {
      if (existing.role !== input.role) {
        await this.cohorts.setMemberRole(id, user.id, input.role);
        // A former moderator must stop hearing the moderators' rooms now: they reconnect as a learner.
        if (existing.role === 'moderator') this.publisher.disconnectUser(user.id);
      }
    } else {
      if (input.role === 'learner') await this.assertRoom(cohort);
      if (await this.cohorts.addMember({ cohortId: id, courseId: cohort.courseId, userId: user.id, role: input.role }))
        await this.invitations.tellEnrolled(cohort, caller.id, [user.id]);
    }
    const invitationPending = user.invitationPendingSince ? true : undefined;
    return {
      userId: user.id,
      displayName: user.displayName,
      country: user.country,
      role: input.role,
      email: user.email,
      invitationPending,
    };
  }

  /**
   * Enrols a person by e-mail: a new address gets an account nobody knows the password of, and an
   * invitation to choose one; an address with an account is enrolled as it is, and told by mail.
   */
  async enrollByEmail(caller: AuthUser, id: string, input: CohortInvitationInput): Promise<MemberView> {
    const cohort = await this.cohorts.findById(id);
    if (!cohort) throw AppError.notFound('Cohort');
    const { role, ...person } = input;
    const existing = await this.users.findByEmail(person.email);
    // A full cohort refuses before an account is created for nothing.
    if (!existing && role === 'learner') await this.assertRoom(cohort);
    const user =
      existing ??
      (await this.users
        .create({
          ...person,
          passwordHash: await this.hasher.hash(randomBytes(24).toString('base64url')),
          role: 'learner',
          invitationPendingSince: new Date(),
        })
        .catch(async (error: unknown) => {
          // Created at the same moment by another request: enrol that account.
          const raced = (error as { code?: number })?.code === 11000 && (await this.users.findByEmail(person.email));
          if (!raced) throw error;
          return raced;
        }));
    return this.enroll(caller, id, { userId: user.id, role });
  }

  /** A coordinator sends a member who has not accepted their invitation a new one; the earlier link stops working. */
  async resendInvitation(caller: AuthUser, id: string, userId: string): Promise<void> {
    const cohort = await this.cohorts.findById(id);
    if (!cohort) throw AppError.notFound('Cohort');
    if (!(await this.cohorts.membership(id, userId))) throw AppError.notFound('Member');
    await this.invitations.resend(cohort, caller.id, userId);
  }

  /** The user ids of a cohort's members, for the user list's cohort filter; an unknown cohort has none. */
  async memberIds(id: string): Promise<string[]> {
    return (await this.cohorts.members(id)).map((m) => m.userId);
  }

  /** From the user list: the invitation again, for the cohort the person joined last. */
  async resendLatestInvitation(caller: AuthUser, userId: string): Promise<void> {
    const latest = (await this.cohorts.membershipsOfUser(userId)).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    if (!latest) throw AppError.notFound('Member');
    await this.resendInvitation(caller, latest.cohortId, userId);
  }

  async unenroll(id: string, userId: string): Promise<void> {
    if (!(await this.cohorts.removeMember(id, userId))) throw AppError.notFound('Member');
    this.publisher.disconnectUser(userId); // out of the cohort's rooms at once
  }

  /** Self-enrolment in an open cohort for the learner's own country. */
  async join(caller: AuthUser, id: string): Promise<CohortView> {
    const cohort = await this.cohorts.findById(id);
    if (!cohort || cohort.enrollmentMode !== 'open' || cohort.status === 'closed') throw AppError.notFound('Cohort');
    const [user] = await this.users.findByIds([caller.id]);
    if (!user || !cohort.countries.includes(user.country))
      throw new AppError('FORBIDDEN', 'This cohort is for participants from other countries');
    if (!(await this.cohorts.membership(id, caller.id))) {
      await this.assertRoom(cohort);
      await this.cohorts.addMember({ cohortId: id, courseId: cohort.courseId, userId: caller.id, role: 'learner' });
    }
    return this.get(caller, id);
  }

  /** Lesson progress of each learner of the cohort, for its moderators. */
  async progress(caller: AuthUser, id: string): Promise<MemberProgress[]> {
    const { cohort } = await this.access.moderated(caller, id);
    const learners = (await this.cohorts.members(cohort.id)).filter((m) => m.role === 'learner');
    const users = new Map((await this.users.findByIds(learners.map((m) => m.userId))).map((u) => [u.id, u]));
    const progress = await this.catalog.progressFor(
      cohort.courseId,
      learners.map((m) => m.userId),
    );
    return learners.map((m, i) => ({
      userId: m.userId,
      displayName: users.get(m.userId)?.displayName ?? '',
      country: users.get(m.userId)?.country ?? '',
      completedLessons: progress[i].completedLessonIds.length,
      lessonCount: progress[i].lessonCount,
      percent: progress[i].percent,
    }));
  }

  async assertCourse(caller: AuthUser, courseId: string): Promise<void> {
    await this.catalog.getById(caller, courseId).catch(() => {
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [{ path: 'courseId', message: 'is not a known course' }]);
    });
  }

  private async assertRoom(cohort: CohortRecord): Promise<void> {
    if (!cohort.capacity) return;
    const count = (await this.cohorts.countMembers([cohort.id])).get(cohort.id) ?? 0;
    if (count >= cohort.capacity) throw new AppError('CONFLICT', 'The cohort is full');
  }

  private async views(records: CohortRecord[], roles: Map<string, 'learner' | 'moderator'>): Promise<CohortView[]> {
    if (records.length === 0) return [];
    const counts = await this.cohorts.countMembers(records.map((c) => c.id));
    const courses = new Map((await this.catalog.coursesByIds([...new Set(records.map((c) => c.courseId))])).map((c) => [c.id, c]));
    return records.map((c) => toCohortView(c, counts.get(c.id) ?? 0, roles.get(c.id), courses.get(c.courseId)));
  }
}

export function toNewCohort(input: CohortInput): NewCohort {
  return { ...input, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt) };
}
