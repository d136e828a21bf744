import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ACTIVITY_COUNTER_MODEL, type ActivityCounterDoc, type ActivityKind } from './activity-counter.schema';

export interface ActivityEvent {
  userId: string;
  /** '' for course-level activity (lessons). */
  cohortId: string;
  courseId: string;
  kind: ActivityKind;
  at?: Date;
  /** -1 undoes (a lesson marked not done). */
  delta?: number;
}

export interface CounterRow {
  userId: string;
  cohortId: string;
  courseId: string;
  kind: ActivityKind;
  month: string;
  count: number;
}

function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function counterId(e: { userId: string; cohortId: string; courseId: string; kind: string }, day: string): string {
  return [e.userId, e.cohortId, e.courseId, e.kind, day].join('|');
}

const FLUSH_MS = 250;
/**
 * Counters written per background flush. On the embedded database every write holds SQLite's one write
 * lock (an update by `_id` about 1.5 ms), so unpaced counter writes for hundreds of different senders a
 * second would queue every message insert behind them (docs/performance.md).
 */
const BACKGROUND_BATCH = 5;

/**
 * Writes and reads participation counters. Increments are gathered in memory and written in the
 * background at a bounded pace, one write per counter however many actions it gathered, oldest first;
 * every read first writes everything pending, so a report asked right after an action already counts it.
 * A crash loses the pending counts (under heavy load, up to a few minutes of them), never the activity.
 */
@Injectable()
export class ActivityCounters implements OnModuleDestroy {
  private pending = new Map<string, ActivityCounterDoc>();
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();
  /** Set at shutdown: the last flush is final, failed counters are not retried. */
  private closing = false;
  /** Counters known to exist, updated without trying to create them first. */
  private readonly stored = new Set<string>();

  constructor(@InjectModel(ACTIVITY_COUNTER_MODEL) private readonly counters: Model<ActivityCounterDoc>) {}

  async record(event: ActivityEvent): Promise<void> {
    const day = dayOf(event.at ?? new Date());
    const id = counterId(event, day);
    const entry = this.pending.get(id) ?? { _id: id, userId: event.userId, cohortId: event.cohortId, courseId: event.courseId, kind: event.kind, day, month: day.slice(0, 7), count: 0 };
    entry.count += event.delta ?? 1;
    this.pending.set(id, entry);
    this.schedule();
  }

  private schedule(): void {
    if (this.closing) return;
    this.timer ??= setTimeout(() => void this.flush(BACKGROUND_BATCH).catch(() => undefined), FLUSH_MS);
    this.timer.unref();
  }

  /** Writes the oldest `limit` pending counters (all of them before each read and at shutdown). */
  async flush(limit = Infinity): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch: ActivityCounterDoc[] = [];
    for (const [id, entry] of this.pending) {
      if (batch.length >= limit) break;
      batch.push(entry);
      this.pending.delete(id);
    }
    if (this.pending.size) this.schedule();
    // A failed write must not fail every later flush: each batch starts after the previous one settles.
    this.flushing = this.flushing.catch(() => undefined).then(() => this.write(batch));
    await this.flushing;
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.flush().catch(() => undefined);
  }

  /** Writes each counter; ones that fail (the database is away) go back to pending and are retried. */
  private async write(batch: ActivityCounterDoc[]): Promise<void> {
    let failure: unknown;
    for (const entry of batch) {
      try {
        const added = this.stored.has(entry._id) && (await this.counters.updateOne({ _id: entry._id }, { $inc: { count: entry.count } }).exec()).matchedCount > 0;
        if (!added) {
          await this.counters.create(entry).catch(async (error: { code?: number }) => {
            // The counter exists: add to it.
            if (error.code !== 11000) throw error;
            await this.counters.updateOne({ _id: entry._id }, { $inc: { count: entry.count } }).exec();
          });
          if (this.stored.size > 100_000) this.stored.clear();
          this.stored.add(entry._id);
        }
      } catch (error) {
        if ((error as Error).name === 'ValidationError') continue; // would fail again: dropped, not retried
        failure ??= error;
        const waiting = this.pending.get(entry._id);
        if (waiting) waiting.count += entry.count;
        else this.pending.set(entry._id, entry);
      }
    }
    if (failure) {
      this.schedule();
      throw failure;
    }
  }

  /** Bulk load (seeding, rebuilds): sums the events per counter first, then inserts. */
  async recordMany(events: ActivityEvent[]): Promise<void> {
    const sums = new Map<string, ActivityCounterDoc>();
    for (const e of events) {
      const day = dayOf(e.at ?? new Date());
      const id = counterId(e, day);
      const doc = sums.get(id) ?? { _id: id, userId: e.userId, cohortId: e.cohortId, courseId: e.courseId, kind: e.kind, day, month: day.slice(0, 7), count: 0 };
      doc.count += e.delta ?? 1;
      sums.set(id, doc);
    }
    const docs = [...sums.values()];
    for (let i = 0; i < docs.length; i += 1000) await this.counters.insertMany(docs.slice(i, i + 1000), { ordered: false });
  }

  /**
   * Sums per person, cohort, course, kind and month in a day range. Summed in code: on the embedded
   * database a `$group` over a few thousand groups took seconds where reading the documents takes
   * milliseconds (docs/database.md).
   */
  async totals(filter: { userIds?: string[]; courseId?: string; from?: string; to?: string }): Promise<CounterRow[]> {
    await this.flush();
    const match: Record<string, unknown> = {};
    // A long $in list is slow on the embedded database too; past a few ids, filter in code instead.
    const few = filter.userIds && filter.userIds.length <= 50;
    if (few) match.userId = { $in: filter.userIds };
    if (filter.courseId) match.courseId = filter.courseId;
    if (filter.from || filter.to) match.day = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
    const wanted = filter.userIds && !few ? new Set(filter.userIds) : null;
    const docs = await this.counters.find(match, { _id: 0, day: 0 }).lean<Omit<ActivityCounterDoc, 'day' | '_id'>[]>().exec();
    const sums = new Map<string, CounterRow>();
    for (const doc of docs) {
      if (wanted && !wanted.has(doc.userId)) continue;
      const key = `${doc.userId}|${doc.cohortId}|${doc.courseId}|${doc.kind}|${doc.month}`;
      const row = sums.get(key);
      if (row) row.count += doc.count;
      else sums.set(key, { userId: doc.userId, cohortId: doc.cohortId, courseId: doc.courseId, kind: doc.kind, month: doc.month, count: doc.count });
    }
    return [...sums.values()];
  }
}
