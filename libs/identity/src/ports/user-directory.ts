import { Injectable } from '@nestjs/common';
import { UsersRepository, type AuthorProfile, type UserRecord } from '../users.repository';

/** What other libs may read of an account: everything but the password hash. */
export type DirectoryUser = Omit<UserRecord, 'passwordHash'>;

/**
 * Identity's read port: how other libs look people up. Each call is the repository's own query (the same
 * indexed reads, the same profile cache), so going through the port costs nothing.
 */
@Injectable()
export class UserDirectory {
  constructor(private readonly users: UsersRepository) {}

  byId(id: string): Promise<DirectoryUser | null> {
    return this.users.findById(id);
  }

  /** One `_id: {$in}` read (batched by `findManyById`); unknown ids are left out. */
  byIds(ids: string[]): Promise<DirectoryUser[]> {
    return this.users.findByIds(ids);
  }

  /** Any letter case. */
  byEmail(email: string): Promise<DirectoryUser | null> {
    return this.users.findByEmail(email);
  }

  byEmails(emails: string[]): Promise<DirectoryUser[]> {
    return this.users.findByEmails(emails);
  }

  /** Name and country through the shared profile cache: what a message shows of its author. */
  profile(id: string): Promise<AuthorProfile | null> {
    return this.users.findProfile(id);
  }

  /** Every time zone someone chose on their profile. */
  chosenTimeZones(): Promise<string[]> {
    return this.users.chosenTimeZones();
  }

  /** Accounts whose invitation is not accepted yet (not disabled). */
  pendingInvitationIds(): Promise<string[]> {
    return this.users.pendingInvitationIds();
  }
}
