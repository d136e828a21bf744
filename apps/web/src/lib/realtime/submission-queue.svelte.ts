import type { SubmissionView } from '@trainaction/contracts';
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
 * A cohort's review queue, or one submission under review: `review:watch` on every connection, then the
 * cohort's `submission:updated` events keep it current.
 */
export class ReviewWatch {
  items = $state<SubmissionView[]>([]);
  watching = $state(false);
  /** For the aria-live region: arrivals and changes. */
  announcement = $state('');

  readonly cohortId: string;
  filters: QueueFilters;
  #listeners = new Listeners();
  #timeoutMs: number;
  #words: (s: SubmissionView, isNew: boolean) => string | null = () => null;

  constructor(options: { cohortId: string; initial?: readonly SubmissionView[]; filters?: QueueFilters; timeoutMs?: number }) {
    this.cohortId = options.cohortId;
    this.filters = options.filters ?? {};
    this.items = sortQueue(options.initial ?? []);
    this.#timeoutMs = options.timeoutMs ?? 10_000;
  }

  onChange(words: (s: SubmissionView, isNew: boolean) => string | null): void {
    this.#words = words;
  }

  /**
   * A submission from an event or an ack. New ones join only when they match the filters; ones already shown
   * stay and are updated (nothing vanishes under the moderator's pointer when it is claimed or reviewed).
   */
  merge(next: SubmissionView): void {
    if (next.cohortId !== this.cohortId) return;
    const known = this.items.some((s) => s.id === next.id);
    if (!known && !matchesQueueFilters(next, this.filters)) return;
    this.items = sortQueue(mergeSubmission(this.items, next));
    const text = this.#words(next, !known);
    if (text) this.announcement = text;
  }

  find(id: string): SubmissionView | undefined {
    return this.items.find((s) => s.id === id);
  }

  attach(socket: SubmissionSocket): void {
    if (!this.#listeners.bind(socket)) return;
    this.#listeners.on('connect', () => void this.watch());
    this.#listeners.on('disconnect', () => (this.watching = false));
    this.#listeners.on('submission:updated', (s: SubmissionView) => this.merge(s));
    if (socket.connected) void this.watch();
  }

  detach(): void {
    this.#listeners.clear();
    this.watching = false;
  }

  async watch(): Promise<void> {
    const result = await socketCall<Record<string, never>>(this.#listeners.socket, 'review:watch', { cohortId: this.cohortId }, this.#timeoutMs);
    this.watching = result.ok;
  }

  async claim(submissionId: string, claimed: boolean): Promise<CallResult<{ submission: SubmissionView }>> {
    const result = await socketCall<{ submission: SubmissionView }>(this.#listeners.socket, 'submission:claim', { submissionId, claimed }, this.#timeoutMs);
    if (result.ok) this.merge(result.data.submission);
    return result;
  }

  async review(input: ReviewInput): Promise<CallResult<{ submission: SubmissionView }>> {
    const result = await socketCall<{ submission: SubmissionView }>(this.#listeners.socket, 'submission:review', input, this.#timeoutMs);
    if (result.ok) this.merge(result.data.submission);
    return result;
  }
}
