import type { ErrorCode, SubmissionView } from '@trainaction/contracts';
import { mergeSubmission } from '$lib/components/submission/format';
import { socketCall, type CallResult, type EmitterSocket } from './socket-call';
import { newClientSubmissionId, SubmissionOutbox, type OutboxStorage, type PendingSubmission } from './submission-outbox';

export type SubmissionSocket = EmitterSocket;
export { socketCall, type CallResult };

/** Refusals worth trying again later with the same clientSubmissionId. */
const RETRYABLE = new Set<string>(['RATE_LIMITED', 'UNAVAILABLE', 'INTERNAL', 'TIMEOUT', 'OFFLINE', 'UNAUTHENTICATED']);
export const isRetryable = (code: string): boolean => RETRYABLE.has(code);

/** Listens on a socket and remembers the handlers so they can be removed. */
export class Listeners {
  #socket: SubmissionSocket | null = null;
  #handlers: [string, (...args: never[]) => void][] = [];

  get socket(): SubmissionSocket | null {
    return this.#socket;
  }

  bind(socket: SubmissionSocket): boolean {
    if (this.#socket === socket) return false;
    this.clear();
    this.#socket = socket;
    return true;
  }

  on<A extends unknown[]>(event: string, handler: (...args: A) => void): void {
    const h = handler as unknown as (...args: never[]) => void;
    this.#socket?.on(event, h);
    this.#handlers.push([event, h]);
  }

  clear(): void {
    for (const [event, h] of this.#handlers) this.#socket?.off(event, h);
    this.#handlers = [];
    this.#socket = null;
  }
}

export interface LearnerSubmissionOptions {
  activityId: string;
  cohortId: string;
  userId: string;
  initial?: readonly SubmissionView[];
  storage?: OutboxStorage | null;
  storageKey?: string;
  timeoutMs?: number;
  newId?: () => string;
  /** Wait before trying again after a lost answer or a busy server (attempt starts at 1). */
  retryDelayMs?: (attempt: number) => number;
}

/**
 * A learner's work on one activity in one cohort: the stored submission (all versions), live updates, and an
 * outbox so work written offline is sent when the socket comes back, with the same clientSubmissionId.
 */
export class LearnerSubmission {
  submissions = $state<SubmissionView[]>([]);
  pending = $state<PendingSubmission[]>([]);
  sending = $state(false);
  /** The last refusal of a send, for the page to word. */
  lastError = $state<ErrorCode | 'TIMEOUT' | 'OFFLINE' | 'UNKNOWN' | null>(null);
  /** A short sentence for the aria-live region when the status changes. */
  announcement = $state('');

  readonly activityId: string;
  readonly cohortId: string;
  readonly userId: string;
  #outbox: SubmissionOutbox;
  #listeners = new Listeners();
  #timeoutMs: number;
  #newId: () => string;
  #flushing = false;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  #retryDelayMs: (attempt: number) => number;
  #announce: (s: SubmissionView, before: { status: string; version: number } | undefined) => string | null = () => null;

  constructor(options: LearnerSubmissionOptions) {
    this.activityId = options.activityId;
    this.cohortId = options.cohortId;
    this.userId = options.userId;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#newId = options.newId ?? newClientSubmissionId;
    this.#retryDelayMs = options.retryDelayMs ?? ((attempt) => Math.min(30_000, 2_000 * 2 ** Math.min(attempt - 1, 4)));
    this.submissions = (options.initial ?? []).filter((s) => this.#mine(s));
    this.#outbox = new SubmissionOutbox(
      options.storage ?? null,
      options.storageKey ?? `ta:submission-outbox:${options.userId}:${options.activityId}:${options.cohortId}`,
    );
    this.pending = this.#outbox.list();
  }

  /** The submission (one per learner, activity and cohort; later sends are its versions). */
  get current(): SubmissionView | undefined {
    return this.submissions.at(-1);
  }

  /** How to word status changes in the live region (set by the page, which knows the language). */
  onStatusChange(words: (s: SubmissionView, before: { status: string; version: number } | undefined) => string | null): void {
    this.#announce = words;
  }

  merge(next: SubmissionView): void {
    if (!this.#mine(next)) return;
    const found = this.submissions.find((s) => s.id === next.id);
    const before = found ? { status: found.status, version: found.version } : undefined;
    this.submissions = mergeSubmission(this.submissions, next);
    const after = this.submissions.find((s) => s.id === next.id);
    const taken = after?.updatedAt === next.updatedAt && after?.version === next.version;
    if (taken && (before?.status !== next.status || before?.version !== next.version)) {
      const text = this.#announce(next, before);
      if (text) this.announcement = text;
    }
  }

  attach(socket: SubmissionSocket): void {
    if (!this.#listeners.bind(socket)) return;
    this.#listeners.on('connect', () => void this.flush());
    this.#listeners.on('submission:updated', (s: SubmissionView) => this.merge(s));
    if (socket.connected) void this.flush();
  }

  detach(): void {
    this.#listeners.clear();
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
  }

  /** Queues a new version and sends it now when connected; offline it waits for the next connection. */
  async submit(
    body: string,
    links: readonly string[],
    attachmentIds: readonly string[] = [],
  ): Promise<CallResult<{ submission: SubmissionView }>> {
    const entry: PendingSubmission = {
      clientSubmissionId: this.#newId(),
      activityId: this.activityId,
      cohortId: this.cohortId,
      body,
      links: [...links],
      attachmentIds: [...attachmentIds],
      queuedAt: new Date().toISOString(),
      attempts: 0,
    };
    // One piece of work at a time: a new one replaces unsent (or refused) ones.
    for (const old of this.#outbox.list()) this.#outbox.remove(old.clientSubmissionId);
    this.#outbox.put(entry);
    this.pending = this.#outbox.list();
    this.lastError = null;
    return this.#send(entry);
  }

  /** Drops an unsent or refused entry. */
  discard(clientSubmissionId: string): void {
    this.#outbox.remove(clientSubmissionId);
    this.pending = this.#outbox.list();
    this.lastError = null;
  }

  /** Sends what is waiting (on every connection). */
  async flush(): Promise<void> {
    if (this.#flushing) return;
    this.#flushing = true;
    try {
      for (const entry of this.#outbox.list()) {
        if (entry.failed) continue;
        const result = await this.#send(entry);
        if (!result.ok && isRetryable(result.code)) break;
      }
    } finally {
      this.#flushing = false;
    }
  }

  async #send(entry: PendingSubmission): Promise<CallResult<{ submission: SubmissionView }>> {
    const socket = this.#listeners.socket;
    if (!socket?.connected) {
      this.lastError = 'OFFLINE';
      return { ok: false, code: 'OFFLINE', message: 'not connected' };
    }
    this.sending = true;
    this.#outbox.update(entry.clientSubmissionId, { attempts: entry.attempts + 1 });
    const { clientSubmissionId, activityId, cohortId, body, links, attachmentIds = [] } = entry;
    const result = await socketCall<{ submission: SubmissionView }>(
      socket,
      'submission:submit',
      { activityId, cohortId, clientSubmissionId, body, links, attachmentIds },
      this.#timeoutMs,
    );
    this.sending = false;
    if (result.ok) {
      this.#outbox.remove(clientSubmissionId);
      this.lastError = null;
      this.merge(result.data.submission);
    } else if (isRetryable(result.code)) {
      this.lastError = result.code;
      // Offline waits for the next connection; a lost answer or a busy server is tried again later, same id.
      if (result.code !== 'OFFLINE' && !this.#retryTimer && this.#listeners.socket) {
        this.#retryTimer = setTimeout(
          () => {
            this.#retryTimer = null;
            void this.flush();
          },
          this.#retryDelayMs(entry.attempts + 1),
        );
      }
    } else {
      this.#outbox.update(clientSubmissionId, { failed: result.code as ErrorCode });
      this.lastError = result.code;
    }
    this.pending = this.#outbox.list();
    return result;
  }

  #mine(s: SubmissionView): boolean {
    return s.activityId === this.activityId && s.cohortId === this.cohortId && s.learner.id === this.userId;
  }
}
