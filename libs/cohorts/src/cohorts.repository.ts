import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { ImportJobView, MemberRole } from '@trainaction/contracts';
import { BatchedReads, CACHE_TTL_MS, CacheBus, findManyByField, findManyById, TtlCache } from '@trainaction/platform';
import { Model, Types } from 'mongoose';
import { COHORT_MODEL, IMPORT_JOB_MODEL, MEMBERSHIP_MODEL, type CohortDoc, type ImportJobDoc, type MembershipDoc } from './cohort.schema';

export type CohortRecord = Omit<CohortDoc, '_id'> & { id: string };
export type NewCohort = Omit<CohortDoc, '_id' | 'createdAt' | 'updatedAt'>;
export type MembershipRecord = Omit<MembershipDoc, '_id'>;

export function membershipId(cohortId: string, userId: string): string {
  return `${cohortId}:${userId}`;
}

function toCohort({ _id, ...rest }: CohortDoc): CohortRecord {
  return { ...rest, id: _id.toHexString() };
}

function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number })?.code === 11000;
}

export interface CohortQuery {
  ids?: string[];
  courseId?: string;
  country?: string;
  openForEnrolment?: boolean;
}

@Injectable()
export class CohortsRepository {
  /** Cohorts and memberships are read on every message; changes made here invalidate on every node. */
  private readonly cohortCache: TtlCache<CohortRecord | null>;
  private readonly membershipCache: TtlCache<MembershipRecord | null>;
  /** Members by cohort, dropped with any membership of the cohort (its cache key is `cohortId:userId`). */
  private readonly memberCounts = new TtlCache<number>(CACHE_TTL_MS, 5_000);
  /** A person's memberships (asked by every search and course-forum request), dropped with any of them. */
  private readonly userMemberships = new TtlCache<MembershipRecord[]>(CACHE_TTL_MS, 20_000);
  /** Cohorts and memberships missing from the caches at the same time (a burst after a restart): one query each. */
  private readonly cohortReads: BatchedReads<CohortDoc>;
  private readonly membershipReads: BatchedReads<MembershipDoc>;

  constructor(
    @InjectModel(COHORT_MODEL) private readonly cohorts: Model<CohortDoc>,
    @InjectModel(MEMBERSHIP_MODEL) private readonly memberships: Model<MembershipDoc>,
    @InjectModel(IMPORT_JOB_MODEL) private readonly imports: Model<ImportJobDoc>,
    caches: CacheBus,
  ) {
    this.cohortCache = caches.cache('cohorts');
    this.membershipCache = caches.cache('memberships');
    caches.watch('memberships', (key) => {
      this.memberCounts.drop(key === null ? null : key.slice(0, key.indexOf(':')));
      this.userMemberships.drop(key === null ? null : key.slice(key.indexOf(':') + 1));
    });
    this.cohortReads = new BatchedReads(
      (ids) => findManyById(cohorts, ids),
      (doc) => doc._id.toHexString(),
    );
    this.membershipReads = new BatchedReads(
      (ids) =>
        memberships
          .find({ _id: { $in: ids } })
          .lean<MembershipDoc[]>()
          .exec(),
      (doc) => doc._id,
    );
  }

  async create(cohort: NewCohort): Promise<CohortRecord> {
    const doc = await this.cohorts.create(cohort);
    return toCohort(doc.toObject());
  }

  async update(id: string, set: Partial<NewCohort>, unset: (keyof NewCohort)[] = []): Promise<CohortRecord | null> {
    const update: Record<string, unknown> = { $set: set };
    if (unset.length) update.$unset = Object.fromEntries(unset.map((k) => [k, 1]));
    await this.cohortCache.write(id, () => this.cohorts.updateOne({ _id: id }, update).exec());
    return this.findById(id);
  }

  async findById(id: string): Promise<CohortRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    return this.cohortCache.get(id, async () => {
      const doc = await this.cohortReads.read(new Types.ObjectId(id).toHexString());
      return doc ? toCohort(doc) : null;
    });
  }

  async list(query: CohortQuery): Promise<CohortRecord[]> {
    const filter: Record<string, unknown> = {};
    if (query.ids) {
      const wanted = (await findManyById(this.cohorts, query.ids)).map(toCohort);
      return wanted
        .filter((c) => (!query.courseId || c.courseId === query.courseId) && (!query.country || c.countries.includes(query.country)))
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
    }
    if (query.courseId) filter.courseId = query.courseId;
    if (query.country) filter.countries = query.country;
    if (query.openForEnrolment) Object.assign(filter, { enrollmentMode: 'open', status: { $in: ['planned', 'open', 'running'] } });
    const docs = await this.cohorts.find(filter).sort({ startsAt: 1, _id: 1 }).lean<CohortDoc[]>().exec();
    return docs.map(toCohort);
  }

  /** Cohorts running at `now` (startsAt ≤ now < endsAt), ending soonest first; read from the `endsAt` index. */
  async running(now: Date): Promise<CohortRecord[]> {
    const docs = await this.cohorts
      .find({ endsAt: { $gt: now } })
      .sort({ endsAt: 1, _id: 1 })
      .lean<CohortDoc[]>()
      .exec();
    return docs.map(toCohort).filter((c) => c.startsAt <= now);
  }

  /** The time zones cohorts are in, each once. */
  async timeZones(): Promise<string[]> {
    const docs = await this.cohorts.find({}, { timezone: 1, _id: 0 }).lean<Pick<CohortDoc, 'timezone'>[]>().exec();
    return [...new Set(docs.map((d) => d.timezone))];
  }

  /** Returns false when the person is already a member (the unique index decides). */
  async addMember(member: Omit<MembershipRecord, 'createdAt'>): Promise<boolean> {
    try {
      await this.membershipCache.write(membershipId(member.cohortId, member.userId), () =>
        this.memberships.create({ _id: membershipId(member.cohortId, member.userId), ...member }),
      );
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  /** Bulk enrolment (seeding, builders); existing memberships are skipped. Returns how many were added. */
  async addMembers(members: Omit<MembershipRecord, 'createdAt'>[]): Promise<number> {
    if (members.length === 0) return 0;
    try {
      const docs = members.map((m) => ({ _id: membershipId(m.cohortId, m.userId), ...m }));
      return (await this.membershipCache.write(null, () => this.memberships.insertMany(docs, { ordered: false }))).length;
    } catch (error) {
      const result = error as { insertedDocs?: unknown[]; writeErrors?: { code: number }[] };
      if (!(result.writeErrors ?? []).every((e) => e.code === 11000) || !result.writeErrors) throw error;
      return result.insertedDocs?.length ?? 0;
    }
  }

  async setMemberRole(cohortId: string, userId: string, role: MemberRole): Promise<void> {
    await this.membershipCache.write(membershipId(cohortId, userId), () =>
      this.memberships.updateOne({ cohortId, userId }, { $set: { role } }).exec(),
    );
  }

  async sanctioned(cohortId: string, now: Date): Promise<MembershipRecord[]> {
    return this.memberships
      .find({ cohortId, $or: [{ mutedUntil: { $gt: now } }, { bannedUntil: { $gt: now } }] }, { _id: 0 })
      .lean<MembershipRecord[]>()
      .exec();
  }

  async setSanction(cohortId: string, userId: string, kind: 'mute' | 'ban', until: Date | null, reason?: string): Promise<boolean> {
    const [field, reasonField] = kind === 'mute' ? ['mutedUntil', 'muteReason'] : ['bannedUntil', 'banReason'];
    const update = until ? { $set: { [field]: until, [reasonField]: reason ?? '' } } : { $unset: { [field]: 1, [reasonField]: 1 } };
    return (
      (
        await this.membershipCache.write(membershipId(cohortId, userId), () =>
          this.memberships.updateOne({ cohortId, userId }, update).exec(),
        )
      ).matchedCount > 0
    );
  }

  async removeMember(cohortId: string, userId: string): Promise<boolean> {
    return (
      (await this.membershipCache.write(membershipId(cohortId, userId), () => this.memberships.deleteOne({ cohortId, userId }).exec()))
        .deletedCount > 0
    );
  }

  async membership(cohortId: string, userId: string): Promise<MembershipRecord | null> {
    const id = membershipId(cohortId, userId);
    return this.membershipCache.get(id, async () => {
      const doc = await this.membershipReads.read(id);
      if (!doc) return null;
      const { _id, ...membership } = doc;
      return membership;
    });
  }

  async membershipsOfUser(userId: string): Promise<MembershipRecord[]> {
    const kept = await this.userMemberships.get(userId, () =>
      this.memberships.find({ userId }, { _id: 0 }).lean<MembershipRecord[]>().exec(),
    );
    return [...kept];
  }

  /** Every membership of these people, in one query. */
  async membershipsOfUsers(userIds: string[]): Promise<MembershipRecord[]> {
    const docs = await findManyByField(this.memberships, 'userId', userIds);
    return docs.map(({ _id: _key, ...rest }) => rest);
  }

  /** Memberships of these people in any cohort of a course. */
  async membershipsInCourse(courseId: string, userIds: string[]): Promise<MembershipRecord[]> {
    return this.memberships
      .find({ courseId, userId: { $in: userIds } }, { _id: 0 })
      .lean<MembershipRecord[]>()
      .exec();
  }

  async members(cohortId: string): Promise<MembershipRecord[]> {
    return this.memberships.find({ cohortId }, { _id: 0 }).sort({ createdAt: 1 }).lean<MembershipRecord[]>().exec();
  }

  async membersOfCourse(courseId: string, role: MemberRole): Promise<MembershipRecord[]> {
    return this.memberships.find({ courseId, role }, { _id: 0 }).lean<MembershipRecord[]>().exec();
  }

  /** Learner memberships, optionally of one course or cohort (reports). */
  async learnerMemberships(filter: { courseId?: string; cohortId?: string }): Promise<MembershipRecord[]> {
    const query: Record<string, unknown> = { role: 'learner' };
    if (filter.courseId) query.courseId = filter.courseId;
    if (filter.cohortId) query.cohortId = filter.cohortId;
    return this.memberships.find(query, { _id: 0 }).lean<MembershipRecord[]>().exec();
  }

  /**
   * One count per cohort, answered from the `cohortId` index without reading a membership (docs/database.md),
   * and kept until a membership of the cohort changes: a list of every cohort would otherwise count each of them.
   */
  async countMembers(cohortIds: string[]): Promise<Map<string, number>> {
    const unique = [...new Set(cohortIds)];
    const counts = await Promise.all(
      unique.map((cohortId) => this.memberCounts.get(cohortId, () => this.memberships.countDocuments({ cohortId }).exec())),
    );
    return new Map(unique.flatMap((id, i) => (counts[i] > 0 ? [[id, counts[i]] as const] : [])));
  }

  /** Stores the import's record under the id its job was enqueued with; a record stored already is kept. */
  async createImport(id: string, job: Omit<ImportJobDoc, '_id' | 'createdAt'>): Promise<void> {
    try {
      await this.imports.create({ _id: new Types.ObjectId(id), ...job });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  async updateImport(id: string, set: Partial<Omit<ImportJobDoc, '_id' | 'createdAt'>>): Promise<void> {
    await this.imports.updateOne({ _id: id }, { $set: set }).exec();
  }

  /** The import is done: its rows' reports become its view, and the running copy goes. */
  async finishImport(id: string, set: Partial<Omit<ImportJobView, 'id'>>): Promise<void> {
    await this.imports.updateOne({ _id: id }, { $set: { ...set, status: 'done' }, $unset: { reported: 1 } }).exec();
  }

  /** What a running import stored so far, with the reports of the rows it did (`reported`), to resume it. */
  async importProgress(id: string): Promise<Omit<ImportJobDoc, '_id' | 'createdAt'> | null> {
    return this.imports.findById(id, { _id: 0, createdAt: 0 }).lean<Omit<ImportJobDoc, '_id' | 'createdAt'>>().exec();
  }

  /** Roster imports still running (the import queue's depth), counted in code from their ids. */
  async countRunningImports(): Promise<number> {
    return (await this.imports.find({ status: 'running' }, { _id: 1 }).lean().exec()).length;
  }

  async findImport(id: string): Promise<(ImportJobView & { createdBy: string }) | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    // Without the running copy of the reports: a page polling a large import's progress gets counts only.
    const doc = await this.imports.findById(id, { reported: 0 }).lean<ImportJobDoc>().exec();
    if (!doc) return null;
    const { _id, createdAt: _createdAt, ...rest } = doc;
    return { ...rest, id: _id.toHexString() };
  }
}
