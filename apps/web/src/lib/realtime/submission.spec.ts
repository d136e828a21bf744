import type { SubmissionView } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { LearnerSubmission, type SubmissionSocket } from './submission.svelte';
import { ReviewWatch } from './submission-queue.svelte';
import { SubmissionOutbox, submissionOutboxKey, type OutboxStorage } from './submission-outbox';

const ACTIVITY = 'b'.repeat(24);
const COHORT = 'c'.repeat(24);
const ME = 'd'.repeat(24);

function memoryStorage(): OutboxStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function stored(clientSubmissionId: string, body: string, version = 1, status: SubmissionView['status'] = 'submitted'): SubmissionView {
  return {
    id: 'a'.repeat(24),
    activityId: ACTIVITY,
    cohortId: COHORT,
    learner: { id: ME, displayName: 'Ana', country: 'HN' },
    status,
    version,
    late: false,
    versions: [{ version, body, links: [], attachments: [], submittedAt: new Date(2026, 2, version).toISOString(), late: false }],
    submittedAt: new Date(2026, 2, version).toISOString(),
    updatedAt: new Date(2026, 2, version, 12).toISOString(),
  };
}

/** A fake socket.io socket: records emits; the test decides how the server answers. */
class FakeSocket implements SubmissionSocket {
  connected = false;
  handlers = new Map<string, ((...args: never[]) => void)[]>();
  sent: { event: string; payload: Record<string, unknown> }[] = [];
  answer: (event: string, payload: Record<string, unknown>) => unknown = () => undefined;

  on(event: string, handler: (...args: never[]) => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
  }
  off(event: string, handler: (...args: never[]) => void) {
    this.handlers.set(
      event,
      (this.handlers.get(event) ?? []).filter((h) => h !== handler),
    );
  }
  emit(event: string, payload: Record<string, unknown>, ack?: (res: unknown) => void) {
    this.sent.push({ event, payload });
    const res = this.answer(event, payload);
    if (res !== undefined) queueMicrotask(() => ack?.(res));
  }
  fire(event: string, ...args: unknown[]) {
    for (const h of this.handlers.get(event) ?? []) (h as (...a: unknown[]) => void)(...args);
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('submission outbox', () => {
  it('keeps entries per person, activity and cohort across reloads', () => {
    const storage = memoryStorage();
    const key = submissionOutboxKey(ME, ACTIVITY, COHORT);
    const box = new SubmissionOutbox(storage, key);
    box.put({
      clientSubmissionId: 'client-0001',
      activityId: ACTIVITY,
      cohortId: COHORT,
      body: 'hola',
      links: [],
      queuedAt: 'now',
      attempts: 0,
    });
    expect(new SubmissionOutbox(storage, key).list().map((e) => e.clientSubmissionId)).toEqual(['client-0001']);
    expect(new SubmissionOutbox(storage, submissionOutboxKey('e'.repeat(24), ACTIVITY, COHORT)).list()).toEqual([]);
    box.remove('client-0001');
    expect(storage.data.size).toBe(0);
  });

  it('survives a broken stored value', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    expect(new SubmissionOutbox(storage, 'k').list()).toEqual([]);
  });
});

describe(LearnerSubmission.name, () => {
  it('queues work written offline and sends it on reconnection with the same clientSubmissionId', async () => {
    const storage = memoryStorage();
    const socket = new FakeSocket();
    const work = new LearnerSubmission({ activityId: ACTIVITY, cohortId: COHORT, userId: ME, storage, newId: () => 'client-offline-1' });
    work.attach(socket);

    const offline = await work.submit('Mi análisis', ['https://example.org']);
    expect(offline).toMatchObject({ ok: false, code: 'OFFLINE' });
    expect(work.pending.map((p) => p.clientSubmissionId)).toEqual(['client-offline-1']);
    expect(socket.sent).toEqual([]);

    // A reload while still offline: the queue is read back from storage.
    const reloaded = new LearnerSubmission({ activityId: ACTIVITY, cohortId: COHORT, userId: ME, storage });
    expect(reloaded.pending[0]).toMatchObject({
      clientSubmissionId: 'client-offline-1',
      body: 'Mi análisis',
      links: ['https://example.org'],
    });
    work.detach();

    // Back online: the first answer is lost (timeout), the retry uses the same id and the server stores one version.
    let calls = 0;
    socket.answer = (event, payload) => {
      if (event !== 'submission:submit') return undefined;
      calls += 1;
      return calls === 1
        ? undefined
        : { ok: true, data: { submission: stored(payload.clientSubmissionId as string, payload.body as string) } };
    };
    const fast = new LearnerSubmission({ activityId: ACTIVITY, cohortId: COHORT, userId: ME, storage, timeoutMs: 20 });
    fast.attach(socket);
    socket.connected = true;
    socket.fire('connect');
    await new Promise((r) => setTimeout(r, 40));
    expect(fast.pending).toHaveLength(1);
    await fast.flush();
    await tick();
    const ids = socket.sent.filter((s) => s.event === 'submission:submit').map((s) => s.payload.clientSubmissionId);
    expect(ids).toEqual(['client-offline-1', 'client-offline-1']);
    expect(fast.pending).toEqual([]);
    expect(storage.data.size).toBe(0);
    expect(fast.current?.status).toBe('submitted');
  });

  it('keeps refused work (with its text) instead of retrying it, and follows live updates', async () => {
    const storage = memoryStorage();
    const socket = new FakeSocket();
    socket.connected = true;
    socket.answer = () => ({ ok: false, error: { code: 'CONFLICT', message: 'waiting for review' } });
    const work = new LearnerSubmission({ activityId: ACTIVITY, cohortId: COHORT, userId: ME, storage, initial: [stored('x', 'v1')] });
    const said: string[] = [];
    work.onStatusChange((s) => `estado ${s.status}`);
    work.attach(socket);
    const result = await work.submit('v2', []);
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(work.pending[0]).toMatchObject({ body: 'v2', failed: 'CONFLICT' });

    socket.fire('submission:updated', stored('x', 'v1', 1, 'returned'));
    expect(work.current?.status).toBe('returned');
    expect(work.announcement).toBe('estado returned');
    // Someone else's submission is ignored.
    socket.fire('submission:updated', {
      ...stored('y', 'z'),
      id: 'f'.repeat(24),
      learner: { id: 'e'.repeat(24), displayName: 'B', country: 'SV' },
    });
    expect(work.submissions).toHaveLength(1);
    expect(said).toEqual([]);
  });
});

describe(ReviewWatch.name, () => {
  it('watches the cohort on each connection and adds arrivals that match the filters', async () => {
    const socket = new FakeSocket();
    socket.answer = (event) => (event === 'review:watch' ? { ok: true, data: {} } : undefined);
    const queue = new ReviewWatch({ cohortId: COHORT, filters: { status: 'submitted' } });
    queue.onChange((s, isNew) => (isNew ? `nueva ${s.learner.displayName}` : null));
    queue.attach(socket);
    socket.connected = true;
    socket.fire('connect');
    await tick();
    expect(socket.sent[0]).toEqual({ event: 'review:watch', payload: { cohortId: COHORT } });
    expect(queue.watching).toBe(true);

    socket.fire('submission:updated', stored('x', 'v1'));
    expect(queue.items).toHaveLength(1);
    expect(queue.announcement).toBe('nueva Ana');
    // A shown one stays, updated, even when it no longer matches; a new one that does not match stays out.
    socket.fire('submission:updated', stored('x', 'v1', 2, 'accepted'));
    expect(queue.items.map((s) => s.status)).toEqual(['accepted']);
    socket.fire('submission:updated', { ...stored('y', 'z', 1, 'returned'), id: 'f'.repeat(24) });
    expect(queue.items).toHaveLength(1);
  });
});
