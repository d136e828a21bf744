import { Injectable } from '@nestjs/common';
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

/**
 * Writes and reads participation counters. Each counter belongs to one person and one day, so the only
 * concurrent increments are one person's own; on MongoDB `$inc` is atomic, on the embedded database a
 * simultaneous double action by the same person could count once (see docs/database.md).
 */
@Injectable()
export class ActivityCounters {
  constructor(@InjectModel(ACTIVITY_COUNTER_MODEL) private readonly counters: Model<ActivityCounterDoc>) {}

  async record(event: ActivityEvent): Promise<void> {
    const day = dayOf(event.at ?? new Date());
    const key = { userId: event.userId, cohortId: event.cohortId, courseId: event.courseId, kind: event.kind, day };
    const update = { $inc: { count: event.delta ?? 1 }, $setOnInsert: { month: day.slice(0, 7) } };
    try {
      await this.counters.updateOne(key, update, { upsert: true }).exec();
    } catch (error) {
      // Two first actions of the day raced on the unique index: the document exists now, so increment it.
      if ((error as { code?: number }).code !== 11000) throw error;
      await this.counters.updateOne(key, { $inc: { count: event.delta ?? 1 } }).exec();
    }
  }

  /** Bulk load (seeding, rebuilds): sums the events per counter first, then inserts. */
  async recordMany(events: ActivityEvent[]): Promise<void> {
    const sums = new Map<string, ActivityCounterDoc>();
    for (const e of events) {
      const day = dayOf(e.at ?? new Date());
      const id = [e.userId, e.cohortId, e.courseId, e.kind, day].join('|');
      const doc = sums.get(id) ?? { userId: e.userId, cohortId: e.cohortId, courseId: e.courseId, kind: e.kind, day, month: day.slice(0, 7), count: 0 };
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
    const match: Record<string, unknown> = {};
    // A long $in list is slow on the embedded database too; past a few ids, filter in code instead.
    const few = filter.userIds && filter.userIds.length <= 50;
    if (few) match.userId = { $in: filter.userIds };
    if (filter.courseId) match.courseId = filter.courseId;
    if (filter.from || filter.to) match.day = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
    const wanted = filter.userIds && !few ? new Set(filter.userIds) : null;
    const docs = await this.counters.find(match, { _id: 0, day: 0 }).lean<Omit<ActivityCounterDoc, 'day'>[]>().exec();
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
