import type { ActivityCounterDoc, ActivityKind, ActivityRollupDoc } from './activity-counter.schema';

export interface CounterRow {
  userId: string;
  cohortId: string;
  courseId: string;
  kind: ActivityKind;
  month: string;
  count: number;
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

/** A stored document the sums are made of: a day counter or a person's roll-up in a course. */
export type StoredCounter = ActivityCounterDoc | ActivityRollupDoc;

export function isRollup(doc: StoredCounter): doc is ActivityRollupDoc {
  return 'c' in doc;
}

export function rollupId(e: { userId: string; courseId: string }): string {
  return `${e.userId}|${e.courseId}`;
}

export function rollupKey(e: { cohortId: string; kind: string; month: string }): string {
  return `${e.cohortId}|${e.kind}|${e.month}`;
}

/** The last day of a month (`2026-02` → `2026-02-28`). */
export function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

/** Whether every day of the month is in the filter's range: such months are summed from roll-ups. */
export function wholeMonth(filter: TotalsFilter, month: string): boolean {
  return (!filter.from || filter.from <= `${month}-01`) && (!filter.to || filter.to >= lastDayOf(month));
}

/**
 * The day ranges a filter reads from day counters: the months at its ends that it covers only in part.
 * A filter without a range, or one of whole months, reads none.
 */
export function partialDayRanges(filter: TotalsFilter): { from: string; to: string }[] {
  const { from, to } = filter;
  if (from && to && from > to) return [];
  const ranges: { from: string; to: string }[] = [];
  if (from && !wholeMonth(filter, from.slice(0, 7))) {
    const end = lastDayOf(from.slice(0, 7));
    ranges.push({ from, to: to && to < end ? to : end });
  }
  if (to && !wholeMonth(filter, to.slice(0, 7)) && (!from || from.slice(0, 7) !== to.slice(0, 7))) {
    ranges.push({ from: `${to.slice(0, 7)}-01`, to });
  }
  return ranges;
}

/** Whether a range contains at least one whole month (otherwise no roll-up is read). */
export function hasWholeMonth(filter: TotalsFilter): boolean {
  if (!filter.from || !filter.to) return true;
  if (filter.from > filter.to) return false;
  for (let month = filter.from.slice(0, 7); month <= filter.to.slice(0, 7); month = nextMonth(month))
    if (wholeMonth(filter, month)) return true;
  return false;
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 7);
}

function rowKey(c: Omit<CounterRow, 'count'>): string {
  return `${c.userId}|${c.cohortId}|${c.courseId}|${c.kind}|${c.month}`;
}

/** What a stored document adds to a filter's rows, by row key. */
function contributions(filter: TotalsFilter, doc: StoredCounter): Map<string, CounterRow> {
  const rows = new Map<string, CounterRow>();
  if (filter.courseId && filter.courseId !== doc.courseId) return rows;
  if (isRollup(doc)) {
    for (const [key, count] of Object.entries(doc.c ?? {})) {
      const [cohortId, kind, month] = key.split('|');
      if (!wholeMonth(filter, month)) continue; // partly covered months come from day counters
      const row = { userId: doc.userId, cohortId, courseId: doc.courseId, kind: kind as ActivityKind, month, count };
      rows.set(rowKey(row), row);
    }
  } else if ((!filter.from || doc.day >= filter.from) && (!filter.to || doc.day <= filter.to) && !wholeMonth(filter, doc.month)) {
    const row = { userId: doc.userId, cohortId: doc.cohortId, courseId: doc.courseId, kind: doc.kind, month: doc.month, count: doc.count };
    rows.set(rowKey(row), row);
  }
  return rows;
}

/** Changes a view keeps for reports that bring their own figures up to date; older ones are forgotten. */
const MAX_CHANGES = 20_000;

/**
 * The sums of one filter (per person, cohort, course, kind and month, by `rowKey`), kept current from the
 * stored documents (whole months from roll-ups, the range's partial months from day counters), and the log
 * of their changes: a report that kept its figures from `seq` applies `changesSince(seq)` instead of reading
 * every row again. Rows are never changed in place (each change is a new row object).
 */
export class TotalsView {
  private readonly sums = new Map<string, CounterRow>();
  /** What each stored document added to the sums, and its version, by `_id` (roll-up and counter ids differ in shape). */
  private readonly sources = new Map<string, { v: number; rows: Map<string, CounterRow> }>();
  private changes: RowChange[] = [];
  /** The sequence number of `changes[0]`. */
  private firstSeq = 0;

  constructor(
    readonly filter: TotalsFilter,
    stored: StoredCounter[],
    readonly until: number,
  ) {
    for (const doc of stored) this.update(doc);
  }

  get rows(): ReadonlyMap<string, CounterRow> {
    return this.sums;
  }

  /** How many stored documents the sums hold. */
  get size(): number {
    return this.sources.size;
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
   * A document as some node stored it. Totals, not increments: a version this view has already seen (the
   * read saw it, or the message came twice or late) changes nothing.
   */
  apply(doc: StoredCounter): void {
    const changes = this.update(doc);
    if (!changes.length) return;
    this.changes.push(...changes);
    if (this.changes.length > MAX_CHANGES) {
      const forgotten = MAX_CHANGES / 2;
      this.changes = this.changes.slice(forgotten);
      this.firstSeq += forgotten;
    }
  }

  /** Brings the sums to the document as stored; the rows' changes. */
  private update(doc: StoredCounter): RowChange[] {
    const rows = contributions(this.filter, doc);
    const known = this.sources.get(doc._id);
    const v = doc.v ?? 0;
    if ((!known && !rows.size) || (known && v <= known.v)) return [];
    this.sources.set(doc._id, { v, rows });
    const changes: RowChange[] = [];
    for (const key of new Set([...rows.keys(), ...(known?.rows.keys() ?? [])])) {
      const row = rows.get(key) ?? { ...known!.rows.get(key)!, count: 0 };
      const delta = row.count - (known?.rows.get(key)?.count ?? 0);
      if (delta === 0 && known?.rows.has(key)) continue;
      const before = this.sums.get(key);
      const after = {
        userId: row.userId,
        cohortId: row.cohortId,
        courseId: row.courseId,
        kind: row.kind,
        month: row.month,
        count: (before?.count ?? 0) + delta,
      };
      this.sums.set(key, after);
      changes.push({ before, after });
    }
    return changes;
  }
}
