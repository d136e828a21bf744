import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CACHE_TTL_MS, CacheBus } from '@trainaction/platform';
import {
  ACTIVITY_COUNTER_MODEL,
  ACTIVITY_MIGRATION_MODEL,
  ACTIVITY_ROLLUP_MODEL,
  ActivityMigrationSchema,
  ActivityRollupSchema,
  type ActivityCounterDoc,
  type ActivityKind,
  type ActivityMigrationDoc,
  type ActivityRollupDoc,
  validCounter,
} from './activity-counter.schema';
import { addToRollup, buildRollups, rollupsOf } from './activity-rollups';
export { rollupId, rollupKey, TotalsView, type CounterRow, type RowChange, type TotalsFilter } from './totals-view';
import {
  hasWholeMonth,
  partialDayRanges,
  rollupId,
  rollupKey,
  TotalsView,
  type CounterRow,
  type StoredCounter,
  type TotalsFilter,
} from './totals-view';

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

function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function counterId(e: { userId: string; cohortId: string; courseId: string; kind: string }, day: string): string {
  return [e.userId, e.cohortId, e.courseId, e.kind, day].join('|');
}

/** Filters whose sums are kept at once (a dashboard uses one). */
const MAX_VIEWS = 8;
/** Stored documents kept at most over all filters; a filter with more is read every time. */
const MAX_KEPT_COUNTERS = 500_000;

/**
 * When pending counters are written. On the embedded database every write holds SQLite's one write lock (an
 * update by `_id` about 1.5 ms), so counter writes for hundreds of different senders a second would queue
 * every message insert behind them (docs/performance.md). They wait until recording pauses for `idleMs`, then
 * go out `batch` counters (and as many roll-ups) at a time, back to back, so an action that resumes waits for
 * one batch at most. While recording goes on, counters that waited `maxWaitMs` go out one batch per `paceMs`.
 * After a failed write the next try waits `retryMs`. Tests shorten these (`pacing`).
 */
const COUNTER_PACING = { idleMs: 1_000, maxWaitMs: 60_000, batch: 5, paceMs: 250, retryMs: 1_000 };

/**
 * Writes and reads participation counters. Increments are gathered in memory and written in the
 * background once actions pause (at a bounded pace when they do not; `COUNTER_PACING`), one write per
 * counter however many actions it gathered, oldest first; every read first writes everything pending, so a
 * report asked right after an action already counts it. A crash loses the pending counts (under heavy load,
 * up to a few minutes of them), never the activity.
 *
 * Each write adds to the day counter and to the person's roll-up in the course (`ActivityRollupDoc`): reports
 * sum whole months from roll-ups, one document per person and course, and read day counters only for the
 * months a day range covers in part. They read the sums of a filter once and then keep them in memory,
 * brought up to date by every node's writes (see `totals`).
 */
@Injectable()
export class ActivityCounters implements OnModuleDestroy, OnApplicationBootstrap {
  private pending = new Map<string, ActivityCounterDoc>();
  /** Roll-up increments not written yet, by roll-up id (written apart from the day counters, each retried on its own). */
  private pendingRollups = new Map<string, ActivityRollupDoc>();
  private readonly rollups: Model<ActivityRollupDoc>;
  private readonly migrations: Model<ActivityMigrationDoc>;
  /** The build of roll-ups from counters stored before they existed, once per process (see `rollupsBuilt`). */
  private built?: Promise<void>;
  private timer?: NodeJS.Timeout;
  /** When the last action was recorded, and since when counters have been pending without a pause. */
  private lastRecorded = 0;
  private pendingSince = 0;
  /** Set while a background batch is written (it schedules the next one), and when a failed write may be tried again. */
  private writingBatch = false;
  private retryAt = 0;
  readonly pacing = { ...COUNTER_PACING };
  private flushing: Promise<void> = Promise.resolve();
  /** Set at shutdown: the last flush is final, failed counters are not retried. */
  private closing = false;
  /** Counters known to exist, updated without trying to create them first. */
  private readonly stored = new Set<string>();
  /** Kept sums by filter, and the reads of them under way. */
  private readonly views = new Map<string, TotalsView>();
  private readonly viewReads = new Map<string, Promise<TotalsView>>();
  /** Documents other nodes wrote while a read was under way: applied to its view once read (see `view`). */
  private receivedDuringReads: StoredCounter[] = [];
  /** Raised when every kept sum was dropped (a reconnection to Redis may have lost messages). */
  private drops = 0;
  /** Tells the other API nodes the counters and roll-ups this node wrote, as stored (null: drop everything kept). */
  private readonly tellOthers: (counters: StoredCounter[] | null) => void;

  constructor(
    @InjectModel(ACTIVITY_COUNTER_MODEL) private readonly counters: Model<ActivityCounterDoc>,
    caches: CacheBus,
  ) {
    // The roll-ups and the migration record live on the counters' connection, owned by this class alone.
    const db = counters.db;
    this.rollups =
      (db.models[ACTIVITY_ROLLUP_MODEL] as Model<ActivityRollupDoc>) ??
      db.model<ActivityRollupDoc>(ACTIVITY_ROLLUP_MODEL, ActivityRollupSchema);
    this.migrations =
      (db.models[ACTIVITY_MIGRATION_MODEL] as Model<ActivityMigrationDoc>) ??
      db.model<ActivityMigrationDoc>(ACTIVITY_MIGRATION_MODEL, ActivityMigrationSchema);
    this.tellOthers = caches.channel<StoredCounter[]>('activity-totals', (written) => {
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
    this.lastRecorded = Date.now();
    if (!this.pending.size && !this.pendingRollups.size) this.pendingSince = this.lastRecorded;
    const entry = this.pending.get(id) ?? {
      _id: id,
      userId: event.userId,
      cohortId: event.cohortId,
      courseId: event.courseId,
      kind: event.kind,
      day,
      month: day.slice(0, 7),
      count: 0,
    };
    entry.count += event.delta ?? 1;
    this.pending.set(id, entry);
    // The day counter of an invalid event is refused by the schema when written; its roll-up is not kept.
    if (validCounter(event)) this.addPendingRollup(entry, event.delta ?? 1);
    this.schedule(Math.min(this.pacing.idleMs, this.pendingSince + this.pacing.maxWaitMs - this.lastRecorded));
  }

  private addPendingRollup(entry: ActivityCounterDoc, count: number): void {
    const rid = rollupId(entry);
    const rollup = this.pendingRollups.get(rid) ?? { _id: rid, userId: entry.userId, courseId: entry.courseId, c: {}, v: 0 };
    const key = rollupKey(entry);
    rollup.c[key] = (rollup.c[key] ?? 0) + count;
    this.pendingRollups.set(rid, rollup);
  }

  /** Builds the roll-ups of counters stored before they existed, in the background after start. */
  onApplicationBootstrap(): void {
    void this.rollupsBuilt().catch((error: unknown) =>
      new Logger(ActivityCounters.name).error(`Building activity roll-ups failed: ${String(error)}`),
    );
  }

  /**
   * Resolves once every counter stored before roll-ups existed is in them (`buildRollups`, recorded in
   * `activity_migrations` so later starts skip it); reports wait for it. A failed build is tried again.
   */
  rollupsBuilt(): Promise<void> {
    this.built ??= buildRollups(this.counters, this.rollups, this.migrations, (work) => this.queue(work)).catch((error: unknown) => {
      this.built = undefined;
      throw error;
    });
    return this.built;
  }

  private schedule(delayMs: number): void {
    if (this.closing || this.timer || this.writingBatch) return;
    this.timer = setTimeout(() => void this.writeInBackground(), Math.max(delayMs, this.retryAt - Date.now()));
    this.timer.unref();
  }

  /** One batch of pending counters, once actions paused or the oldest waited too long (`COUNTER_PACING`). */
  private async writeInBackground(): Promise<void> {
    this.timer = undefined;
    if (!this.pending.size && !this.pendingRollups.size) return;
    const { idleMs, maxWaitMs, batch, paceMs } = this.pacing;
    const now = Date.now();
    const pauseIn = this.lastRecorded + idleMs - now;
    const overdueIn = this.pendingSince + maxWaitMs - now;
    if (pauseIn > 0 && overdueIn > 0) return this.schedule(Math.min(pauseIn, overdueIn));
    this.writingBatch = true;
    await this.flush(batch)
      .catch(() => undefined) // tried again after retryMs
      .finally(() => (this.writingBatch = false));
    if (this.pending.size || this.pendingRollups.size) this.schedule(pauseIn > 0 ? paceMs : 0);
  }

  /** Writes the oldest `limit` pending counters (all of them before each read and at shutdown). */
  async flush(limit = Infinity): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const take = <T>(pending: Map<string, T>): T[] => {
      const batch: T[] = [];
      for (const [id, entry] of pending) {
        if (batch.length >= limit) break;
        batch.push(entry);
        pending.delete(id);
      }
      return batch;
    };
    const [batch, rollups] = [take(this.pending), take(this.pendingRollups)];
    try {
      await this.queue(() => this.write(batch, rollups));
    } catch (error) {
      this.retryAt = Date.now() + this.pacing.retryMs;
      this.schedule(this.pacing.retryMs);
      throw error;
    }
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
  private async write(batch: ActivityCounterDoc[], rollups: ActivityRollupDoc[]): Promise<void> {
    let failure: unknown;
    const written: StoredCounter[] = [];
    const add = (entry: ActivityCounterDoc) =>
      this.counters
        .findOneAndUpdate({ _id: entry._id }, { $inc: { count: entry.count, v: 1 } }, { returnDocument: 'after' })
        .lean<ActivityCounterDoc>()
        .exec();
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
    for (const entry of rollups) {
      try {
        const stored = await addToRollup(this.rollups, entry, this.stored.has(entry._id));
        if (!stored) throw new Error(`roll-up ${entry._id} vanished while written`);
        this.stored.add(entry._id);
        for (const view of this.views.values()) view.apply(stored);
        written.push(stored);
      } catch (error) {
        if ((error as Error).name === 'ValidationError') continue;
        failure ??= error;
        const waiting = this.pendingRollups.get(entry._id);
        if (waiting) for (const [key, count] of Object.entries(entry.c)) waiting.c[key] = (waiting.c[key] ?? 0) + count;
        else this.pendingRollups.set(entry._id, entry);
      }
    }
    if (written.length) this.tellOthers(written);
    if (failure) throw failure;
  }

  /** Bulk load (seeding, rebuilds): sums the events per counter first, then inserts. */
  async recordMany(events: ActivityEvent[]): Promise<void> {
    const sums = new Map<string, ActivityCounterDoc>();
    for (const e of events) {
      const day = dayOf(e.at ?? new Date());
      const id = counterId(e, day);
      const doc = sums.get(id) ?? {
        _id: id,
        userId: e.userId,
        cohortId: e.cohortId,
        courseId: e.courseId,
        kind: e.kind,
        day,
        month: day.slice(0, 7),
        count: 0,
      };
      doc.count += e.delta ?? 1;
      sums.set(id, doc);
    }
    const docs = [...sums.values()];
    // In the write queue, like every write: no read of kept sums runs meanwhile.
    await this.queue(async () => {
      try {
        for (let i = 0; i < docs.length; i += 1000) await this.counters.insertMany(docs.slice(i, i + 1000), { ordered: false });
        for (const rollup of rollupsOf(docs).values()) await addToRollup(this.rollups, rollup, true);
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
    await this.rollupsBuilt();
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
   * What the filter's sums are made of, summed in code (aggregations are not answered from indexes on the
   * embedded database): the roll-ups of the course (or all), when the range holds a whole month, and the
   * day counters of the months it covers in part. A report without a range reads one document per person
   * and course.
   */
  private async read(filter: TotalsFilter): Promise<StoredCounter[]> {
    const course = filter.courseId ? { courseId: filter.courseId } : {};
    const days = partialDayRanges(filter).map((range) =>
      this.counters
        .find({ ...course, day: { $gte: range.from, $lte: range.to } })
        .lean<ActivityCounterDoc[]>()
        .exec(),
    );
    const rollups = hasWholeMonth(filter) ? this.rollups.find(course).lean<ActivityRollupDoc[]>().exec() : Promise.resolve([]);
    return (await Promise.all([rollups, ...days])).flat();
  }
}
