import { setTimeout as sleep } from 'node:timers/promises';
import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import mongoose, { type Connection, type Model } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../config/app-config';
import { Metrics } from '../metrics/metrics';
import { JOB_MODEL, JobSchema, type JobDoc } from './job.schema';
import { JobLeaseLost, Jobs, type JobKindOptions, type JobRun } from './jobs';
import { JobsRepository } from './jobs.repository';

/** Durable jobs on the embedded database (or TEST_MONGODB_URI): claims, leases that end, retries, fencing. */
let uri: string;
let connection: Connection;
let model: Model<JobDoc>;
let repository: JobsRepository;
const workers: Jobs[] = [];

beforeAll(async () => {
  uri = testDatabaseUri('jobs');
  connection = await mongoose.createConnection(uri, { autoIndex: true, bufferCommands: false }).asPromise();
  model = connection.model<JobDoc>(JOB_MODEL, JobSchema);
  await model.init();
  repository = new JobsRepository(model);
});

afterAll(async () => {
  for (const worker of workers) await worker.beforeApplicationShutdown();
  await connection?.close();
  await dropDatabase(uri);
});

let kinds = 0;
/** A fresh kind per test, so tests never claim each other's jobs. */
function aKind(): string {
  return `test-${++kinds}`;
}

/** A node's worker, driven by hand (`claimDue`) rather than by its timer. */
function aWorker(leaseMs = 60_000, concurrency = 4): Jobs {
  const config = { jobs: { leaseMs, pollMs: 3_600_000, concurrency } } as AppConfig;
  const worker = new Jobs(repository, config, new Metrics(connection));
  workers.push(worker);
  return worker;
}

function on<P>(workers: Jobs[], kind: string, handler: (run: JobRun<P>) => Promise<void>, options?: JobKindOptions<P>): void {
  for (const worker of workers) worker.register<P>(kind, handler, options);
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(20);
  }
}

describe(Jobs.name, () => {
  it('stores one job per key, and reports its state', async () => {
    const kind = aKind();
    const worker = aWorker();
    on([worker], kind, async () => undefined);
    const first = await worker.enqueue(kind, { n: 1 }, { key: 'same' });
    const again = await worker.enqueue(kind, { n: 2 }, { key: 'same' });
    expect(first).toEqual({ id: `${kind}:same`, created: true });
    expect(again).toEqual({ id: first.id, created: false });
    expect(await worker.get(first.id)).toMatchObject({ state: 'queued', attempts: 0, maxAttempts: 5 });
    expect(await worker.claimDue()).toBe(1);
    await worker.idle();
    expect(await worker.get(first.id)).toMatchObject({ state: 'done', attempts: 1, finishedAt: expect.any(Date) });
    expect(await model.countDocuments({ kind })).toBe(1);
    // Its payload is gone once done; finished jobs are deleted after the retention.
    expect(await model.findById(first.id).lean()).not.toHaveProperty('payload');
    expect(await repository.prune(new Date(Date.now() - 60_000))).toBe(0);
    expect(await repository.prune(new Date(Date.now() + 1000))).toBeGreaterThanOrEqual(1);
    expect(await model.countDocuments({ kind })).toBe(0);
  });

  it('runs each of 30 jobs exactly once while three nodes race for them', async () => {
    const kind = aKind();
    const nodes = [aWorker(), aWorker(), aWorker()];
    const runs = new Map<number, string[]>();
    nodes.forEach((node, i) =>
      node.register<{ n: number }>(kind, async (run) => {
        runs.set(run.payload.n, [...(runs.get(run.payload.n) ?? []), `node${i}`]);
        await sleep(5);
      }),
    );
    for (let n = 0; n < 30; n++) await nodes[0].enqueue(kind, { n });
    await until(async () => {
      await Promise.all(nodes.map((node) => node.claimDue()));
      return (await model.countDocuments({ kind, state: 'done' })) === 30;
    });
    await Promise.all(nodes.map((node) => node.idle()));
    expect([...runs.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, n) => n));
    expect([...runs.values()].every((who) => who.length === 1)).toBe(true);
    expect(await model.countDocuments({ kind, attempts: 1 })).toBe(30);
  });

  it('takes over a job whose node died once its lease ends, resuming from its progress', async () => {
    const kind = aKind();
    const survivor = aWorker(60_000);
    const seen: { attempt: number; progress: unknown }[] = [];
    on([survivor], kind, async (run) => {
      seen.push({ attempt: run.attempt, progress: run.progress });
    });
    const { id } = await survivor.enqueue(kind, {}, { key: 'abandoned' });
    // A node claims it for 300 ms, reports progress, and dies (no renewal, no outcome).
    const [job] = await repository.claimable([kind], new Date(), 1);
    const dead = (await repository.claim(job, 'dead-node', new Date(), new Date(Date.now() + 300)))!;
    expect(await repository.renew(dead.lease, new Date(Date.now() + 300), { rowsDone: 25 })).toBe(true);

    expect(await survivor.claimDue()).toBe(0);
    await sleep(350);
    expect(await survivor.claimDue()).toBe(1);
    await survivor.idle();
    expect(seen).toEqual([{ attempt: 2, progress: { rowsDone: 25 } }]);
    expect(await survivor.get(id)).toMatchObject({ state: 'done', attempts: 2 });
    // The dead node's late writes change nothing.
    expect(await repository.complete(dead.lease, new Date())).toBe(false);
    expect(await repository.fail(dead.lease, 'late', new Date(), new Date())).toBe(false);
    expect(await survivor.get(id)).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('keeps the lease of a long job by renewing it, and stops a holder whose lease was taken over', async () => {
    const kind = aKind();
    const [slow, other] = [aWorker(300), aWorker(300)];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const outcomes: string[] = [];
    on([slow], kind, async (run) => {
      await gate;
      try {
        await run.report({ step: 'after the gate' });
        outcomes.push('reported');
      } catch (error) {
        outcomes.push(error instanceof JobLeaseLost && run.signal.aborted ? 'lease lost' : String(error));
        throw error;
      }
    });
    on([other], kind, async (run) => {
      outcomes.push(`taken over at attempt ${run.attempt}`);
    });
    const { id } = await slow.enqueue(kind, {});
    expect(await slow.claimDue()).toBe(1);
    // Three leases' worth of time: renewals keep it.
    await sleep(900);
    expect(await other.claimDue()).toBe(0);
    expect(await slow.get(id)).toMatchObject({ state: 'running', attempts: 1 });
    // The slow node stalls past its lease (as if its event loop were blocked): the other node takes the job.
    // (Its renewal timer may extend the lease between the two steps: try again.)
    await until(async () => {
      await model.updateOne({ _id: id }, { $set: { leaseUntil: new Date(Date.now() - 1) } });
      return (await other.claimDue()) === 1;
    });
    await other.idle();
    release();
    await slow.idle();
    expect(outcomes).toEqual(['taken over at attempt 2', 'lease lost']);
    expect(await slow.get(id)).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('retries a failing job with backoff, then succeeds', async () => {
    const kind = aKind();
    const worker = aWorker();
    const attempts: number[] = [];
    on(
      [worker],
      kind,
      async (run) => {
        attempts.push(run.attempt);
        if (run.attempt < 3) throw new Error(`flaky ${run.attempt}`);
      },
      { retryBaseMs: 200 },
    );
    const { id } = await worker.enqueue(kind, {});
    await worker.claimDue();
    await worker.idle();
    expect(await worker.get(id)).toMatchObject({ state: 'queued', attempts: 1, lastError: 'flaky 1' });
    // Not before its backoff (200 ms, then 400 ms).
    expect(await worker.claimDue()).toBe(0);
    await until(async () => (await worker.claimDue()) === 1);
    await worker.idle();
    const second = (await worker.get(id))!;
    expect(second).toMatchObject({ state: 'queued', attempts: 2, lastError: 'flaky 2' });
    expect(second.runAt.getTime() - Date.now()).toBeGreaterThan(250);
    await until(async () => (await worker.claimDue()) === 1);
    await worker.idle();
    expect(attempts).toEqual([1, 2, 3]);
    expect(await worker.get(id)).toMatchObject({ state: 'done', attempts: 3 });
  });

  it('marks a job failed after its last attempt, also when the node running it died', async () => {
    const kind = aKind();
    const worker = aWorker();
    const told: [string, string][] = [];
    on<{ n: number }>(
      [worker],
      kind,
      async () => {
        throw new Error('always');
      },
      { maxAttempts: 2, retryBaseMs: 10, onFailed: async (payload, error) => void told.push([`job ${payload.n}`, error]) },
    );
    const failing = await worker.enqueue(kind, { n: 1 });
    await until(async () => {
      await worker.claimDue();
      await worker.idle();
      return (await worker.get(failing.id))?.state === 'failed';
    });
    expect(await worker.get(failing.id)).toMatchObject({ state: 'failed', attempts: 2, lastError: 'always' });

    const abandoned = await worker.enqueue(kind, { n: 2 });
    await model.updateOne({ _id: abandoned.id }, { $set: { state: 'running', attempts: 2, owner: 'dead-node', leaseUntil: new Date(0) } });
    expect(await worker.claimDue()).toBe(0);
    expect(await worker.get(abandoned.id)).toMatchObject({
      state: 'failed',
      attempts: 2,
      lastError: 'its node stopped during attempt 2 of 2',
    });
    expect(told).toEqual([
      ['job 1', 'always'],
      ['job 2', 'its node stopped during attempt 2 of 2'],
    ]);
  });

  it('puts the jobs under way back in the queue when its node shuts down, without spending an attempt', async () => {
    const kind = aKind();
    const [leaving, next] = [aWorker(), aWorker()];
    on([leaving], kind, (run) => new Promise((_, reject) => run.signal.addEventListener('abort', () => reject(new Error('stopping')))));
    const done: number[] = [];
    on([next], kind, async (run) => {
      done.push(run.attempt);
    });
    const { id } = await leaving.enqueue(kind, {});
    expect(await leaving.claimDue()).toBe(1);
    await leaving.beforeApplicationShutdown();
    expect(await leaving.get(id)).toMatchObject({ state: 'queued', attempts: 0 });
    expect(await next.claimDue()).toBe(1);
    await next.idle();
    expect(done).toEqual([1]);
  });
});
