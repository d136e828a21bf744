import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CACHE_TTL_MS, CacheBus } from '../database/cache-bus';
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

/** A report's filter: one course (or all) and a day range (inclusive, either end open). */
export interface TotalsFilter {
  courseId?: string;
  from?: string;
  to?: string;
}

/** How one kept row changed: `before` is the row as it was (absent when new), `after` as it is now. */
export interface RowChange {
  before?: CounterRow;
  after: CounterRow;
}

/** Changes a view keeps for reports that bring their own figures up to date; older ones are forgotten. */
const MAX_CHANGES = 20_000;

/**
 * The sums of one filter (per person, cohort, course, kind and month, by `rowKey`), kept current from the
 * counters as stored, and the log of their changes: a report that kept its figures from `seq` applies
 * `changesSince(seq)` instead of reading every row again. Rows are never changed in place (each change is a
 * new row object).
 */
export class TotalsView {
  private readonly sums = new Map<string, CounterRow>();
  /** Each counter's total and version as last seen, by `_id`. */
  private readonly counters = new Map<string, { count: number; v: number }>();
  private changes: RowChange[] = [];
  /** The sequence number of `changes[0]`. */
  private firstSeq = 0;

  constructor(
    readonly filter: TotalsFilter,
    stored: ActivityCounterDoc[],
    readonly until: number,
  ) {
    for (const counter of stored) this.update(counter);
  }

  get rows(): ReadonlyMap<string, CounterRow> {
    return this.sums;
  }

  /** How many counters the sums hold. */
  get size(): number {
    return this.counters.size;
  }

  /** The number of changes made so far. */
  get seq(): number {
    return this.firstSeq + this.changes.length;
  }

  /** The changes after `seq`, oldest first, or undefined when they are no longer kept. */
  changesSince(seq: number): readonly RowChange[] | undefined {
    return seq < this.firstSeq || seq > this.seq ? undefined : this.changes.slice(seq - this.firstSeq);
  }

  /**
   * A counter as some node stored it, when it falls in the filter. Totals, not increments: a version this
   * view has already seen (the read saw it, or the message came twice or late) changes nothing.
   */
  apply(counter: ActivityCounterDoc): void {
    const change = this.update(counter);
    if (!change) return;
    this.changes.push(change);
    if (this.changes.length > MAX_CHANGES) {
      const forgotten = MAX_CHANGES / 2;
      this.changes = this.changes.slice(forgotten);
      this.firstSeq += forgotten;
    }
  }

  /** Brings the sums to the counter as stored; the row's change, or undefined when nothing changed. */
  private update(counter: ActivityCounterDoc): RowChange | undefined {
    if (!inFilter(this.filter, counter)) return undefined;
    const known = this.counters.get(counter._id);
    const v = counter.v ?? 0;
    if (known && v <= known.v) return undefined;
    this.counters.set(counter._id, { count: counter.count, v });
    const key = rowKey(counter);
    const before = this.sums.get(key);
    const after = { userId: counter.userId, cohortId: counter.cohortId, courseId: counter.courseId, kind: counter.kind, month: counter.month, count: (before?.count ?? 0) + counter.count - (known?.count ?? 0) };
    this.sums.set(key, after);
    return { before, after };
  }
}

function rowKey(c: Omit<CounterRow, 'count'>): string {
  return `${c.userId}|${c.cohortId}|${c.courseId}|${c.kind}|${c.month}`;
}

function inFilter(filter: TotalsFilter, counter: ActivityCounterDoc): boolean {
  return (!filter.courseId || filter.courseId === counter.courseId) && (!filter.from || counter.day >= filter.from) && (!filter.to || counter.day <= filter.to);
}

/** Filters whose sums are kept at once (a dashboard uses one). */
const MAX_VIEWS = 8;
/** Counters kept at most over all filters (about 300 bytes each); a filter with more is read every time. */
const MAX_KEPT_COUNTERS = 500_000;

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
 *
 * Reports read the sums of a filter once and then keep them in memory, brought up to date by every node's
 * writes (see `totals`): reading every counter takes seconds on the embedded database (docs/performance.md).
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
  /** Kept sums by filter, and the reads of them under way. */
  private readonly views = new Map<string, TotalsView>();
  private readonly viewReads = new Map<string, Promise<TotalsView>>();
  /** Counters other nodes wrote while a read was under way: applied to its view once read (see `view`). */
  private receivedDuringReads: ActivityCounterDoc[] = [];
  /** Raised when every kept sum was dropped (a reconnection to Redis may have lost messages). */
  private drops = 0;
  /** Tells the other API nodes the counters this node wrote, as stored (null: drop everything kept). */
  private readonly tellOthers: (counters: ActivityCounterDoc[] | null) => void;

  constructor(@InjectModel(ACTIVITY_COUNTER_MODEL) private readonly counters: Model<ActivityCounterDoc>, caches: CacheBus) {
    this.tellOthers = caches.channel<ActivityCounterDoc[]>('activity-totals', (written) => {
      if (!written) {
        this.views.clear();
        this.drops++;
        return;
      }
      for (const counter of written) for (const view of this.views.values()) view.apply(counter);
      if (this.viewReads.size) this.receivedDuringReads.push(...written);
    });
  }

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
    await this.queue(() => this.write(batch));
  }

  /**
   * Runs `work` after everything queued before it and before anything queued after: writes and the reads
   * of kept sums take turns. A failed write must not fail every later one: each starts after the previous settles.
   */
  private queue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.flushing.then(work);
    this.flushing = run.then(
      () => undefined,
      () => undefined, // the caller of `run` gets the failure; the queue goes on
    );
    return run;
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.flush().catch(() => undefined);
  }

  /**
   * Writes each counter (raising its version), adds it as stored to the kept sums here and tells the
   * other nodes; counters that fail (the database is away) go back to pending and are retried.
   */
  private async write(batch: ActivityCounterDoc[]): Promise<void> {
    let failure: unknown;
    const written: ActivityCounterDoc[] = [];
    const add = (entry: ActivityCounterDoc) =>
      this.counters.findOneAndUpdate({ _id: entry._id }, { $inc: { count: entry.count, v: 1 } }, { returnDocument: 'after' }).lean<ActivityCounterDoc>().exec();
    for (const entry of batch) {
      try {
        let stored = this.stored.has(entry._id) ? await add(entry) : null;
        if (!stored) {
          stored = await this.counters.create({ ...entry, v: 1 }).then(
            () => ({ ...entry, v: 1 }),
            async (error: { code?: number }) => {
              // The counter exists: add to it.
              if (error.code !== 11000) throw error;
              return add(entry);
            },
          );
          if (this.stored.size > 100_000) this.stored.clear();
          this.stored.add(entry._id);
        }
        if (!stored) throw new Error(`counter ${entry._id} vanished while written`);
        for (const view of this.views.values()) view.apply(stored);
        written.push(stored);
      } catch (error) {
        if ((error as Error).name === 'ValidationError') continue; // would fail again: dropped, not retried
        failure ??= error;
        const waiting = this.pending.get(entry._id);
        if (waiting) waiting.count += entry.count;
        else this.pending.set(entry._id, entry);
      }
    }
    if (written.length) this.tellOthers(written);
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
    // In the write queue, like every write: no read of kept sums runs meanwhile.
    await this.queue(async () => {
      try {
        for (let i = 0; i < docs.length; i += 1000) await this.counters.insertMany(docs.slice(i, i + 1000), { ordered: false });
      } finally {
        this.views.clear(); // read again when next asked
        this.tellOthers(null);
      }
    });
  }

  /**
   * Sums per person, cohort, course, kind and month in a day range, counting every write of this node
   * until now. A filter's sums are read from the database once, in the write queue (no write of this node
   * runs during the read), then kept: every write, on this node or another, adds the counter as stored to
   * them; a counter's version tells which writes the read already saw, so none is counted twice or lost.
   * They are dropped when Redis was out of reach (messages may have been lost) and expire after
   * CACHE_TTL_MS (the safety net for writes made outside the API). The rows returned are shared: read-only.
   */
  async totals(filter: TotalsFilter): Promise<CounterRow[]> {
    return [...(await this.kept(filter)).rows.values()];
  }

  /**
   * The same sums as a view with the log of their changes (see `totals`). The view is replaced when its
   * sums are dropped or expire; until then, what any node writes is applied to it.
   */
  async kept(filter: TotalsFilter): Promise<TotalsView> {
    await this.flush();
    return this.view(filter);
  }

  private view({ courseId, from, to }: TotalsFilter): Promise<TotalsView> {
    const key = JSON.stringify([courseId ?? '', from ?? '', to ?? '']);
    const kept = this.views.get(key);
    if (kept && kept.until > Date.now()) return Promise.resolve(kept);
    let reading = this.viewReads.get(key);
    if (!reading) {
      const drops = this.drops;
      const received = this.receivedDuringReads.length;
      reading = this.queue(async () => {
        const filter = { courseId, from, to };
        const view = new TotalsView(filter, await this.read(filter), Date.now() + CACHE_TTL_MS);
        // What other nodes wrote meanwhile: the read saw some of it, the versions tell which.
        for (const counter of this.receivedDuringReads.slice(received)) view.apply(counter);
        if (drops === this.drops && view.size <= MAX_KEPT_COUNTERS) {
          const kept = [...this.views.values()].reduce((counters, v) => counters + v.size, 0);
          if (this.views.size >= MAX_VIEWS || kept + view.size > MAX_KEPT_COUNTERS) this.views.clear();
          this.views.set(key, view);
        }
        return view;
      }).finally(() => {
        this.viewReads.delete(key);
        if (!this.viewReads.size) this.receivedDuringReads = [];
      });
      this.viewReads.set(key, reading);
    }
    return reading;
  }

  /**
   * The counters in the filter, summed in code: on the embedded database a `$group` over a few thousand
   * groups took seconds where reading the documents takes milliseconds (docs/database.md).
   */
  private read(filter: TotalsFilter): Promise<ActivityCounterDoc[]> {
    const match: Record<string, unknown> = {};
    if (filter.courseId) match.courseId = filter.courseId;
    if (filter.from || filter.to) match.day = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
    return this.counters.find(match).lean<ActivityCounterDoc[]>().exec();
  }
}
