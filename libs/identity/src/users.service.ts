import { Injectable, Logger } from '@nestjs/common';
import type { ListUsersQuery, Role, UpdateProfileInput, UserListPage, UserView } from '@trainaction/contracts';
import { AppError, decodeCursor, encodeCursor, SubjectRevocations, type AuthUser } from '@trainaction/platform';
import { AuditLog } from '@trainaction/audit';
import { AuthService } from './auth.service';
import { PasswordResetService } from './password-reset.service';
import { seesPersonalData, toUserView } from './user-view';
import { userListFilter } from './user-search';
import { UsersRepository, type ProfileChanges, type UserRecord } from './users.repository';

/** Roles a coordinator may hand out or take away; admins manage every role. */
const COORDINATOR_MANAGED: readonly Role[] = ['learner', 'moderator'];

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditLog,
    private readonly revocations: SubjectRevocations,
    private readonly resets: PasswordResetService,
  ) {}

  async me(caller: AuthUser): Promise<UserView> {
    const user = await this.users.findById(caller.id);
    if (!user) throw new AppError('UNAUTHENTICATED', 'This account no longer exists');
    return toUserView(user, true);
  }

  async get(caller: AuthUser, id: string): Promise<UserView> {
    const user = await this.users.findById(id);
    if (!user) throw AppError.notFound('User');
    return toUserView(user, seesPersonalData(caller, user));
  }

  async updateProfile(caller: AuthUser, input: UpdateProfileInput): Promise<UserView> {
    const current = await this.users.findById(caller.id);
    if (!current) throw new AppError('UNAUTHENTICATED', 'This account no longer exists');
    const { timeZone, ...rest } = input;
    const changes: ProfileChanges = { ...rest, ...(timeZone ? { timeZone } : {}) };
    const gender = input.gender ?? current.gender;
    if (gender === 'self_described' && !(input.genderText ?? current.genderText)) {
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
        { path: 'genderText', message: 'is required when gender is self_described' },
      ]);
    }
    const unset: (keyof ProfileChanges)[] = gender !== 'self_described' && current.genderText ? ['genderText'] : [];
    if (timeZone === null && current.timeZone) unset.push('timeZone');
    const updated = await this.users.updateProfile(caller.id, changes, unset);
    return toUserView(updated!, true);
  }

  /**
   * The user list (coordinators and admins). `memberIds` narrows it to a cohort's members; the caller asks
   * the cohorts library for them. Numbered pages (`page`) come with the total; otherwise a cursor.
   */
  async list(caller: AuthUser, query: ListUsersQuery, memberIds?: string[]): Promise<UserListPage> {
    const filter = userListFilter(query, memberIds);
    const view = (u: UserRecord) => toUserView(u, seesPersonalData(caller, u));
    if (query.page && query.q) {
      const ids = await this.users.matchingIds(filter, query.sort);
      const pageIds = ids.slice((query.page - 1) * query.limit, query.page * query.limit);
      const byId = new Map((await this.users.findByIds(pageIds)).map((u) => [u.id, u]));
      const users = pageIds.flatMap((id) => byId.get(id) ?? []);
      return { items: users.map(view), nextCursor: null, total: ids.length, page: query.page };
    }
    if (query.page) {
      const skip = (query.page - 1) * query.limit;
      const [users, total] = await Promise.all([
        this.users.list(filter, { skip, limit: query.limit, sort: query.sort }),
        this.users.count(filter),
      ]);
      return { items: users.map(view), nextCursor: null, total, page: query.page };
    }
    const users = await this.users.list(filter, { afterId: decodeCursor(query.cursor), limit: query.limit + 1 });
    const last = users.length > query.limit ? users[query.limit - 1] : undefined;
    return { items: users.slice(0, query.limit).map(view), nextCursor: last ? encodeCursor(last.id) : null };
  }

  /** Staff send a person the password-reset mail (the same link as "¿Olvidó su contraseña?"). */
  async sendPasswordReset(caller: AuthUser, targetId: string, address: string): Promise<void> {
    const target = await this.users.findById(targetId);
    if (!target || target.erasedAt) throw AppError.notFound('User');
    if (target.disabledAt) throw new AppError('CONFLICT', 'This account is disabled');
    await this.resets.request(target.email, address);
    const actor = await this.users.findById(caller.id);
    await this.audit.record({
      actorId: caller.id,
      actorName: actor?.displayName ?? '',
      action: 'account.password_reset_sent',
      targetType: 'user',
      targetId,
    });
  }

  /** Admins disable an account: no sign-in, tokens refused on every node within 2 s, sockets closed at once. */
  async setDisabled(caller: AuthUser, targetId: string, disabled: boolean): Promise<UserView> {
    if (caller.id === targetId) throw new AppError('FORBIDDEN', 'You cannot disable your own account');
    const target = await this.users.findById(targetId);
    if (!target) throw AppError.notFound('User');
    const updated = (await this.users.setDisabled(targetId, disabled))!;
    if (disabled) {
      await this.revocations.revoke(targetId);
      await this.auth.endAllSessions(targetId, 'account_disabled');
    } else if (!target.erasedAt) {
      await this.revocations.restore(targetId);
    }
    const actor = await this.users.findById(caller.id);
    await this.audit.record({
      actorId: caller.id,
      actorName: actor?.displayName ?? '',
      action: disabled ? 'account.disable' : 'account.enable',
      targetType: 'user',
      targetId,
    });
    return toUserView(updated, true);
  }

  /** Nobody changes their own role; coordinators manage learners and moderators only. */
  async changeRole(caller: AuthUser, targetId: string, role: Role): Promise<UserView> {
    if (caller.id === targetId) throw new AppError('FORBIDDEN', 'You cannot change your own role');
    const target = await this.users.findById(targetId);
    if (!target) throw AppError.notFound('User');
    if (caller.role !== 'admin' && !(COORDINATOR_MANAGED.includes(target.role) && COORDINATOR_MANAGED.includes(role))) {
      throw new AppError('FORBIDDEN', 'Only an admin can grant or remove this role');
    }
    if (target.role === role) return toUserView(target, true);
    const updated = await this.users.setRole(targetId, role);
    // Tokens carry the role: their sign-ins end (and their access tokens are refused on every node within
    // 2 s) before anything else, so the old role stops working at once.
    await this.auth.endAllSessions(targetId, 'role_changed');
    const actor = await this.users.findById(caller.id);
    await this.audit.record({
      actorId: caller.id,
      actorName: actor?.displayName ?? '',
      action: 'role.change',
      targetType: 'user',
      targetId,
      details: { from: target.role, to: role },
    });
    this.logger.log({ actorId: caller.id, targetId, from: target.role, to: role }, 'role changed');
    return toUserView(updated!, true);
  }
}
