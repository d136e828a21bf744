import type { MessageView } from '@trainaction/contracts';
import { describe, expect, it, vi } from 'vitest';
import { RoomState, firstUnreadId, outboxKey, type OutboxStorage } from './room.svelte';

type Handler = (...args: never[]) => void;
type AckFn = (res: unknown) => void;

const ROOM = 'a'.repeat(24);
const ME = 'b'.repeat(24);
const OTHER = 'c'.repeat(24);

/** Just enough of a socket.io client socket: records emits; the test answers acks (or not). */
class FakeSocket {
  connected = false;
  handlers = new Map<string, Handler[]>();
  sent: Array<{ event: string; payload: Record<string, unknown>; ack?: AckFn }> = [];
  /** Answers calls automatically; return undefined to leave a call unanswered. */
  responder: (event: string, payload: Record<string, unknown>) => unknown = () => undefined;
  on(event: string, handler: Handler) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
  }
  off(event: string, handler: Handler) {
    this.handlers.set(
      event,
      (this.handlers.get(event) ?? []).filter((h) => h !== handler),
    );
  }
  emit(event: string, payload: Record<string, unknown>, ack?: AckFn) {
    this.sent.push({ event, payload, ack });
    const answer = this.responder(event, payload);
    if (answer !== undefined && ack) queueMicrotask(() => ack(answer));
  }
  fire(event: string, ...args: unknown[]) {
    for (const handler of this.handlers.get(event) ?? []) (handler as (...a: unknown[]) => void)(...args);
  }
  goOnline() {
    this.connected = true;
    this.fire('connect');
  }
  goOffline() {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }
  calls(event: string) {
    return this.sent.filter((s) => s.event === event);
  }
}

let seq = 0;
function msg(partial: Partial<MessageView> & { id: string }): MessageView {
  return {
    roomId: ROOM,
    clientMsgId: `client-${partial.id}`,
    author: { id: OTHER, displayName: 'Otra', country: 'GT' },
    body: `body ${partial.id}`,
    replyCount: 0,
    reactions: [],
    createdAt: '2026-03-01T10:00:00.000Z',
    changedAt: '2026-03-01T10:00:00.000Z',
    ...partial,
  };
}
const id = (n: number) => n.toString(16).padStart(24, '0');

function memoryStorage(): OutboxStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

/** A tiny in-memory server: stores messages by clientMsgId, answers joins with everything changed since a token. */
function fakeServer(socket: FakeSocket) {
  const stored = new Map<string, MessageView>();
  let clock = 0;
  const server = {
    stored,
    failNextSends: [] as string[],
    put(message: MessageView) {
      stored.set(message.id, message);
    },
    touch(messageId: string, change: Partial<MessageView>) {
      clock += 1;
      const next = { ...stored.get(messageId)!, ...change, changedAt: new Date(Date.UTC(2026, 2, 2, 0, 0, clock)).toISOString() };
      stored.set(messageId, next);
      return next;
    },
  };
  socket.responder = (event, payload) => {
    if (event === 'room:join') {
      const since = payload.since as string | undefined;
      const all = [...stored.values()].filter((m) => !since || m.changedAt > since).sort((a, b) => a.changedAt.localeCompare(b.changedAt));
      const latest = [...stored.values()].reduce((t, m) => (m.changedAt > t ? m.changedAt : t), '0');
      return {
        ok: true,
        data: {
          room: { id: ROOM, cohortId: 'x', name: 'General', isDefault: true, locked: false, slowModeSeconds: 0, pinnedMessageIds: [] },
          online: [ME],
          messages: all,
          syncToken: latest,
          hasMore: false,
        },
      };
    }
    if (event === 'message:send') {
      const code = server.failNextSends.shift();
      if (code === 'NO_ANSWER') return undefined;
      if (code) return { ok: false, error: { code, message: code } };
      const existing = [...stored.values()].find((m) => m.clientMsgId === payload.clientMsgId);
      if (existing) return { ok: true, data: { message: existing } };
      seq += 1;
      clock += 1;
      const message = msg({
        id: id(1000 + seq),
        clientMsgId: payload.clientMsgId as string,
        body: payload.body as string,
        author: { id: ME, displayName: 'Yo', country: 'HN' },
        threadRootId: payload.threadRootId as string | undefined,
        changedAt: new Date(Date.UTC(2026, 2, 2, 0, 0, clock)).toISOString(),
      });
      stored.set(message.id, message);
      return { ok: true, data: { message } };
    }
    if (event === 'room:read') return { ok: true, data: { unread: 0 } };
    return undefined;
  };
  return server;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe(RoomState.name, () => {
  it('merges by id, newest changedAt wins whatever the arrival order, and sorts by id', () => {
    const room = new RoomState({ roomId: ROOM, userId: ME, initial: [msg({ id: id(2) }), msg({ id: id(1) })] });
    room.merge([msg({ id: id(2), body: 'edited', changedAt: '2026-03-01T10:05:00.000Z' })]);
    room.merge([msg({ id: id(2), body: 'stale', changedAt: '2026-03-01T10:01:00.000Z' })]);
    room.merge([msg({ id: id(3), roomId: 'd'.repeat(24) })]);
    expect(room.timeline.map((m) => [m.id, m.body])).toEqual([
      [id(1), `body ${id(1)}`],
      [id(2), 'edited'],
    ]);
  });

  it('keeps thread replies out of the main timeline', () => {
    const room = new RoomState({ roomId: ROOM, userId: ME, initial: [msg({ id: id(1) }), msg({ id: id(2), threadRootId: id(1) })] });
    expect(room.timeline.map((m) => m.id)).toEqual([id(1)]);
    expect(room.replies(id(1)).map((m) => m.id)).toEqual([id(2)]);
  });

  it('joins on connect, and on reconnect asks only for changes since its token (looping while hasMore)', async () => {
    const socket = new FakeSocket();
    const room = new RoomState({ roomId: ROOM, userId: ME });
    let joins = 0;
    socket.responder = (event, payload) => {
      if (event !== 'room:join') return undefined;
      joins += 1;
      const base = {
        room: { id: ROOM, cohortId: 'x', name: 'General', isDefault: true, locked: false, slowModeSeconds: 0, pinnedMessageIds: [] },
        online: [ME, OTHER],
      };
      if (!payload.since) return { ok: true, data: { ...base, messages: [msg({ id: id(1) })], syncToken: 't1', hasMore: false } };
      if (payload.since === 't1') return { ok: true, data: { ...base, messages: [msg({ id: id(2) })], syncToken: 't2', hasMore: true } };
      return {
        ok: true,
        data: {
          ...base,
          messages: [msg({ id: id(1), deleted: true, body: '', changedAt: '2026-03-01T11:00:00.000Z' })],
          syncToken: 't3',
          hasMore: false,
        },
      };
    };
    room.attach(socket);
    socket.goOnline();
    await vi.waitFor(() => expect(room.joined).toBe(true));
    expect(room.syncToken).toBe('t1');
    socket.goOffline();
    expect(room.joined).toBe(false);
    socket.goOnline();
    await vi.waitFor(() => expect(room.syncToken).toBe('t3'));
    expect(socket.calls('room:join').map((c) => c.payload.since)).toEqual([undefined, 't1', 't2']);
    expect(joins).toBe(3);
    expect(room.timeline.map((m) => [m.id, Boolean(m.deleted)])).toEqual([
      [id(1), true],
      [id(2), false],
    ]);
    expect(room.online).toEqual([ME, OTHER]);
  });

  it('queues while offline, persists the outbox, and sends once connected', async () => {
    const socket = new FakeSocket();
    const server = fakeServer(socket);
    const storage = memoryStorage();
    const room = new RoomState({ roomId: ROOM, userId: ME, storage });
    room.attach(socket);
    const pending = room.send('hola  \n')!;
    expect(pending.body).toBe('hola');
    expect(room.pending).toHaveLength(1);
    expect(JSON.parse(storage.data.get(outboxKey(ROOM, ME))!)[0].clientMsgId).toBe(pending.clientMsgId);
    expect(socket.calls('message:send')).toHaveLength(0);

    socket.goOnline();
    await vi.waitFor(() => expect(room.pending).toHaveLength(0));
    expect(room.timeline.map((m) => [m.body, m.clientMsgId])).toEqual([['hola', pending.clientMsgId]]);
    expect(server.stored.size).toBe(1);
    expect(storage.data.has(outboxKey(ROOM, ME))).toBe(false);
  });

  it('retries with the same clientMsgId after a timeout and a RATE_LIMITED answer, and stores the message once', async () => {
    const socket = new FakeSocket();
    const server = fakeServer(socket);
    server.failNextSends.push('NO_ANSWER', 'RATE_LIMITED');
    const room = new RoomState({ roomId: ROOM, userId: ME, timeoutMs: 20, backoffMs: () => 5 });
    room.attach(socket);
    socket.goOnline();
    await vi.waitFor(() => expect(room.joined).toBe(true));
    const pending = room.send('¿Alguien tiene el informe?')!;
    await vi.waitFor(() => expect(room.pending).toHaveLength(0), { timeout: 2000 });
    const sends = socket.calls('message:send');
    expect(sends.length).toBe(3);
    expect(new Set(sends.map((s) => s.payload.clientMsgId))).toEqual(new Set([pending.clientMsgId]));
    expect(server.stored.size).toBe(1);
    expect(room.timeline).toHaveLength(1);
  });

  it('never shows a message twice: the live echo arriving before the ack replaces the pending copy', async () => {
    const socket = new FakeSocket();
    const server = fakeServer(socket);
    server.failNextSends.push('NO_ANSWER');
    const room = new RoomState({ roomId: ROOM, userId: ME, timeoutMs: 30, backoffMs: () => 5 });
    room.attach(socket);
    socket.goOnline();
    await vi.waitFor(() => expect(room.joined).toBe(true));
    const pending = room.send('eco')!;
    await flush();
    // The server stored it and broadcast it, but the ack was lost.
    const echoed = msg({ id: id(50), clientMsgId: pending.clientMsgId, body: 'eco', author: { id: ME, displayName: 'Yo', country: 'HN' } });
    server.put(echoed);
    socket.fire('message:new', echoed);
    expect(room.pending).toHaveLength(0);
    expect(room.timeline.map((m) => m.id)).toEqual([id(50)]);
    await new Promise((r) => setTimeout(r, 80));
    expect(room.timeline.map((m) => m.id)).toEqual([id(50)]);
  });

  it('drops a persisted pending message already on the server when the page loads again (no duplicate)', async () => {
    const storage = memoryStorage();
    storage.setItem(outboxKey(ROOM, ME), JSON.stringify([{ clientMsgId: 'client-keep-1', body: 'ya enviado', queuedAt: '', attempts: 1 }]));
    const acked = msg({
      id: id(9),
      clientMsgId: 'client-keep-1',
      body: 'ya enviado',
      author: { id: ME, displayName: 'Yo', country: 'HN' },
    });
    const room = new RoomState({ roomId: ROOM, userId: ME, storage, initial: [acked] });
    expect(room.outbox).toEqual([]);
    expect(storage.data.has(outboxKey(ROOM, ME))).toBe(false);
  });

  it('resends a persisted message with its original clientMsgId; the server answers with the stored one', async () => {
    const socket = new FakeSocket();
    const server = fakeServer(socket);
    const stored = msg({
      id: id(77),
      clientMsgId: 'client-orig-1',
      body: 'desde antes',
      author: { id: ME, displayName: 'Yo', country: 'HN' },
    });
    server.put(stored);
    const storage = memoryStorage();
    storage.setItem(
      outboxKey(ROOM, ME),
      JSON.stringify([{ clientMsgId: 'client-orig-1', body: 'desde antes', queuedAt: '', attempts: 1 }]),
    );
    // This tab's first page did not include it (e.g. it is older than the first page).
    const room = new RoomState({ roomId: ROOM, userId: ME, storage });
    socket.responder = ((inner) => (event: string, payload: Record<string, unknown>) =>
      event === 'room:join'
        ? { ...(inner(event, payload) as object), data: { ...(inner(event, payload) as { data: object }).data, messages: [] } }
        : inner(event, payload))(socket.responder);
    room.attach(socket);
    socket.goOnline();
    await vi.waitFor(() => expect(room.outbox).toHaveLength(0));
    expect(socket.calls('message:send').map((s) => s.payload.clientMsgId)).toEqual(['client-orig-1']);
    expect(room.timeline.map((m) => m.id)).toEqual([id(77)]);
    expect(server.stored.size).toBe(1);
  });

  it('keeps a refused message visible as failed instead of retrying it forever', async () => {
    const socket = new FakeSocket();
    const server = fakeServer(socket);
    server.failNextSends.push('ROOM_LOCKED');
    const room = new RoomState({ roomId: ROOM, userId: ME });
    room.attach(socket);
    socket.goOnline();
    await vi.waitFor(() => expect(room.joined).toBe(true));
    const pending = room.send('cerrada')!;
    await vi.waitFor(() => expect(room.outbox[0]?.failed).toBe('ROOM_LOCKED'));
    room.retry(pending.clientMsgId);
    await vi.waitFor(() => expect(room.outbox).toHaveLength(0));
    expect(socket.calls('message:send').every((s) => s.payload.clientMsgId === pending.clientMsgId)).toBe(true);
  });

  it('shows typing from others until it stops or expires, and follows presence', async () => {
    const socket = new FakeSocket();
    fakeServer(socket);
    const room = new RoomState({ roomId: ROOM, userId: ME, typingTtlMs: 20 });
    room.attach(socket);
    socket.goOnline();
    socket.fire('typing:update', { roomId: ROOM, userId: OTHER, typing: true });
    socket.fire('typing:update', { roomId: ROOM, userId: ME, typing: true });
    expect(room.typing).toEqual([OTHER]);
    await vi.waitFor(() => expect(room.typing).toEqual([]));
    socket.fire('presence:update', { roomId: ROOM, online: [ME, OTHER, OTHER] });
    expect(room.online).toEqual([ME, OTHER]);
  });

  it('marks read only forward', async () => {
    const socket = new FakeSocket();
    fakeServer(socket);
    const room = new RoomState({ roomId: ROOM, userId: ME });
    room.attach(socket);
    socket.goOnline();
    await vi.waitFor(() => expect(room.joined).toBe(true));
    await room.markRead(id(5));
    await room.markRead(id(4));
    await room.markRead(id(5));
    await room.markRead(id(6));
    expect(socket.calls('room:read').map((c) => c.payload.messageId)).toEqual([id(5), id(6)]);
  });
});

describe(firstUnreadId.name, () => {
  const timeline = [
    msg({ id: id(1) }),
    msg({ id: id(2) }),
    msg({ id: id(3), author: { id: ME, displayName: 'Yo', country: 'HN' } }),
    msg({ id: id(4) }),
  ];
  it('puts the divider at the first of the last N messages by others', () => {
    expect(firstUnreadId(timeline, 2, ME)).toBe(id(2));
    expect(firstUnreadId(timeline, 1, ME)).toBe(id(4));
    expect(firstUnreadId(timeline, 0, ME)).toBeNull();
    expect(firstUnreadId(timeline, 9, ME)).toBe(id(1));
  });
});
