import { randomUUID } from 'node:crypto';
import {
  mergeMessages,
  type CohortView,
  type CourseView,
  type MessageView,
  type Page,
  type RoomJoinResult,
  type RoomView,
} from '@trainaction/contracts';
import { call, callOk, connectSocket } from '@trainaction/testing';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

let api: RunningApi;
let coordinator: SignedIn;
let [ana, beto, carla, mod]: SignedIn[] = [];
let roomX: RoomView;
let roomY: RoomView;
const sockets: Socket[] = [];

async function connect(who: SignedIn): Promise<Socket> {
  const socket = await connectSocket(api.url, who.token);
  sockets.push(socket);
  return socket;
}

const ok = callOk;

/** Sends like the web composer: on RATE_LIMITED it waits and retries with the same clientMsgId. */
async function send(socket: Socket, body: string, extra: Record<string, unknown> = {}): Promise<MessageView> {
  const payload = { roomId: roomX.id, clientMsgId: randomUUID(), body, ...extra };
  for (;;) {
    const reply = await call<{ message: MessageView }>(socket, 'message:send', payload);
    if (reply.ok) return reply.data.message;
    if (reply.error.code !== 'RATE_LIMITED') throw new Error(`message:send failed: ${JSON.stringify(reply.error)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Everything in the room's main timeline as the server has it now, through REST. */
async function databaseView(who: SignedIn): Promise<Map<string, MessageView>> {
  const all: MessageView[] = [];
  let before: string | null = null;
  do {
    const page: { body: Page<MessageView> } = await api
      .client()
      .get<Page<MessageView>>(`/api/rooms/${roomX.id}/messages?limit=100${before ? `&before=${before}` : ''}`, { token: who.token });
    all.push(...page.body.items);
    before = page.body.nextCursor;
  } while (before);
  return new Map(all.map((m) => [m.id, m]));
}

function comparable(view: Map<string, MessageView>) {
  return [...view.values()]
    .filter((m) => !m.threadRootId)
    .map(({ id, body, deleted, editedAt, replyCount, reactions }) => ({
      id,
      body,
      deleted,
      editedAt,
      replyCount,
      reactions: reactions.map((r) => `${r.emoji}:${r.count}`).sort(),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

beforeAll(async () => {
  api = await startApi('rooms');
  coordinator = await api.signUp('coordinator');
  [ana, beto, carla, mod] = await Promise.all([
    api.signUp('learner'),
    api.signUp('learner', { country: 'GT', displayName: 'Beto Guatemala' }),
    api.signUp('learner'),
    api.signUp('moderator'),
  ]);
  const course = (
    await api
      .client()
      .post<CourseView>(
        '/api/courses',
        { slug: 'curso-sala', title: { es: 'Curso' }, summary: { es: 'R' }, status: 'published' },
        { token: coordinator.token },
      )
  ).body;
  const cohort = (name: string) =>
    api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name,
        countries: ['HN', 'GT'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2026-12-01T00:00:00Z',
        timezone: 'America/Guatemala',
      },
      { token: coordinator.token },
    );
  const [x, y] = [(await cohort('Cohorte X')).body, (await cohort('Cohorte Y')).body];
  const enrol = (cohortId: string, who: SignedIn, role = 'learner') =>
    api.client().post(`/api/cohorts/${cohortId}/enrollments`, { userId: who.user.id, role }, { token: coordinator.token });
  await Promise.all([enrol(x.id, ana), enrol(x.id, beto), enrol(x.id, mod, 'moderator'), enrol(y.id, carla)]);
  roomX = (await api.client().get<RoomView[]>(`/api/cohorts/${x.id}/rooms`, { token: ana.token })).body[0];
  roomY = (await api.client().get<RoomView[]>(`/api/cohorts/${y.id}/rooms`, { token: carla.token })).body[0];
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => api?.close());

describe('live rooms', () => {
  it('gives every cohort a default room', () => {
    expect(roomX).toMatchObject({ name: 'General', isDefault: true, locked: false });
    expect(roomY.id).not.toBe(roomX.id);
  });

  it('stores one message for five concurrent sends of one clientMsgId, and answers five identical acks', async () => {
    const socket = await connect(ana);
    await ok(socket, 'room:join', { roomId: roomX.id });
    const clientMsgId = randomUUID();
    const replies = await Promise.all(
      Array.from({ length: 5 }, () =>
        call<{ message: MessageView }>(socket, 'message:send', { roomId: roomX.id, clientMsgId, body: 'Hola desde Honduras' }),
      ),
    );
    expect(replies.every((r) => r.ok)).toBe(true);
    const ids = replies.map((r) => (r.ok ? r.data.message.id : ''));
    expect(new Set(ids).size).toBe(1);
    const stored = [...(await databaseView(ana)).values()].filter((m) => m.clientMsgId === clientMsgId);
    expect(stored).toHaveLength(1);
  });

  it('delivers a message live to the other members of the room', async () => {
    const [a, b] = await Promise.all([connect(ana), connect(beto)]);
    await ok(a, 'room:join', { roomId: roomX.id });
    await ok(b, 'room:join', { roomId: roomX.id });
    const received = new Promise<MessageView>((resolve) =>
      b.on('message:new', (m: MessageView) => m.body === '¿Qué opinan?' && resolve(m)),
    );
    const sent = await send(a, '¿Qué opinan?');
    expect((await received).id).toBe(sent.id);
    expect(sent.author).toMatchObject({ id: ana.user.id, country: 'HN' });
  });

  it('brings a client that was away back to exactly the database view: no gap, no duplicate', async () => {
    const b = await connect(beto);
    const first = await ok<RoomJoinResult>(b, 'room:join', { roomId: roomX.id });
    const view = mergeMessages(new Map(), first.messages);
    b.on('message:new', (m: MessageView) => mergeMessages(view, [m]));
    b.disconnect();

    const a = await connect(ana);
    await ok(a, 'room:join', { roomId: roomX.id });
    const sent: MessageView[] = [];
    for (let i = 0; i < 50; i++) sent.push(await send(a, `mensaje ${i}`));
    for (const m of sent.slice(0, 5)) await ok(a, 'message:edit', { messageId: m.id, body: `${m.body} (editado)` });
    for (const m of sent.slice(10, 13)) await ok(a, 'message:delete', { messageId: m.id });
    for (const m of sent.slice(20, 30)) await ok(a, 'message:react', { messageId: m.id, emoji: '👍', on: true });

    const back = await connect(beto);
    const catchUp = await ok<RoomJoinResult>(back, 'room:join', { roomId: roomX.id, since: first.syncToken });
    mergeMessages(view, catchUp.messages);
    expect(catchUp.hasMore).toBe(false);
    expect(comparable(view)).toEqual(comparable(await databaseView(beto)));
    expect(comparable(view).filter((m) => m.deleted)).toHaveLength(3);
    // Catch-ups of the room share one read and one view per message; each still shows its reader's own reactions.
    const [theirs, mine] = await Promise.all(
      [beto, ana].map(async (who) => ok<RoomJoinResult>(await connect(who), 'room:join', { roomId: roomX.id, since: first.syncToken })),
    );
    const mineFlags = (joined: RoomJoinResult) => joined.messages.flatMap((m) => m.reactions.map((r) => r.mine));
    expect(mineFlags(theirs)).toEqual(Array(10).fill(false));
    expect(mineFlags(mine)).toEqual(Array(10).fill(true));
  }, 60_000);

  it('keeps another cohort out: join, send and history answer NOT_FOUND', async () => {
    const c = await connect(carla);
    expect(await call(c, 'room:join', { roomId: roomX.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call(c, 'message:send', { roomId: roomX.id, clientMsgId: randomUUID(), body: 'intruso' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await api.client().get(`/api/rooms/${roomX.id}/messages`, { token: carla.token })).status).toBe(404);
    expect((await api.client().get(`/api/cohorts/${roomX.cohortId}/rooms`, { token: carla.token })).status).toBe(404);
  });

  it('rate-limits a client sending 50 messages at once and stores none of the excess', async () => {
    const spammer = await api.signUp('learner');
    await api.client().post(`/api/cohorts/${roomX.cohortId}/enrollments`, { userId: spammer.user.id }, { token: coordinator.token });
    const s = await connect(spammer);
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call<{ message: MessageView }>(s, 'message:send', { roomId: roomX.id, clientMsgId: randomUUID(), body: `spam ${i}` }),
      ),
    );
    const accepted = replies.filter((r) => r.ok).length;
    expect(replies.filter((r) => !r.ok && r.error.code === 'RATE_LIMITED').length).toBe(50 - accepted);
    expect(accepted).toBeLessThanOrEqual(12);
    const stored = [...(await databaseView(spammer)).values()].filter((m) => m.author.id === spammer.user.id);
    expect(stored).toHaveLength(accepted);
  });

  it('validates payloads and limits: empty, overlong, unknown keys', async () => {
    const a = await connect(ana);
    for (const payload of [
      { roomId: roomX.id, clientMsgId: randomUUID(), body: '   ' },
      { roomId: roomX.id, clientMsgId: randomUUID(), body: 'x'.repeat(4001) },
      { roomId: roomX.id, clientMsgId: randomUUID(), body: 'hola', $where: '1' },
      { roomId: { $ne: null }, clientMsgId: randomUUID(), body: 'hola' },
    ]) {
      expect(await call(a, 'message:send', payload)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    }
  });

  it('lets only the author edit, keeps threads with reply counts, and lets a moderator delete', async () => {
    const [a, b, m] = await Promise.all([connect(ana), connect(beto), connect(mod)]);
    for (const s of [a, b, m]) await ok(s, 'room:join', { roomId: roomX.id });
    const root = await send(a, 'Inicio de hilo');
    expect(await call(b, 'message:edit', { messageId: root.id, body: 'cambio ajeno' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const rootUpdate = new Promise<MessageView>((resolve) =>
      a.on('message:updated', (u: MessageView) => u.id === root.id && u.replyCount === 1 && resolve(u)),
    );
    await ok(b, 'message:send', { roomId: roomX.id, clientMsgId: randomUUID(), body: 'Respuesta', threadRootId: root.id });
    expect((await rootUpdate).replyCount).toBe(1);
    const thread = await api
      .client()
      .get<Page<MessageView>>(`/api/rooms/${roomX.id}/messages?threadRootId=${root.id}`, { token: ana.token });
    expect(thread.body.items.map((x) => x.body)).toEqual(['Respuesta']);
    expect(await call(b, 'message:delete', { messageId: root.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(m, 'message:delete', { messageId: root.id })).toMatchObject({ ok: true });
  });

  it('counts unread messages per reader and notifies a mentioned member', async () => {
    const [a, b] = await Promise.all([connect(ana), connect(beto)]);
    await ok(a, 'room:join', { roomId: roomX.id });
    const notified = new Promise<{ kind: string }>((resolve) => b.on('notification:new', resolve));
    const last = await send(a, 'Una pregunta para @Beto Guatemala sobre su país');
    expect(await notified).toMatchObject({ kind: 'mention' });
    const { unread } = await ok<{ unread: number }>(b, 'room:read', { roomId: roomX.id, messageId: last.id });
    expect(unread).toBe(0);
    await send(a, 'otro mensaje');
    const rooms = await api.client().get<RoomView[]>(`/api/cohorts/${roomX.cohortId}/rooms`, { token: beto.token });
    expect(rooms.body[0]).toMatchObject({ unread: 1, lastReadMessageId: last.id });
  });

  it('shows every joiner the room as stored, after each kind of change since the last join', async () => {
    const [a, b, m] = await Promise.all([connect(ana), connect(beto), connect(mod)]);
    for (const s of [a, b, m]) await ok(s, 'room:join', { roomId: roomX.id }); // the room's snapshot is cached
    const joinView = async (who: SignedIn) => {
      const joined = await ok<RoomJoinResult>(await connect(who), 'room:join', { roomId: roomX.id });
      return comparable(new Map(joined.messages.map((x) => [x.id, x])));
    };
    const stored = async () => comparable(await databaseView(ana)).slice(-50);
    const first = await send(a, 'Primera versión');
    expect(await joinView(beto)).toEqual(await stored());
    await ok(a, 'message:edit', { messageId: first.id, body: 'Segunda versión' });
    expect(await joinView(beto)).toEqual(await stored());
    await ok(b, 'message:react', { messageId: first.id, emoji: '👍', on: true });
    expect(await joinView(ana)).toEqual(await stored());
    await ok(b, 'message:react', { messageId: first.id, emoji: '👍', on: false });
    expect(await joinView(ana)).toEqual(await stored());
    await ok(m, 'message:delete', { messageId: first.id });
    expect(await joinView(beto)).toEqual(await stored());
  });

  it('moves a read mark only forward, and a join counts unread from the furthest mark', async () => {
    const a = await connect(ana);
    await ok(a, 'room:join', { roomId: roomX.id });
    const older = await send(a, 'leído antes');
    const newer = await send(a, 'leído después');
    const b = await connect(beto);
    expect((await ok<RoomJoinResult>(b, 'room:join', { roomId: roomX.id })).room.unread).toBeGreaterThanOrEqual(2);
    expect(await ok<{ unread: number }>(b, 'room:read', { roomId: roomX.id, messageId: newer.id })).toEqual({ unread: 0 });
    // An older tab marks an older message read: the mark stays on the newer one.
    expect(await ok<{ unread: number }>(b, 'room:read', { roomId: roomX.id, messageId: older.id })).toEqual({ unread: 0 });
    const joined = await ok<RoomJoinResult>(await connect(beto), 'room:join', { roomId: roomX.id });
    expect(joined.room).toMatchObject({ unread: 0, lastReadMessageId: newer.id });
    await send(a, 'nuevo');
    expect((await ok<RoomJoinResult>(await connect(beto), 'room:join', { roomId: roomX.id })).room.unread).toBe(1);
  });
});
