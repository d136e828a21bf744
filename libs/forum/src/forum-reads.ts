import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ForumRepository, type ListedThread, type PostRecord, type ThreadRecord } from './forum.repository';
import { THREAD_READ_MODEL, type ThreadReadDoc } from './forum.schema';

function ignoreDuplicate(error: { code?: number }): void {
  if (error.code !== 11000) throw error;
}

/**
 * Read marks and unread counts of forum threads. A thread list asks one query for the reader's marks of the
 * whole page; each mark carries what the count needs (`ThreadReadDoc`: unread = replyCount − seen − own),
 * kept by reading the thread, posting in it and deleting a post, so no post is read to count.
 */
@Injectable()
export class ForumReads {
  constructor(
    @InjectModel(THREAD_READ_MODEL) private readonly reads: Model<ThreadReadDoc>,
    private readonly repo: ForumRepository,
  ) {}

  /**
   * Unread posts (by others, not deleted) per thread for this reader: their marks in one query; for threads
   * they never opened (no mark, or one their own posts made), every reply but their own, counted in one query
   * and not stored (a first visit writes nothing); two counts for a mark read before the counters.
   */
  async unread(userId: string, threads: ListedThread[]): Promise<Map<string, number>> {
    if (!threads.length) return new Map();
    const marks = await this.reads
      .find({ threadId: { $in: threads.map((t) => t.id) }, userId })
      .lean<ThreadReadDoc[]>()
      .exec();
    const byThread = new Map(marks.map((m) => [m.threadId, m]));
    // No mark, or one made only by their own posts ($inc of `own`): they never opened the thread.
    const opened = (mark: ThreadReadDoc | undefined): mark is ThreadReadDoc => mark?.seen !== undefined || Boolean(mark?.readAt);
    const unopened = threads.filter((t) => !opened(byThread.get(t.id))).map((t) => t.id);
    const ownInUnopened = await this.repo.livePostsByAuthor(userId, unopened);
    const counts = new Map<string, number>();
    await Promise.all(
      threads.map(async (t) => {
        let mark = byThread.get(t.id);
        if (!opened(mark)) return counts.set(t.id, Math.max(0, t.replyCount - (ownInUnopened.get(t.id) ?? 0)));
        if (mark.seen === undefined && mark.readAt) mark = await this.complete(t, userId, mark.readAt);
        counts.set(t.id, Math.max(0, t.replyCount - (mark.seen ?? 0) - (mark.own ?? 0)));
      }),
    );
    return counts;
  }

  /** The reader's mark of one thread, if any (read before `markRead`, alongside the thread view's other reads). */
  async markOf(threadId: string, userId: string): Promise<ThreadReadDoc | null> {
    return this.reads.findOne({ threadId, userId }).lean<ThreadReadDoc>().exec();
  }

  /**
   * Reading a thread: everything counted so far is seen. Nothing is written when the mark (`current`, from
   * `markOf`) already says so: every post then is older than its `readAt`, which `postDeleted` relies on.
   */
  async markRead(thread: ThreadRecord, userId: string, current: ThreadReadDoc | null): Promise<void> {
    if (current?.readAt && current.seen === thread.replyCount && !current.own) return;
    await this.reads
      .updateOne({ threadId: thread.id, userId }, { $set: { readAt: new Date(), seen: thread.replyCount, own: 0 } }, { upsert: true })
      .exec()
      .catch(ignoreDuplicate);
  }

  /** The author's own new post is not unread for them. */
  async posted(threadId: string, userId: string): Promise<void> {
    await this.reads
      .updateOne({ threadId, userId }, { $inc: { own: 1 } }, { upsert: true })
      .exec()
      .catch(ignoreDuplicate);
  }

  /** A deleted post leaves the thread's count: whoever had it counted as seen (or as their own) counts one fewer. */
  async postDeleted(post: PostRecord): Promise<void> {
    const counted = { threadId: post.threadId, seen: { $exists: true } };
    await this.reads.updateMany({ ...counted, readAt: { $gte: post.createdAt } }, { $inc: { seen: -1 } }).exec();
    await this.reads
      .updateOne(
        { ...counted, userId: post.authorId, own: { $gt: 0 }, $or: [{ readAt: { $lt: post.createdAt } }, { readAt: { $exists: false } }] },
        { $inc: { own: -1 } },
      )
      .exec();
  }

  /** A mark written before the counters (a read time only): counted once from the index and stored. */
  private async complete(thread: ListedThread, userId: string, readAt: Date): Promise<ThreadReadDoc> {
    const [after, own] = await Promise.all([
      this.repo.countLivePosts(thread.id, { after: readAt }),
      this.repo.countLivePosts(thread.id, { authorId: userId, after: readAt }),
    ]);
    const mark = { threadId: thread.id, userId, seen: thread.replyCount - after, own };
    await this.reads
      .updateOne({ threadId: thread.id, userId }, { $set: { seen: mark.seen, own } }, { upsert: true })
      .exec()
      .catch(ignoreDuplicate);
    return mark;
  }
}
