import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Ack, CohortView, CourseView, MessageView, RoomView } from '@trainaction/contracts';
import mongoose from 'mongoose';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDb, type EmbeddedDb } from '../../../scripts/lib/embedded-db.mjs';
import { startApi, type RunningApi } from './api-harness';

/**
 * Database faults while clients send at a steady rate: the database process is killed (SIGKILL) and
 * restarted FAULT_CYCLES times (10 here, 20 in `npm run test:faults`). Every acknowledged message must be
 * stored exactly once; clients retry what got an error or no ack with the same clientMsgId.
 */
const CYCLES = Number(process.env.FAULT_CYCLES ?? 10);
const root = resolve(__dirname, '../../..');
let dataDir: string;
let db: EmbeddedDb;
let api: RunningApi;
let uri: string;

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'trainaction-faults-'));
  db = await startEmbeddedDb({ root, dataDir });
  uri = `${db.uri}/faults`;
  api = await startApi('faults', { MONGODB_URI: uri, RATE_LIMIT_PER_MINUTE: '1000000' });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('database faults', () => {
  it(`loses nothing acknowledged and doubles nothing across ${CYCLES} database kills`, async () => {
    const coordinator = await api.signUp('coordinator');
    const learner = await api.signUp('learner');
    const course = (
      await api
        .client()
        .post<CourseView>(
          '/api/courses',
          { slug: 'fallas', title: { es: 'C' }, summary: { es: 'R' }, status: 'published' },
          { token: coordinator.token },
        )
    ).body;
    const cohort = (
      await api.client().post<CohortView>(
        '/api/cohorts',
        {
          courseId: course.id,
          name: 'Cohorte fallas',
          countries: ['HN'],
          startsAt: '2026-07-01T00:00:00Z',
          endsAt: '2026-12-01T00:00:00Z',
          timezone: 'America/Tegucigalpa',
        },
        { token: coordinator.token },
      )
    ).body;
    await api.client().post(`/api/cohorts/${cohort.id}/enrollments`, { userId: learner.user.id }, { token: coordinator.token });
    const [room] = (await api.client().get<RoomView[]>(`/api/cohorts/${cohort.id}/rooms`, { token: learner.token })).body;
    const socket: Socket = io(api.url, { auth: { token: learner.token }, transports: ['websocket'], forceNew: true });
    await new Promise<void>((r) => socket.once('connect', () => r()));

    // The sender: two messages a second (the per-user send limit); a message without an ok ack is retried with the same id.
    const acked = new Map<string, string>();
    const outcomes = { ok: 0, unavailable: 0, noAck: 0, other: [] as string[] };
    const slowFailures: number[] = [];
    let sending = true;
    const sender = (async () => {
      let pending: string | null = null;
      while (sending || pending) {
        const clientMsgId: string = pending ?? randomUUID();
        const started = Date.now();
        try {
          const reply: Ack<{ message: MessageView }> = await socket
            .timeout(8000)
            .emitWithAck('message:send', { roomId: room.id, clientMsgId, body: `mensaje ${clientMsgId}` });
          if (reply.ok) {
            acked.set(clientMsgId, reply.data.message.id);
            outcomes.ok++;
            pending = null;
          } else {
            if (reply.error.code === 'UNAVAILABLE') outcomes.unavailable++;
            else outcomes.other.push(reply.error.code);
            if (Date.now() - started > 6000) slowFailures.push(Date.now() - started);
            pending = clientMsgId;
          }
        } catch {
          outcomes.noAck++;
          pending = clientMsgId;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
    })();

    const ready = async () => (await fetch(`${api.url}/api/ready`)).status;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      // Let at least one message through between outages.
      const before = acked.size;
      await waitFor(async () => acked.size > before, 20_000, 'a message acknowledged between outages');
      db.process.kill('SIGKILL');
      await waitFor(async () => (await ready()) === 503, 15_000, 'readiness reporting 503');
      await new Promise((r) => setTimeout(r, 300));
      db = await startEmbeddedDb({ root, dataDir, port: db.port });
      await waitFor(async () => (await ready()) === 200, 30_000, 'readiness reporting 200 after restart');
    }
    await new Promise((r) => setTimeout(r, 1000));
    sending = false;
    await sender;
    socket.disconnect();

    expect(outcomes.other).toEqual([]);
    expect(slowFailures).toEqual([]); // failures during the outage come fast, not after a long hang
    expect(outcomes.ok).toBeGreaterThanOrEqual(CYCLES);
    expect(outcomes.unavailable + outcomes.noAck).toBeGreaterThan(0); // sends really met the outages
    console.info(
      `faults: ${CYCLES} kills, ${outcomes.ok} acked, ${outcomes.unavailable} UNAVAILABLE, ${outcomes.noAck} without ack, all retried`,
    );
    const connection = await mongoose.createConnection(uri).asPromise();
    const stored = await connection.collection('messages').find({ roomId: room.id }).toArray();
    await connection.close();
    const byClientId = new Map<string, number>();
    for (const m of stored) byClientId.set(m.clientMsgId, (byClientId.get(m.clientMsgId) ?? 0) + 1);
    for (const [clientMsgId, id] of acked) {
      expect(byClientId.get(clientMsgId), `acked ${clientMsgId} stored`).toBe(1);
      expect(stored.find((m) => m.clientMsgId === clientMsgId)!._id.toHexString()).toBe(id);
    }
    expect([...byClientId.values()].every((n) => n === 1)).toBe(true);
  }, 600_000);
});
