import type { Role } from '@trainaction/contracts';
import type { AuthUser, SubjectRevocations } from '@trainaction/platform';
import type { AuditLog } from '@trainaction/audit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthService } from './auth.service';
import type { PasswordResetService } from './password-reset.service';
import type { UserRecord, UsersRepository } from './users.repository';
import { UsersService } from './users.service';

function aUser(id: string, role: Role): UserRecord {
  return {
    id,
    role,
    email: `${id}@example.org`,
    passwordHash: 'hash',
    displayName: id,
    country: 'HN',
    gender: 'woman',
    sector: 'academia',
    locale: 'es',
    createdAt: new Date(),
    updatedAt: new Date(),
  } as UserRecord;
}

const caller = (id: string, role: Role): AuthUser => ({ id, role, sessionId: 's' });

describe(UsersService.name, () => {
  let users: Record<string, UserRecord>;
  let repository: Pick<UsersRepository, 'findById' | 'setRole'>;
  let auth: Pick<AuthService, 'endAllSessions'>;
  let sut: UsersService;

  beforeEach(() => {
    users = { admin: aUser('admin', 'admin'), coord: aUser('coord', 'coordinator'), learner: aUser('learner', 'learner') };
    repository = {
      findById: vi.fn(async (id: string) => users[id] ?? null),
      setRole: vi.fn(async (id: string, role: Role) => ({ ...users[id], role })),
    };
    auth = { endAllSessions: vi.fn(async () => undefined) };
    sut = new UsersService(
      repository as UsersRepository,
      auth as AuthService,
      { record: vi.fn(async () => undefined) } as unknown as AuditLog,
      { revoke: vi.fn(), restore: vi.fn() } as unknown as SubjectRevocations,
      {} as PasswordResetService,
    );
  });

  it('refuses to change the caller’s own role', async () => {
    await expect(sut.changeRole(caller('admin', 'admin'), 'admin', 'learner')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(repository.setRole).not.toHaveBeenCalled();
  });

  it('lets a coordinator move people between learner and moderator only', async () => {
    await expect(sut.changeRole(caller('coord', 'coordinator'), 'learner', 'moderator')).resolves.toMatchObject({ role: 'moderator' });
    await expect(sut.changeRole(caller('coord', 'coordinator'), 'learner', 'coordinator')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(sut.changeRole(caller('coord', 'coordinator'), 'admin', 'learner')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets an admin grant any role and ends the target’s sign-ins', async () => {
    await expect(sut.changeRole(caller('admin', 'admin'), 'coord', 'admin')).resolves.toMatchObject({ role: 'admin' });
    expect(auth.endAllSessions).toHaveBeenCalledWith('coord', 'role_changed');
  });

  it('answers NOT_FOUND for an unknown user', async () => {
    await expect(sut.changeRole(caller('admin', 'admin'), 'ghost', 'learner')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
