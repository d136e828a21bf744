import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '../password-hasher';
import { UsersRepository, type NewUser } from '../users.repository';
import type { DirectoryUser } from './user-directory';

/**
 * Identity's write port for other libs: accounts created on someone's behalf (an enrolment or a roster
 * import, with an invitation to choose a password) and an account's erasure.
 */
@Injectable()
export class UserAccounts {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /** The hash of a random password nobody knows: what an invited account holds until its holder chooses one. */
  unguessablePasswordHash(): Promise<string> {
    return this.hasher.hash(randomBytes(24).toString('base64url'));
  }

  /** Throws a duplicate-key error (E11000) when the e-mail exists in any letter case. */
  create(user: NewUser): Promise<DirectoryUser> {
    return this.users.create(user);
  }

  /** Inserts many at once, skipping e-mails that already exist; the number inserted. */
  createMany(users: NewUser[]): Promise<number> {
    return this.users.createMany(users);
  }

  /** Replaces the person's data with placeholders and a random password: the account can never sign in again. */
  async anonymize(id: string): Promise<void> {
    await this.users.anonymize(id, await this.hasher.hash(randomBytes(32).toString('base64url')));
  }
}
