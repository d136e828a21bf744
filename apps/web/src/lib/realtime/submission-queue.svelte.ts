import type { SubmissionSummary, SubmissionView } from '@trainaction/contracts';
import { matchesQueueFilters, mergeSubmission, sortQueue, type QueueFilters } from '$lib/components/submission/format';
import { Listeners, socketCall, type CallResult, type SubmissionSocket } from './submission.svelte';

export interface ReviewInput {
  submissionId: string;
  status: 'accepted' | 'returned';
  feedback: string;
  score?: number;
  criteria?: { criterion: string; score?: number; comment?: string }[];
}

/**
 * A cohort's review queue (summaries, a page at a time), or one submission under review (`T` = SubmissionView):
 * `review:watch` on every connection, then the cohort's `submission:updated` events keep it current.
 */
export class ReviewWatch<T extends SubmissionSummary = SubmissionSummary> {
  items = $state<T[]>([]);
  /** How many submissions match the filters (counted by the API, then raised by arrivals shown here). */
  total = $state(0);
  /** The cursor of the next page, or undefined once every page is shown. */
  next = $state<string | undefined>(undefined);
  watching = $state(false);
  /** For the aria-live region: arrivals and changes. */
  announcement = $state('');

  readonly cohortId: string;
  filters: QueueFilters;
  #listeners = new Listeners();
  #timeoutMs: number;
  #words: (s: T, isNew: boolean) => string | null = () => null;

  constructor(options: {
    cohortId: string;
    initial?: readonly T[];
    total?: number;
    next?: string;
    filters?: QueueFilters;
    timeoutMs?: number;
  }) {
    this.cohortId = options.cohortId;
    this.filters = options.filters ?? {};
    this.items = sortQueue(options.initial ?? []);
    this.total = options.total ?? this.items.length;
    this.next = options.next;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
  }

  onChange(words: (s: T, isNew: boolean) => string | null): void {
    this.#words = words;
  }

  /** The next page, loaded by the page ("load more"): submissions already shown (from events) are not repeated. */
  append(page: { items: T[]; total: number; next?: string }): void {
    let items = this.items;
    for (const s of page.items) items = mergeSubmission(items, s);
    this.items = sortQueue(items);
    this.total = Math.max(page.total, this.items.length);
    this.next = page.next;
  }

  /**
   * A submission from an event or an ack. New ones join only when they match the filters; ones already shown
   * stay and are updated (nothing vanishes under the moderator's pointer when it is claimed or reviewed).
   */
  merge(next: T): void {
    if (next.cohortId !== this.cohortId) return;
    const known = this.items.some((s) => s.id === next.id);
    if (!known && !matchesQueueFilters(next, this.filters)) return;
    this.items = sortQueue(mergeSubmission(this.items, next));
    if (!known) this.total += 1;
    const text = this.#words(next, !known);
    if (text) this.announcement = text;
  }

  find(id: string): T | undefined {
    return this.items.find((s) => s.id === id);
  }

  attach(socket: SubmissionSocket): void {
    if (!this.#listeners.bind(socket)) return;
    this.#listeners.on('connect', () => void this.watch());
    this.#listeners.on('disconnect', () => (this.watching = false));
    // Events carry the whole submission (a SubmissionView, which is also a summary).
    this.#listeners.on('submission:updated', (s: SubmissionView) => this.merge(s as unknown as T));
    if (socket.connected) void this.watch();
  }

  detach(): void {
    this.#listeners.clear();
    this.watching = false;
  }

  async watch(): Promise<void> {
    const result = await socketCall<Record<string, never>>(
      this.#listeners.socket,
      'review:watch',
      { cohortId: this.cohortId },
      this.#timeoutMs,
    );
    this.watching = result.ok;
  }

  async claim(submissionId: string, claimed: boolean): Promise<CallResult<{ submission: SubmissionView }>> {
    const result = await socketCall<{ submission: SubmissionView }>(
      this.#listeners.socket,
      'submission:claim',
      { submissionId, claimed },
      this.#timeoutMs,
    );
    if (result.ok) this.merge(result.data.submission as unknown as T);
    return result;
  }

  async review(input: ReviewInput): Promise<CallResult<{ submission: SubmissionView }>> {
    const result = await socketCall<{ submission: SubmissionView }>(this.#listeners.socket, 'submission:review', input, this.#timeoutMs);
    if (result.ok) this.merge(result.data.submission as unknown as T);
    return result;
  }
}
