import { randomUUID } from 'node:crypto';
import {
  mergeMessages,
  type Ack,
  type AuthResult,
  type CohortView,
  type CourseView,
  type MessageView,
  type ParticipationReport,
  type RegisterInput,
  type RoomJoinResult,
  type RoomView,
} from '@trainaction/contracts';
import { aRegistration, ApiClient } from '@trainaction/testing';
import mongoose from 'mongoose';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessHarness } from './process-harness';

/**
 * Two API processes (the built dist/apps/api/main.js) sharing one database and one Redis
 * (Debian's redis-server): broadcasts and catch-up must work across them.
 */
const harness = new ProcessHarness('multinode');
const sockets: Socket[] = [];
let mongodbUri: string;
let nodes: string[];
let room: RoomView;
let ana: AuthResult;
let beto: AuthResult;
let coordinator: string;
let coordinatorId: string;
let courseId: string;
let cohortId: string;

function connect(url: string, token: string): Promise<Socket> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function ok<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  const reply: Ack<T> = await socket.timeout(10_000).emitWithAck(event, payload);
  if (!reply.ok) throw new Error(`${event}: ${JSON.stringify(reply.error)}`);
  return reply.data;
}

beforeAll(async () => {
  mongodbUri = harness.mongodbUri;
  // The send limit is shared by the nodes (limits-across-nodes.e2e-spec.ts); these tests send more than its burst.
  const env = { REDIS_URL: await harness.redis(), MESSAGE_BURST: '100' };
  nodes = [await harness.api(env), await harness.api(env)];

  const [first, second] = nodes.map((u) => new ApiClient(u));
  const coordinatorInput = aRegistration();
  await first.post('/api/auth/register', coordinatorInput);
  // Promote the coordinator directly in the database, as an operator would.
  const db = await mongoose.createConnection(mongodbUri).asPromise();
  await db.collection('users').updateOne({ emailLower: coordinatorInput.email.toLowerCase() }, { $set: { role: 'coordinator' } });
  await db.close();
  const coordinatorLogin = (
    await second.post<AuthResult>('/api/auth/login', { email: coordinatorInput.email, password: coordinatorInput.password })
  ).body;
  coordinator = coordinatorLogin.accessToken;
  coordinatorId = coordinatorLogin.user.id;
  // Registration signs nobody in: register on one node, sign in on the other.
  const signUp = async (input: RegisterInput) => {
    await first.post('/api/auth/register', input);
    return (await second.post<AuthResult>('/api/auth/login', { email: input.email, password: input.password })).body;
  };
  ana = await signUp(aRegistration());
  beto = await signUp(aRegistration({ country: 'GT' }));
  // Their addresses count as verified (as if they had used the link mailed at registration), so they may post.
  const verify = await mongoose.createConnection(mongodbUri).asPromise();
  await verify.collection('users').updateMany({}, { $unset: { emailUnverifiedSince: 1 } });
  await verify.close();

  const course = (
    await first.post<CourseView>(
      '/api/courses',
      { slug: 'multinodo', title: { es: 'Curso' }, summary: { es: 'R' }, status: 'published' },
      { token: coordinator },
    )
  ).body;
  const cohort = (
    await first.post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name: 'Cohorte regional',
        countries: ['HN', 'GT'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2026-12-01T00:00:00Z',
        timezone: 'America/Guatemala',
      },
      { token: coordinator },
    )
  ).body;
  cohortId = cohort.id;
  courseId = course.id;
  for (const who of [ana, beto])
    await second.post(`/api/cohorts/${cohort.id}/enrollments`, { userId: who.user.id }, { token: coordinator });
  room = (await first.get<RoomView[]>(`/api/cohorts/${cohort.id}/rooms`, { token: ana.accessToken })).body[0];
}, 120_000);

afterAll(async () => {
  sockets.forEach((s) => s.disconnect());
  await harness.stop();
});

describe('two API nodes sharing Redis', () => {
  it('delivers a message sent through one node to a client on the other, with presence across both', async () => {
    const [a, b] = [await connect(nodes[0], ana.accessToken), await connect(nodes[1], beto.accessToken)];
    await ok(a, 'room:join', { roomId: room.id });
    const joined = await ok<RoomJoinResult>(b, 'room:join', { roomId: room.id });
    expect(joined.online.sort()).toEqual([ana.user.id, beto.user.id].sort());
    const received = new Promise<MessageView>((resolve) => b.on('message:new', resolve));
    const { message } = await ok<{ message: MessageView }>(a, 'message:send', {
      roomId: room.id,
      clientMsgId: randomUUID(),
      body: 'De un nodo al otro',
    });
    expect((await received).id).toBe(message.id);
  });

  it('shows a joiner on one node what the other node just broadcast: the join snapshot is dropped first', async () => {
    const watcher = await connect(nodes[1], beto.accessToken);
    await ok(watcher, 'room:join', { roomId: room.id }); // node 2 now holds the room's snapshot
    const a = await connect(nodes[0], ana.accessToken);
    await ok(a, 'room:join', { roomId: room.id });
    const arrived = new Promise<MessageView>((resolve) => watcher.on('message:new', resolve));
    await ok(a, 'message:send', { roomId: room.id, clientMsgId: randomUUID(), body: 'Visible para quien entra' });
    const message = await arrived; // the broadcast reached node 2: so did the invalidation before it
    const joined = await ok<RoomJoinResult>(await connect(nodes[1], beto.accessToken), 'room:join', { roomId: room.id });
    expect(joined.messages.map((m) => m.id)).toContain(message.id);

    const edited = new Promise<MessageView>((resolve) => watcher.on('message:updated', resolve));
    await ok(a, 'message:edit', { messageId: message.id, body: 'Corregido' });
    await edited;
    const again = await ok<RoomJoinResult>(await connect(nodes[1], beto.accessToken), 'room:join', { roomId: room.id });
    expect(again.messages.find((m) => m.id === message.id)?.body).toBe('Corregido');
  });

  it('applies a mute made through one node at once on the other, whose caches hold the membership', async () => {
    const b = await connect(nodes[1], beto.accessToken);
    await ok(b, 'room:join', { roomId: room.id });
    await ok(b, 'message:send', { roomId: room.id, clientMsgId: randomUUID(), body: 'Antes del silencio' }); // membership now cached on node 2
    const mute = (minutes: number) =>
      new ApiClient(nodes[0]).post(
        `/api/cohorts/${cohortId}/sanctions`,
        { userId: beto.user.id, kind: 'mute', minutes, reason: 'Prueba entre nodos' },
        { token: coordinator },
      );
    expect((await mute(10)).status).toBeLessThan(300);
    await new Promise((r) => setTimeout(r, 200)); // the invalidation travels through Redis
    const refused: Ack<unknown> = await b
      .timeout(10_000)
      .emitWithAck('message:send', { roomId: room.id, clientMsgId: randomUUID(), body: 'Silenciado' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'MUTED' } });
    expect((await mute(0)).status).toBeLessThan(300);
    await new Promise((r) => setTimeout(r, 200));
    await ok(b, 'message:send', { roomId: room.id, clientMsgId: randomUUID(), body: 'De nuevo con voz' });
  });

  it("counts on one node the activity recorded through the other: report sums kept in memory follow every node's writes", async () => {
    const messagesOn = async (node: string) =>
      (await new ApiClient(node).get<ParticipationReport>('/api/analytics/participation?by=country', { token: coordinator })).body.totals
        .messages;
    await messagesOn(nodes[0]); // a report on node 1 writes what it still holds of the tests before…
    const before = await messagesOn(nodes[1]); // …so node 2 counts it; node 2 now keeps the sums
    const a = await connect(nodes[0], ana.accessToken);
    await ok(a, 'room:join', { roomId: room.id });
    await ok(a, 'message:send', { roomId: room.id, clientMsgId: randomUUID(), body: 'Cuenta en el otro nodo' });
    // Node 1 writes its counters in the background once its actions pause for a second; then node 2 must count the message.
    const after = Number(before) + 1;
    await expect.poll(() => messagesOn(nodes[1]), { timeout: 10_000, interval: 200 }).toBe(after);
    // Both nodes keep their sums now; they agree after writes through each.
    const b = await connect(nodes[1], beto.accessToken);
    await ok(b, 'room:join', { roomId: room.id });
    for (const [socket, body] of [
      [a, 'Uno'],
      [b, 'Dos'],
      [a, 'Tres'],
    ] as const)
      await ok(socket, 'message:send', { roomId: room.id, clientMsgId: randomUUID(), body });
    const expected = after + 3;
    await expect.poll(() => Promise.all(nodes.map(messagesOn)), { timeout: 10_000, interval: 200 }).toEqual([expected, expected]);
  });

  it('shows on one node, at once, the memberships and course forum moderators changed through the other, whose caches hold them', async () => {
    const [first, second] = nodes.map((u) => new ApiClient(u));
    const mine = async () =>
      (await second.get<{ items: CohortView[] }>('/api/cohorts', { token: ana.accessToken })).body.items.map((c) => c.id);
    expect(await mine()).toEqual([cohortId]); // her memberships now kept on node 2
    const other = (
      await first.post<CohortView>(
        '/api/cohorts',
        {
          courseId,
          name: 'Cohorte de otoño',
          countries: ['HN'],
          startsAt: '2026-09-01T00:00:00Z',
          endsAt: '2027-02-01T00:00:00Z',
          timezone: 'America/Tegucigalpa',
        },
        { token: coordinator },
      )
    ).body;
    expect((await first.post(`/api/cohorts/${other.id}/enrollments`, { userId: ana.user.id }, { token: coordinator })).status).toBe(201);
    await new Promise((r) => setTimeout(r, 200)); // the invalidation travels through Redis
    expect((await mine()).sort()).toEqual([cohortId, other.id].sort());

    const moderators = async () => (await second.get<string[]>(`/api/courses/${courseId}/forum-moderators`, { token: coordinator })).body;
    expect(await moderators()).toEqual([]); // the course's moderators now kept on node 2
    const named = await first.put(`/api/courses/${courseId}/forum-moderators`, { userIds: [coordinatorId] }, { token: coordinator });
    expect(named.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(await moderators()).toEqual([coordinatorId]);
  });

  it('catches a client up on one node with what was sent through the other while it was away', async () => {
    const b = await connect(nodes[1], beto.accessToken);
    const { syncToken } = await ok<RoomJoinResult>(b, 'room:join', { roomId: room.id });
    b.disconnect();
    const a = await connect(nodes[0], ana.accessToken);
    await ok(a, 'room:join', { roomId: room.id });
    const sent: string[] = [];
    for (let i = 0; i < 5; i++)
      sent.push(
        (await ok<{ message: MessageView }>(a, 'message:send', { roomId: room.id, clientMsgId: randomUUID(), body: `mientras tanto ${i}` }))
          .message.id,
      );

    const back = await connect(nodes[1], beto.accessToken);
    const catchUp = await ok<RoomJoinResult>(back, 'room:join', { roomId: room.id, since: syncToken });
    expect(catchUp.messages.map((m) => m.id)).toEqual(expect.arrayContaining(sent));
  });

  it('enforces a logout made through one node on the other within 2 s: its token refused, its socket closed', async () => {
    const input = aRegistration();
    const client = new ApiClient(nodes[0]);
    await client.post('/api/auth/register', input);
    const { accessToken } = (await client.post<AuthResult>('/api/auth/login', { email: input.email, password: input.password })).body;
    const me = () => new ApiClient(nodes[1]).get('/api/me', { token: accessToken }).then((r) => r.status);
    expect(await me()).toBe(200); // node 2 now remembers the token as verified
    const socket = await connect(nodes[1], accessToken);
    const revoked = new Promise((resolve) => socket.once('session:revoked', resolve));
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const started = Date.now();
    expect(await revoked).toEqual({ reason: 'signed_out' });
    await expect.poll(me, { timeout: 2000, interval: 100 }).toBe(401);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('brings clients of a killed node back through the other node, with their views converging', async () => {
    const a = await connect(nodes[0], ana.accessToken);
    const { syncToken, messages } = await ok<RoomJoinResult>(a, 'room:join', { roomId: room.id });
    const view = mergeMessages(new Map(), messages);
    a.on('message:new', (m: MessageView) => mergeMessages(view, [m]));
    const b = await connect(nodes[1], beto.accessToken);
    await ok(b, 'room:join', { roomId: room.id });

    const dropped = new Promise((resolve) => a.once('disconnect', resolve));
    harness.crash(nodes[0]);
    await dropped;
    const sentMeanwhile: string[] = [];
    for (let i = 0; i < 3; i++)
      sentMeanwhile.push(
        (await ok<{ message: MessageView }>(b, 'message:send', { roomId: room.id, clientMsgId: randomUUID(), body: `tras la caída ${i}` }))
          .message.id,
      );

    // The client comes back through the surviving node with its sync token.
    const back = await connect(nodes[1], ana.accessToken);
    const catchUp = await ok<RoomJoinResult>(back, 'room:join', { roomId: room.id, since: syncToken });
    mergeMessages(view, catchUp.messages);
    const history = await new ApiClient(nodes[1]).get<{ items: MessageView[] }>(`/api/rooms/${room.id}/messages?limit=100`, {
      token: ana.accessToken,
    });
    expect([...view.keys()].sort()).toEqual(history.body.items.map((m) => m.id).sort());
    expect([...view.keys()]).toEqual(expect.arrayContaining(sentMeanwhile));
  });
});
