import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { ThreadSort } from '@trainaction/contracts';
import { BatchedReads, findManyById } from '@trainaction/platform';
import { Model, Types } from 'mongoose';
import { searchText } from './forum-common';
import {
  FOLLOW_MODEL,
  FORUM_EDIT_MODEL,
  POST_MODEL,
  THREAD_MODEL,
  type FollowDoc,
  type ForumEditDoc,
  type PostDoc,
  type ThreadDoc,
} from './forum.schema';

export type ThreadRecord = Omit<ThreadDoc, '_id'> & { id: string };
/** A thread as lists show it: without its search text (the title, the body and a session's pins again). */
export type ListedThread = Omit<ThreadRecord, 'searchText'>;
export type PostRecord = Omit<PostDoc, '_id'> & { id: string };

const toThread = ({ _id, ...rest }: ThreadDoc): ThreadRecord => ({ ...rest, id: _id.toHexString() });
const toPost = ({ _id, ...rest }: PostDoc): PostRecord => ({ ...rest, id: _id.toHexString() });

export interface SearchScope {
  cohortIds: string[];
  courseIds: string[];
  authorId?: string;
  from?: Date;
  to?: Date;
  limit: number;
}

/** The valid ones among these ids, as stored (lower-case hex). */
const objectIds = (ids: readonly string[]) =>
  ids.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id).toHexString());

@Injectable()
export class ForumRepository {
  /**
   * Threads and posts read by id in bulk (a search's candidates, a page's quoted posts), read together when
   * asked at about the same time (`BatchedReads`): people who search at once mostly ask for the same ones (50
   * learners' searches of their cohort and course forums: 1,664 candidate posts, 653 different), each read
   * once. One thread or post (`findThread`, `findPost`) is read on its own (docs/database.md, rule 7).
   */
  private readonly threadReads: BatchedReads<ThreadDoc>;
  private readonly postReads: BatchedReads<PostDoc>;
  /** Whether a person opened a thread with a post (`<authorId>/<threadId>`), asked by every search: likewise. */
  private readonly initialPosts: BatchedReads<Pick<PostDoc, 'threadId' | 'authorId'>>;

  constructor(
    @InjectModel(THREAD_MODEL) private readonly threads: Model<ThreadDoc>,
    @InjectModel(POST_MODEL) private readonly posts: Model<PostDoc>,
    @InjectModel(FORUM_EDIT_MODEL) private readonly edits: Model<ForumEditDoc>,
    @InjectModel(FOLLOW_MODEL) private readonly follows: Model<FollowDoc>,
  ) {
    this.threadReads = new BatchedReads(
      (ids) => findManyById<ThreadDoc>(threads, ids),
      (doc) => doc._id.toHexString(),
    );
    this.postReads = new BatchedReads(
      (ids) => findManyById<PostDoc>(posts, ids),
      (doc) => doc._id.toHexString(),
    );
    this.initialPosts = new BatchedReads(
      (pairs) => {
        const [authors, threadIds] = [0, 1].map((side) => [...new Set(pairs.map((pair) => pair.split('/')[side]))]);
        const filter = { threadId: { $in: threadIds }, authorId: { $in: authors }, deletedAt: { $exists: false }, depth: 1 };
        return posts.find(filter, { _id: 0, threadId: 1, authorId: 1 }).lean<Pick<PostDoc, 'threadId' | 'authorId'>[]>().exec();
      },
      (doc) => `${doc.authorId}/${doc.threadId}`,
    );
  }

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

  /** The threads opened for a forum activity in a cohort's forum or its course's shared forum, oldest first. */
  async activityThreads(activityId: string, forum: { cohortId: string; courseId: string }): Promise<ThreadRecord[]> {
    const docs = await this.threads
      .find({ activityId, deletedAt: { $exists: false } })
      .sort({ _id: 1 })
      .limit(50)
      .lean<ThreadDoc[]>()
      .exec();
    return docs.map(toThread).filter((t) => (t.scope === 'cohort' ? t.cohortId === forum.cohortId : t.courseId === forum.courseId));
  }

  async findThreadBySource(sourceKey: string): Promise<ThreadRecord | null> {
    const doc = await this.threads.findOne({ sourceKey }).lean<ThreadDoc>().exec();
    return doc ? toThread(doc) : null;
  }

  /**
   * A page of a forum's threads: by last activity (cursor `<ms>.<id>`), without replies, or newest first
   * (cursor: an id). Each order has its index (`ThreadSchema`).
   */
  async listThreads(filter: {
    scope: 'cohort' | 'course';
    cohortId?: string;
    courseId: string;
    sort: ThreadSort;
    cursor?: string;
    limit: number;
  }): Promise<ListedThread[]> {
    // A cohort's threads are found by the cohort alone: only cohort threads carry one, and it has one course
    // (with the course or the scope in the filter too, SQLite may walk another index or test each thread's JSON).
    const query: Record<string, unknown> =
      filter.scope === 'cohort'
        ? { cohortId: filter.cohortId, deletedAt: { $exists: false } }
        : { courseId: filter.courseId, scope: 'course', deletedAt: { $exists: false } };
    if (filter.sort === 'unanswered') query.replyCount = 0;
    const [at, id] = filter.cursor?.includes('.') ? filter.cursor.split('.') : [undefined, filter.cursor];
    if (filter.sort === 'activity' && at && id) {
      const last = new Date(Number(at));
      query.$or = [{ lastActivityAt: { $lt: last } }, { lastActivityAt: last, _id: { $lt: new Types.ObjectId(id) } }];
    } else if (id) query._id = { $lt: new Types.ObjectId(id) };
    const order: Record<string, 1 | -1> = filter.sort === 'activity' ? { lastActivityAt: -1, _id: -1 } : { _id: -1 };
    const docs = await this.threads.find(query, { searchText: 0 }).sort(order).limit(filter.limit).lean<ThreadDoc[]>().exec();
    return docs.map(toThread);
  }

  /** The cursor after this thread in a list ordered by `sort`. */
  static cursorAfter(thread: ListedThread, sort: ThreadSort): string {
    return sort === 'activity' ? `${thread.lastActivityAt.getTime()}.${thread.id}` : thread.id;
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

  /** The threads opened last (deleted ones aside), newest first. */
  async newestThreads(limit: number): Promise<ThreadRecord[]> {
    const docs = await this.threads
      .find({ deletedAt: { $exists: false } })
      .sort({ _id: -1 })
      .limit(limit)
      .lean<ThreadDoc[]>()
      .exec();
    return docs.map(toThread);
  }

  async findThreads(ids: string[]): Promise<ThreadRecord[]> {
    return (await this.threadReads.many(objectIds(ids))).map(toThread);
  }

  async findPosts(ids: string[]): Promise<PostRecord[]> {
    return (await this.postReads.many(objectIds(ids))).map(toPost);
  }

  /** A page of a thread's posts in order (all, or one author's), after `cursor`; `limit + 1` read to know if more follow. */
  async postsPage(
    threadId: string,
    options: { authorId?: string; after?: string; limit: number },
  ): Promise<{ items: PostRecord[]; nextCursor: string | null }> {
    const query: Record<string, unknown> = { threadId };
    if (options.authorId) query.authorId = options.authorId;
    if (options.after) query._id = { $gt: new Types.ObjectId(options.after) };
    const docs = await this.posts
      .find(query)
      .sort({ _id: 1 })
      .limit(options.limit + 1)
      .lean<PostDoc[]>()
      .exec();
    const items = docs.slice(0, options.limit).map(toPost);
    return { items, nextCursor: docs.length > options.limit ? items[items.length - 1].id : null };
  }

  /** One person's posts in a thread that are not deleted (completion, the post-first rule). */
  async ownPosts(threadId: string, authorId: string): Promise<PostRecord[]> {
    const docs = await this.posts
      .find({ threadId, authorId, deletedAt: { $exists: false } })
      .lean<PostDoc[]>()
      .exec();
    return docs.map(toPost);
  }

  /** The threads among these where the person has a first-level post that is not deleted (the post-first rule). */
  async threadsWithInitialPost(authorId: string, threadIds: string[]): Promise<Set<string>> {
    const found = await this.initialPosts.many(threadIds.map((threadId) => `${authorId}/${threadId}`));
    return new Set(found.map((d) => d.threadId));
  }

  /** How many live posts this author has in each of these threads (none: absent), in one query. */
  async livePostsByAuthor(authorId: string, threadIds: string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (!threadIds.length) return counts;
    const docs = await this.posts
      .find({ threadId: { $in: threadIds }, authorId, deletedAt: { $exists: false } }, { threadId: 1, _id: 0 })
      .lean<Pick<PostDoc, 'threadId'>[]>()
      .exec();
    for (const { threadId } of docs) counts.set(threadId, (counts.get(threadId) ?? 0) + 1);
    return counts;
  }

  /** Every thread or post with what the search index needs (its backfill): one query, read as a stream. */
  async *searchable(kind: 'thread' | 'post') {
    type Searchable = Pick<ThreadDoc, '_id' | 'scope' | 'cohortId' | 'courseId' | 'deletedAt'> & { searchText?: string; body?: string };
    const model = (kind === 'thread' ? this.threads : this.posts) as unknown as Model<Searchable>;
    const fields = { scope: 1, cohortId: 1, courseId: 1, deletedAt: 1, ...(kind === 'thread' ? { searchText: 1 } : { body: 1 }) };
    for await (const { _id, searchText: text, body, ...rest } of model.find({}, fields).lean<Searchable>().cursor({ batchSize: 1000 }))
      yield { ...rest, id: _id.toHexString(), text: text ?? searchText(body) };
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

  /** Posts not deleted in a thread (by one author; created after a time): counts the engine answers from the index. */
  async countLivePosts(threadId: string, options: { authorId?: string; after?: Date } = {}): Promise<number> {
    const query: Record<string, unknown> = { threadId, deletedAt: { $exists: false } };
    if (options.authorId) query.authorId = options.authorId;
    if (options.after) query.createdAt = { $gt: options.after };
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

  /** Which of these threads the person follows: one query on the `{ threadId, userId }` index. */
  async followedAmong(userId: string, threadIds: string[]): Promise<Set<string>> {
    if (!threadIds.length) return new Set();
    const docs = await this.follows
      .find({ threadId: { $in: threadIds }, userId })
      .lean<FollowDoc[]>()
      .exec();
    return new Set(docs.map((f) => f.threadId));
  }

  /** Search by author and dates only (no words: the word index answers those, `ForumSearch`). */
  async search(scope: SearchScope): Promise<{ threads: ThreadRecord[]; posts: PostRecord[] }> {
    const visible = {
      $or: [
        { scope: 'cohort', cohortId: { $in: scope.cohortIds } },
        { scope: 'course', courseId: { $in: scope.courseIds } },
      ],
    };
    const query: Record<string, unknown> = { ...visible, deletedAt: { $exists: false } };
    if (scope.authorId) query.authorId = scope.authorId;
    if (scope.from || scope.to) query.createdAt = { ...(scope.from ? { $gte: scope.from } : {}), ...(scope.to ? { $lt: scope.to } : {}) };
    const [threads, posts] = await Promise.all([
      this.threads.find(query).sort({ _id: -1 }).limit(scope.limit).lean<ThreadDoc[]>().exec(),
      this.posts.find(query).sort({ _id: -1 }).limit(scope.limit).lean<PostDoc[]>().exec(),
    ]);
    return { threads: threads.map(toThread), posts: posts.map(toPost) };
  }
}
