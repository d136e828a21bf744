import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { Metrics } from '../metrics/metrics';
import type { JobState } from './job.schema';
import { JobsRepository, type ClaimedJob, type Lease } from './jobs.repository';

/** What a handler gets: the payload, what an earlier attempt reported, and a way to report and keep the lease. */
export interface JobRun<P> {
  id: string;
  payload: P;
  /** 1 for the first attempt; a later one resumes from `progress`. */
  attempt: number;
  /** What the last attempt stored with `report` (undefined on a first attempt). */
  progress: unknown;
  /** Aborted when the lease is lost (another node took the job) or this node stops: stop at the next safe point. */
  signal: AbortSignal;
  /** Stores progress and extends the lease; throws `JobLeaseLost` when the job is no longer this node's. */
  report(progress: unknown): Promise<void>;
}

export type JobHandler<P> = (run: JobRun<P>) => Promise<void>;

export interface JobKindOptions<P = unknown> {
  /** Attempts before the job is marked failed (a node that stops mid-job spends the attempt). Default 5. */
  maxAttempts?: number;
  /** Wait before the second attempt, doubling for each further one, at most an hour. Default 30 s. */
  retryBaseMs?: number;
  /**
   * Called once a job has failed for good: after its last attempt threw, or when the node running its last
   * attempt stopped (on the node that found it). A failure here is logged; the job stays failed.
   */
  onFailed?: (payload: P, error: string) => Promise<void>;
}

export interface JobView {
  id: string;
  kind: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  progress?: unknown;
  lastError?: string;
  runAt: Date;
  leaseUntil?: Date;
  createdAt: Date;
  finishedAt?: Date;
}

export class JobLeaseLost extends Error {
  constructor(id: string) {
    super(`job ${id} is no longer held by this node`);
  }
}

const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_RETRY_BASE_MS = 30_000;
const MAX_RETRY_MS = 3_600_000;
/** How long a shutdown waits for handlers to reach a safe point after their signal is aborted. */
const SHUTDOWN_GRACE_MS = 5000;
/** Finished jobs are kept this long (what an import reports is on its own record), then deleted. */
const RETENTION_MS = 30 * 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;

interface Kind {
  handler: JobHandler<unknown>;
  onFailed?: (payload: unknown, error: string) => Promise<void>;
  maxAttempts: number;
  retryBaseMs: number;
}

/**
 * Durable background work on a lease (`jobs` collection; the same code on MongoDB and the embedded engine).
 * Features register a handler per kind at start-up and `enqueue` work, named by a key so that enqueueing it
 * again stores nothing. Every node runs a worker: it claims due jobs of the kinds it knows for
 * JOBS_LEASE_SECONDS, renews the lease every third of it while the handler runs, and records the outcome:
 * done; a failure retried with exponential backoff until the kind's `maxAttempts`, then failed. A node that
 * dies leaves its lease to expire, and the next pass of any node (or of the node once restarted) takes the
 * job again, its handler resuming from the progress it reported. At-least-once: handlers must be idempotent.
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(Jobs.name);
  /** This process's name in leases, unique per start: a restarted node never takes an old lease for its own. */
  readonly workerId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly kinds = new Map<string, Kind>();
  private readonly running = new Map<string, { done: Promise<void>; stop: AbortController }>();
  private timer?: NodeJS.Timeout;
  private timerAt = Infinity;
  private passing?: Promise<void>;
  private again = false;
  /** The timer runs from application bootstrap on; before that (and in tests) passes are run by hand. */
  private started = false;
  private stopping = false;
  private lastPruneAt = 0;

  constructor(
    private readonly repository: JobsRepository,
    private readonly config: AppConfig,
    metrics: Metrics,
  ) {
    metrics.gauge('jobs_open', 'Background jobs queued or running (all nodes)', () => repository.countOpen());
  }

  /** Call at module init: this node runs jobs of `kind` with `handler`. */
  register<P>(kind: string, handler: JobHandler<P>, options: JobKindOptions<P> = {}): void {
    if (this.kinds.has(kind)) throw new Error(`job kind ${kind} is registered twice`);
    this.kinds.set(kind, {
      handler: handler as JobHandler<unknown>,
      onFailed: options.onFailed as Kind['onFailed'],
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      retryBaseMs: options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS,
    });
  }

  /** Stores the job (durable once this resolves) and wakes this node's worker. `key` names the work: once per key. */
  async enqueue<P>(kind: string, payload: P, options: { key?: string; runAt?: Date } = {}): Promise<{ id: string; created: boolean }> {
    const known = this.kinds.get(kind);
    if (!known) throw new Error(`no handler for job kind ${kind}`);
    const now = new Date();
    const id = `${kind}:${options.key ?? randomUUID()}`;
    const stored = await this.repository.insert(
      { _id: id, kind, payload, maxAttempts: known.maxAttempts, runAt: options.runAt ?? now },
      now,
    );
    if (stored.created) this.wake();
    return stored;
  }

  async get(id: string): Promise<JobView | null> {
    const doc = await this.repository.find(id);
    if (!doc) return null;
    const { _id, payload: _payload, owner: _owner, ...view } = doc;
    return { id: _id, ...view };
  }

  onApplicationBootstrap(): void {
    this.started = true;
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.passing;
    for (const { stop } of this.running.values()) stop.abort();
    const all = Promise.all([...this.running.values()].map((r) => r.done));
    if (!(await Promise.race([all.then(() => true), sleep(SHUTDOWN_GRACE_MS, false, { ref: false })])))
      this.logger.warn('stopped with jobs under way: other nodes take them once their leases end');
  }

  /** One pass (the worker's, also for tests): claims what is due up to this node's free slots and starts it. */
  async claimDue(): Promise<number> {
    const free = this.config.jobs.concurrency - this.running.size;
    if (free <= 0 || this.kinds.size === 0 || this.stopping) return 0;
    const now = new Date();
    let started = 0;
    for (const job of await this.repository.claimable([...this.kinds.keys()], now, free)) {
      if (this.running.has(job._id)) continue;
      if (job.state === 'running' && job.attempts >= job.maxAttempts) {
        const error = `its node stopped during attempt ${job.attempts} of ${job.maxAttempts}`;
        if (await this.repository.failAbandoned(job, error, now)) {
          this.logger.error({ jobId: job._id, attempts: job.attempts }, 'job failed for good: its node stopped during its last attempt');
          await this.failedForGood(job.kind, job._id, job.payload, error);
        }
        continue;
      }
      const claimed = await this.repository.claim(job, this.workerId, now, new Date(now.getTime() + this.config.jobs.leaseMs));
      if (claimed) {
        this.execute(claimed);
        started++;
      }
    }
    return started;
  }

  /** Resolves once the jobs this node runs now have ended (tests). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()].map((r) => r.done));
  }

  /** Jobs this node is running now. */
  get active(): number {
    return this.running.size;
  }

  private wake(): void {
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopping || !this.started) return;
    const at = Date.now() + delayMs;
    if (this.timer && at >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.tick(), delayMs);
    this.timer.unref();
  }

  private tick(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    if (this.passing) {
      this.again = true;
      return;
    }
    this.passing = this.claimDue()
      .then(() => this.pruneNow())
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not look for jobs due'))
      .finally(() => {
        this.passing = undefined;
        this.schedule(this.again ? 0 : this.config.jobs.pollMs);
        this.again = false;
      });
  }

  private execute(claimed: ClaimedJob): void {
    const { lease } = claimed;
    const kind = this.kinds.get(claimed.kind)!;
    const stop = new AbortController();
    const leaseMs = this.config.jobs.leaseMs;
    const lost = () => {
      if (!stop.signal.aborted) stop.abort(new JobLeaseLost(lease.id));
    };
    const keep = async (progress?: unknown) => {
      if (!(await this.repository.renew(lease, new Date(Date.now() + leaseMs), progress))) {
        lost();
        throw new JobLeaseLost(lease.id);
      }
    };
    // A renewal the database could not take is tried again at the next one; the lease may end meanwhile.
    const renewal = setInterval(() => void keep().catch(() => undefined), leaseMs / 3);
    renewal.unref();
    const run: JobRun<unknown> = {
      id: lease.id,
      payload: claimed.payload,
      attempt: lease.attempts,
      progress: claimed.progress,
      signal: stop.signal,
      report: keep,
    };
    const done = Promise.resolve()
      .then(() => kind.handler(run))
      .then(
        () => this.settle(lease, stop.signal, () => this.repository.complete(lease, new Date())),
        (error: unknown) => this.settle(lease, stop.signal, () => this.failed(claimed, kind, error), true),
      )
      .catch((error: unknown) =>
        this.logger.warn({ err: error, jobId: lease.id }, 'could not record the outcome of a job; its lease will end'),
      )
      .finally(() => {
        clearInterval(renewal);
        this.running.delete(lease.id);
        this.wake();
      });
    this.running.set(lease.id, { done, stop });
  }

  private async settle(lease: Lease, signal: AbortSignal, record: () => Promise<boolean>, failed = false): Promise<void> {
    if (signal.reason instanceof JobLeaseLost) {
      this.logger.warn({ jobId: lease.id }, 'job taken over by another node; this attempt stopped');
      return;
    }
    // Stopped by this node's shutdown before it ended: queued again at once, the attempt not spent.
    if (failed && signal.aborted) await this.repository.release(lease, new Date());
    else if (!(await record())) this.logger.warn({ jobId: lease.id }, 'job taken over by another node before its outcome was recorded');
  }

  private async failed(claimed: ClaimedJob, kind: Kind, error: unknown): Promise<boolean> {
    const { lease } = claimed;
    const message = error instanceof Error ? error.message : String(error);
    const now = new Date();
    if (lease.attempts >= claimed.maxAttempts) {
      this.logger.error({ err: error, jobId: lease.id, attempts: lease.attempts }, 'job failed for good');
      const recorded = await this.repository.fail(lease, message, now);
      if (recorded) await this.failedForGood(claimed.kind, lease.id, claimed.payload, message);
      return recorded;
    }
    const delay = Math.min(MAX_RETRY_MS, kind.retryBaseMs * 2 ** (lease.attempts - 1));
    this.logger.warn({ err: error, jobId: lease.id, attempts: lease.attempts, retryInMs: delay }, 'job failed; retried later');
    return this.repository.fail(lease, message, now, new Date(now.getTime() + delay));
  }

  private async pruneNow(): Promise<void> {
    if (Date.now() - this.lastPruneAt < PRUNE_EVERY_MS) return;
    this.lastPruneAt = Date.now();
    await this.repository.prune(new Date(Date.now() - RETENTION_MS));
  }

  private async failedForGood(kind: string, id: string, payload: unknown, error: string): Promise<void> {
    await this.kinds
      .get(kind)
      ?.onFailed?.(payload, error)
      .catch((failure: unknown) => this.logger.warn({ err: failure, jobId: id }, "the failed job's own cleanup failed"));
  }
}
