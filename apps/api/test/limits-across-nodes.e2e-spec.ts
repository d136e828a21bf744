import { randomUUID } from 'node:crypto';
import type { Ack, AuthResult } from '@trainaction/contracts';
import { aRegistration, ApiClient, connectSocket } from '@trainaction/testing';
import { Types } from 'mongoose';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessHarness } from './process-harness';

/**
 * Issue 25, limits across nodes: with REDIS_URL the HTTP throttler and the live-room send limit count in
 * Redis, so two API processes sharing it allow each limit once, not twice. Each node alone would accept
 * every request below (6 of 10 per node).
 */
const harness = new ProcessHarness('limitsacrossnodes');
const sockets: Socket[] = [];
let nodes: string[];

beforeAll(async () => {
  const redisUrl = await harness.redis();
  const env = { REDIS_URL: redisUrl, RATE_LIMIT_PER_MINUTE: '10', MESSAGE_BURST: '10', MESSAGE_RATE_PER_SECOND: '2' };
  nodes = [await harness.api(env), await harness.api(env)];
}, 120_000);
afterAll(async () => {
  sockets.forEach((s) => s.disconnect());
  await harness.stop();
});

describe('limits shared by two API nodes through Redis', () => {
  it('answers 429 to the 11th request a minute from one address, whichever node it reaches', async () => {
    const from = { headers: { 'x-forwarded-for': '203.0.113.50' } };
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await new ApiClient(nodes[i % 2]).get('/api/me', from)).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    // Another address has its own budget on both nodes.
    expect((await new ApiClient(nodes[1]).get('/api/me', { headers: { 'x-forwarded-for': '203.0.113.51' } })).status).toBe(401);
  });

  it("refuses a person's 11th message within the window although their sockets are on different nodes", async () => {
    const input = aRegistration();
    const address = { headers: { 'x-forwarded-for': '198.51.100.60' } };
    await new ApiClient(nodes[0]).post('/api/auth/register', input, address);
    const { accessToken } = (
      await new ApiClient(nodes[1]).post<AuthResult>('/api/auth/login', { email: input.email, password: input.password }, address)
    ).body;
    const pair = [await connectSocket(nodes[0], accessToken), await connectSocket(nodes[1], accessToken)];
    sockets.push(...pair);
    // The limit is spent before the room is looked up: an unknown room answers NOT_FOUND while budget is left.
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const reply: Ack<unknown> = await pair[i % 2]
        .timeout(10_000)
        .emitWithAck('message:send', { roomId: new Types.ObjectId().toHexString(), clientMsgId: randomUUID(), body: `hola ${i}` });
      codes.push(reply.ok ? 'OK' : reply.error.code);
    }
    expect(codes).toEqual([...Array(10).fill('NOT_FOUND'), 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('counts on each node while Redis is down instead of failing or holding requests', async () => {
    await harness.stopRedis();
    const started = Date.now();
    const from = { headers: { 'x-forwarded-for': '203.0.113.52' } };
    expect((await new ApiClient(nodes[0]).get('/api/me', from)).status).toBe(401);
    const reply: Ack<unknown> = await sockets[0]
      .timeout(10_000)
      .emitWithAck('message:send', { roomId: new Types.ObjectId().toHexString(), clientMsgId: randomUUID(), body: 'sin redis' });
    expect(reply).toMatchObject({ ok: false });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
