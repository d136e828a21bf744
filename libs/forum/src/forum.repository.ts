import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { FOLLOW_MODEL, FORUM_EDIT_MODEL, POST_MODEL, THREAD_MODEL, THREAD_READ_MODEL, type FollowDoc, type ForumEditDoc, type PostDoc, type ThreadDoc, type ThreadReadDoc } from './forum.schema';

export type ThreadRecord = Omit<ThreadDoc, '_id'> & { id: string };
export type PostRecord = Omit<PostDoc, '_id'> & { id: string };

const toThread = ({ _id, ...rest }: ThreadDoc): ThreadRecord => ({ ...rest, id: _id.toHexString() });
const toPost = ({ _id, ...rest }: PostDoc): PostRecord => ({ ...rest, id: _id.toHexString() });

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface SearchScope {
  cohortIds: string[];
  courseIds: string[];
  words: string[];
  authorId?: string;
  from?: Date;
  to?: Date;
  limit: number;
}

@Injectable()
export class ForumRepository {
  constructor(
    @InjectModel(THREAD_MODEL) private readonly threads: Model<ThreadDoc>,
    @InjectModel(POST_MODEL) private readonly posts: Model<PostDoc>,
    @InjectModel(FORUM_EDIT_MODEL) private readonly edits: Model<ForumEditDoc>,
    @InjectModel(FOLLOW_MODEL) private readonly follows: Model<FollowDoc>,
    @InjectModel(THREAD_READ_MODEL) private readonly reads: Model<ThreadReadDoc>,
  ) {}

  /** Throws E11000 when the source key exists (a live session closed twice). */
  async createThread(thread: Omit<ThreadDoc, '_id'> & { id: string }): Promise<ThreadRecord> {
    const { id, ...rest } = thread;
    return toThread((await this.threads.create({ _id: new Types.ObjectId(id), ...rest })).toObject());
  }

  async findThread(id: string): Promise<ThreadRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await this.threads.findById(id).lean<ThreadDoc>().exec();
    return doc ? toThread(doc) : null;
  }

  async findThreadBySource(sourceKey: string): Promise<ThreadRecord | null> {
    const doc = await this.threads.findOne({ sourceKey }).lean<ThreadDoc>().exec();
    return doc ? toThread(doc) : null;
  }

  async listThreads(filter: { scope: 'cohort' | 'course'; cohortId?: string; courseId: string; before?: string; limit: number }): Promise<ThreadRecord[]> {
    const query: Record<string, unknown> = { scope: filter.scope, courseId: filter.courseId, deletedAt: { $exists: false } };
    if (filter.scope === 'cohort') query.cohortId = filter.cohortId;
    if (filter.before) query._id = { $lt: new Types.ObjectId(filter.before) };
    const docs = await this.threads.find(query).sort({ _id: -1 }).limit(filter.limit).lean<ThreadDoc[]>().exec();
    return docs.map(toThread);
  }

  async updateThread(id: string, set: Partial<ThreadDoc>, unset: (keyof ThreadDoc)[] = []): Promise<ThreadRecord | null> {
    const update: Record<string, unknown> = { $set: set };
    if (unset.length) update.$unset = Object.fromEntries(unset.map((k) => [k, 1]));
    await this.threads.updateOne({ _id: id }, update).exec();
    return this.findThread(id);
  }

  /** Throws E11000 when the author already sent this clientPostId. */
  async createPost(post: Omit<PostDoc, '_id'>): Promise<PostRecord> {
    return toPost((await this.posts.create(post)).toObject());
  }

  /** Bulk insert for seeding; posts already stored (same client key) are skipped. */
  async insertPosts(posts: (Omit<PostDoc, '_id'> & { id: string })[]): Promise<void> {
    const docs = posts.map(({ id, ...rest }) => ({ _id: new Types.ObjectId(id), ...rest }));
    for (let i = 0; i < docs.length; i += 500) {
      await this.posts.insertMany(docs.slice(i, i + 500), { ordered: false }).catch((error: { writeErrors?: { code: number }[] }) => {
        if (!error.writeErrors?.every((e) => e.code === 11000)) throw error;
      });
    }
  }

  /** Erasure: the person's threads and posts stay, under a placeholder name. */
  async renameAuthor(authorId: string, name: string): Promise<void> {
    await this.threads.updateMany({ authorId }, { $set: { authorName: name } }).exec();
    await this.posts.updateMany({ authorId }, { $set: { authorName: name } }).exec();
  }

  async findPost(id: string): Promise<PostRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await this.posts.findById(id).lean<PostDoc>().exec();
    return doc ? toPost(doc) : null;
  }

  async findPostByClientKey(clientKey: string): Promise<PostRecord | null> {
    const doc = await this.posts.findOne({ clientKey }).lean<PostDoc>().exec();
    return doc ? toPost(doc) : null;
  }

  async postsOf(threadId: string): Promise<PostRecord[]> {
    const docs = await this.posts.find({ threadId }).sort({ _id: 1 }).lean<PostDoc[]>().exec();
    return docs.map(toPost);
  }

  async updatePost(id: string, set: Partial<PostDoc>, unset: (keyof PostDoc)[] = []): Promise<PostRecord | null> {
    const update: Record<string, unknown> = { $set: set };
    if (unset.length) update.$unset = Object.fromEntries(unset.map((k) => [k, 1]));
    await this.posts.updateOne({ _id: id }, update).exec();
    return this.findPost(id);
  }

  async countPosts(threadId: string): Promise<number> {
    return this.posts.countDocuments({ threadId, deletedAt: { $exists: false } }).exec();
  }

  async countNewPosts(threadId: string, userId: string, since?: Date): Promise<number> {
    const query: Record<string, unknown> = { threadId, authorId: { $ne: userId }, deletedAt: { $exists: false } };
    if (since) query.createdAt = { $gt: since };
    return this.posts.countDocuments(query).exec();
  }

  async recordEdit(edit: ForumEditDoc): Promise<void> {
    await this.edits.create(edit);
  }

  async editsOf(targetId: string): Promise<ForumEditDoc[]> {
    return this.edits.find({ targetId }, { _id: 0 }).sort({ editedAt: 1 }).lean<ForumEditDoc[]>().exec();
  }

  async follow(threadId: string, userId: string, on: boolean): Promise<void> {
    if (!on) {
      await this.follows.deleteOne({ threadId, userId }).exec();
      return;
    }
    await this.follows.create({ threadId, userId }).catch((error: { code?: number }) => {
      if (error.code !== 11000) throw error;
    });
  }

  async followers(threadId: string): Promise<string[]> {
    return (await this.follows.find({ threadId }).lean<FollowDoc[]>().exec()).map((f) => f.userId);
  }

  async isFollowing(threadId: string, userId: string): Promise<boolean> {
    return (await this.follows.exists({ threadId, userId }).exec()) !== null;
  }

  async readAt(threadId: string, userId: string): Promise<Date | undefined> {
    return (await this.reads.findOne({ threadId, userId }).lean<ThreadReadDoc>().exec())?.readAt;
  }

  async markRead(threadId: string, userId: string): Promise<void> {
    await this.reads.updateOne({ threadId, userId }, { $set: { readAt: new Date() } }, { upsert: true }).exec().catch((error: { code?: number }) => {
      if (error.code !== 11000) throw error;
    });
  }

  /** Word search without `$text`: every word must appear in the lower-cased copy of title and body. */
  async search(scope: SearchScope): Promise<{ threads: ThreadRecord[]; posts: PostRecord[] }> {
    const visible = { $or: [{ scope: 'cohort', cohortId: { $in: scope.cohortIds } }, { scope: 'course', courseId: { $in: scope.courseIds } }] };
    const query: Record<string, unknown> = { ...visible, deletedAt: { $exists: false } };
    if (scope.words.length) query.$and = scope.words.map((w) => ({ searchText: { $regex: escapeRegex(w) } }));
    if (scope.authorId) query.authorId = scope.authorId;
    if (scope.from || scope.to) query.createdAt = { ...(scope.from ? { $gte: scope.from } : {}), ...(scope.to ? { $lt: scope.to } : {}) };
    const [threads, posts] = await Promise.all([
      this.threads.find(query).sort({ _id: -1 }).limit(scope.limit).lean<ThreadDoc[]>().exec(),
      this.posts.find(query).sort({ _id: -1 }).limit(scope.limit).lean<PostDoc[]>().exec(),
    ]);
    return { threads: threads.map(toThread), posts: posts.map(toPost) };
  }
}
