import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Role, UserSort } from '@trainaction/contracts';
import { BatchedReads, CacheBus, findManyByField, findManyById, type TtlCache } from '@trainaction/platform';
import { Model, Types } from 'mongoose';
import { USER_SORT_FIELDS } from './user-search';
import { USER_MODEL, type UserDoc } from './user.schema';

export type UserRecord = Omit<UserDoc, '_id'> & { id: string };
/** What a message shows of its author. */
export type AuthorProfile = Pick<UserRecord, 'id' | 'displayName' | 'country'>;
export type NewUser = Omit<UserDoc, '_id' | 'emailLower' | 'createdAt' | 'updatedAt'>;
export type ProfileChanges = Partial<
  Pick<UserDoc, 'displayName' | 'country' | 'gender' | 'genderText' | 'sector' | 'organization' | 'locale' | 'timeZone'>
>;

function toRecord({ _id, ...rest }: UserDoc): UserRecord {
  return { ...rest, id: _id.toHexString() };
}

@Injectable()
export class UsersRepository {
  /** Display names and countries are read on every message: cached (just those), cleared by writes. */
  private readonly profileCache: TtlCache<AuthorProfile | null>;
  /** Whether an account's address is unverified, read before every publishing write: cached, cleared by confirmAddress. */
  private readonly unverifiedCache: TtlCache<boolean>;
  /** Accounts read at the same time (a burst of people after a restart) in one query. */
  private readonly byId: BatchedReads<UserDoc>;

  constructor(
    @InjectModel(USER_MODEL) private readonly users: Model<UserDoc>,
    caches: CacheBus,
  ) {
    this.profileCache = caches.cache('profiles');
    this.unverifiedCache = caches.cache('email-unverified');
    this.byId = new BatchedReads(
      (ids) => findManyById(users, ids),
      (doc) => doc._id.toHexString(),
    );
  }

  /** Throws a duplicate-key error (E11000) when the e-mail exists in any letter case. */
  async create(user: NewUser): Promise<UserRecord> {
    const doc = await this.users.create({ ...user, emailLower: user.email.toLowerCase() });
    return toRecord(doc.toObject());
  }

  /** Inserts many at once, skipping e-mails that already exist; for seeding and imports. */
  async createMany(users: NewUser[]): Promise<number> {
    if (users.length === 0) return 0;
    const docs = users.map((u) => ({ ...u, emailLower: u.email.toLowerCase() }));
    try {
      const inserted = await this.users.insertMany(docs, { ordered: false });
      return inserted.length;
    } catch (error) {
      const result = error as { insertedDocs?: unknown[]; code?: number; writeErrors?: { code: number }[] };
      const onlyDuplicates = (result.writeErrors ?? [{ code: result.code ?? 0 }]).every((e) => e.code === 11000);
      if (!onlyDuplicates) throw error;
      return result.insertedDocs?.length ?? 0;
    }
  }

  async findById(id: string): Promise<UserRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await this.byId.read(new Types.ObjectId(id).toHexString());
    return doc ? toRecord(doc) : null;
  }

  /** Name and country only, through the cache: what every message needs of its author. */
  async findProfile(id: string): Promise<AuthorProfile | null> {
    return this.profileCache.get(id, async () => {
      const user = await this.findById(id);
      return user && { id: user.id, displayName: user.displayName, country: user.country };
    });
  }

  async findByIds(ids: string[]): Promise<UserRecord[]> {
    return (await findManyById(this.users, ids)).map(toRecord);
  }

  async findByEmails(emails: string[]): Promise<UserRecord[]> {
    return (
      await findManyByField(
        this.users,
        'emailLower',
        emails.map((e) => e.toLowerCase()),
      )
    ).map(toRecord);
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const doc = await this.users.findOne({ emailLower: email.toLowerCase() }).lean<UserDoc>().exec();
    return doc ? toRecord(doc) : null;
  }

  /** One page of the user list: after `afterId` in creation order (cursor), or `skip` into `sort` (numbered pages). */
  async list(
    filter: Record<string, unknown>,
    page: { afterId?: string; skip?: number; limit: number; sort?: UserSort },
  ): Promise<UserRecord[]> {
    const where = page.afterId ? { $and: [filter, { _id: { $gt: new Types.ObjectId(page.afterId) } }] } : filter;
    const docs = await this.users
      .find(where)
      .sort(USER_SORT_FIELDS[page.sort ?? 'created'])
      .skip(page.skip ?? 0)
      .limit(page.limit)
      .lean<UserDoc[]>()
      .exec();
    return docs.map(toRecord);
  }

  /**
   * Every matching id in `sort` order, reading only ids and names: a text search is answered by reading the
   * collection (the engine does not push regexes down), so one read gives both the total and the page.
   */
  async matchingIds(filter: Record<string, unknown>, sort: UserSort = 'created'): Promise<string[]> {
    const docs = await this.users
      .find(filter, { _id: 1, displayName: 1 })
      .sort(USER_SORT_FIELDS[sort])
      .lean<Pick<UserDoc, '_id'>[]>()
      .exec();
    return docs.map((d) => d._id.toHexString());
  }

  /** Accounts whose invitation is not accepted yet (not disabled), from the `invitationPendingSince` index. */
  async pendingInvitationIds(): Promise<string[]> {
    const docs = await this.users
      .find({ invitationPendingSince: { $exists: true }, disabledAt: { $exists: false } }, { _id: 1 })
      .lean<Pick<UserDoc, '_id'>[]>()
      .exec();
    return docs.map((d) => d._id.toHexString());
  }

  async count(filter: Record<string, unknown>): Promise<number> {
    return this.users.countDocuments(filter).exec();
  }

  async updateProfile(id: string, changes: ProfileChanges, unset: (keyof ProfileChanges)[]): Promise<UserRecord | null> {
    const update: Record<string, unknown> = { $set: changes };
    if (unset.length) update.$unset = Object.fromEntries(unset.map((k) => [k, 1]));
    await this.profileCache.write(id, () => this.users.updateOne({ _id: id }, update).exec());
    return this.findById(id);
  }

  /** Every zone someone chose for their times (the digest scheduler looks at these besides the cohorts'). */
  async chosenTimeZones(): Promise<string[]> {
    const zones: string[] = await this.users.distinct('timeZone', { timeZone: { $exists: true } }).exec();
    return zones;
  }

  async setDisabled(id: string, disabled: boolean): Promise<UserRecord | null> {
    await this.profileCache.write(id, () =>
      this.users.updateOne({ _id: id }, disabled ? { $set: { disabledAt: new Date() } } : { $unset: { disabledAt: 1 } }).exec(),
    );
    return this.findById(id);
  }

  /** Replaces personal data with placeholders; the account can never sign in again. */
  async anonymize(id: string, passwordHash: string): Promise<void> {
    const email = `erased-${id}@erased.invalid`;
    await this.profileCache.write(id, () =>
      this.users
        .updateOne(
          { _id: id },
          {
            $set: {
              email,
              emailLower: email,
              displayName: 'Antiguo participante',
              gender: 'undisclosed',
              passwordHash,
              erasedAt: new Date(),
              disabledAt: new Date(),
            },
            $unset: { organization: 1, genderText: 1 },
          },
        )
        .exec(),
    );
  }

  /** True while a self-registered account has not used its verification link (see `emailUnverifiedSince`). */
  async isEmailUnverified(id: string): Promise<boolean> {
    return this.unverifiedCache.get(id, async () => Boolean((await this.findById(id))?.emailUnverifiedSince));
  }

  /** The holder proved the address is theirs (verification link, invitation or reset link): verified, not pending. */
  async confirmAddress(id: string): Promise<void> {
    await this.unverifiedCache.write(id, () =>
      this.users.updateOne({ _id: id }, { $unset: { emailUnverifiedSince: 1, invitationPendingSince: 1 } }).exec(),
    );
  }

  /** After a password reset (the sessions are ended by the caller). */
  async setPassword(id: string, passwordHash: string): Promise<void> {
    await this.users.updateOne({ _id: id }, { $set: { passwordHash } }).exec();
  }

  async setRole(id: string, role: Role): Promise<UserRecord | null> {
    await this.profileCache.write(id, () => this.users.updateOne({ _id: id }, { $set: { role } }).exec());
    return this.findById(id);
  }
}
