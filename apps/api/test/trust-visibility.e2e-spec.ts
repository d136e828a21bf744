import { randomUUID } from 'node:crypto';
import type { CohortView, CourseView, MessageView, NotificationView, PostView, RoomView, ThreadView } from '@trainaction/contracts';
import { call, callOk, connectSocket } from '@trainaction/testing';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

// Issue 18, findings 1, 2, 9, 10 and 11: what a curious peer must not learn through search, flags,
// notifications and the equity panel.

let api: RunningApi;
let coordinator: SignedIn;
let [ana, beto, mod, banned, removed]: SignedIn[] = [];
let course: CourseView;
let cohort: CohortView;
let room: RoomView;
const sockets: Socket[] = [];

async function connect(who: SignedIn): Promise<Socket> {
  const socket = await connectSocket(api.url, who.token);
  sockets.push(socket);
  return socket;
}

async function thread(who: SignedIn, body: Record<string, unknown>): Promise<ThreadView> {
  const res = await api
    .client()
    .post<ThreadView>(`/api/cohorts/${cohort.id}/threads`, { title: 'Tema de confianza', body: 'Cuerpo', ...body }, { token: who.token });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function post(who: SignedIn, threadId: string, body: string, extra: Record<string, unknown> = {}): Promise<PostView> {
  const res = await api.client().post<PostView>(`/api/threads/${threadId}/posts`, { body, ...extra }, { token: who.token });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function search(who: SignedIn, query: string) {
  return (await api.client().get<{ posts: PostView[]; threads: ThreadView[] }>(`/api/forum/search?${query}`, { token: who.token })).body;
}

async function notifications(who: SignedIn): Promise<NotificationView[]> {
  return (await api.client().get<{ items: NotificationView[] }>('/api/notifications', { token: who.token })).body.items;
}

beforeAll(async () => {
  api = await startApi('trust-visibility');
  coordinator = await api.signUp('coordinator');
  [ana, beto, mod, banned, removed] = await Promise.all([
    api.signUp('learner'),
    api.signUp('learner'),
    api.signUp('moderator'),
    api.signUp('learner'),
    api.signUp('learner'),
  ]);
  course = (
    await api
      .client()
      .post<CourseView>(
        '/api/courses',
        { slug: 'curso-confianza', title: { es: 'Curso' }, summary: { es: 'R' }, status: 'published' },
        { token: coordinator.token },
      )
  ).body;
  cohort = (
    await api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name: 'Confianza',
        countries: ['HN', 'GT'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2027-06-01T00:00:00Z',
        timezone: 'America/Tegucigalpa',
      },
      { token: coordinator.token },
    )
  ).body;
  const enrol = (who: SignedIn, role = 'learner') =>
    api.client().post(`/api/cohorts/${cohort.id}/enrollments`, { userId: who.user.id, role }, { token: coordinator.token });
  await Promise.all([enrol(ana), enrol(beto), enrol(mod, 'moderator'), enrol(banned), enrol(removed)]);
  room = (await api.client().get<RoomView[]>(`/api/cohorts/${cohort.id}/rooms`, { token: mod.token })).body[0];
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => api?.close());

describe('anonymous posts (finding 1)', () => {
  it('never lets a peer find a person’s anonymous posts by author, while the author and moderators still do', async () => {
    const t = await thread(mod, { allowAnonymous: true, title: 'Experiencias difíciles' });
    const anonymous = await post(ana, t.id, 'Me pasó algo en el trabajo', { anonymous: true });
    const signed = await post(ana, t.id, 'Y esto lo firmo');

    const byPeer = await search(beto, `authorId=${ana.user.id}`);
    expect(byPeer.posts.map((p) => p.id)).toContain(signed.id);
    expect(byPeer.posts.map((p) => p.id)).not.toContain(anonymous.id);
    // Nor by words, with the author revealed.
    const byWords = await search(beto, 'q=trabajo');
    expect(byWords.posts.find((p) => p.id === anonymous.id)?.author.id ?? null).toBeNull();

    expect((await search(ana, `authorId=${ana.user.id}`)).posts.map((p) => p.id)).toContain(anonymous.id);
    expect((await search(mod, `authorId=${ana.user.id}`)).posts.map((p) => p.id)).toContain(anonymous.id);
  });
});

describe('flags (finding 2)', () => {
  it('answers the reporter with the flag’s id and state only, also when the item is flagged again after moderators worked on it', async () => {
    const t = await thread(mod, { allowAnonymous: true, title: 'Para reportar' });
    const anonymous = await post(ana, t.id, 'Texto anónimo', { anonymous: true });
    const b = await connect(beto);
    const first = await callOk<{ flag: Record<string, unknown> }>(b, 'flag:create', { postId: anonymous.id, reason: 'inappropriate' });
    expect(Object.keys(first.flag).sort()).toEqual(['id', 'state']);

    const m = await connect(mod);
    const queue = await api
      .client()
      .get<{ id: string; targetAuthor?: { id: string } }[]>(`/api/cohorts/${cohort.id}/flags`, { token: mod.token });
    expect(queue.body.find((f) => f.id === first.flag.id)?.targetAuthor?.id).toBe(ana.user.id);
    const worked = await api
      .client()
      .patch(
        `/api/flags/${String(first.flag.id)}`,
        { state: 'in_progress', assigneeId: mod.user.id, note: 'Nota interna: conocemos a la autora' },
        { token: mod.token },
      );
    expect(worked.status).toBe(200);
    m.disconnect();

    const again = await callOk<{ flag: Record<string, unknown> }>(b, 'flag:create', { postId: anonymous.id, reason: 'inappropriate' });
    expect(again.flag).toEqual({ id: first.flag.id, state: 'in_progress' });
  });

  it('refuses to flag what the reporter cannot see: a hidden message, a deleted post, a post withheld by the post-first rule', async () => {
    const [m, a, b] = [await connect(mod), await connect(ana), await connect(beto)];
    for (const s of [m, a, b]) await callOk(s, 'room:join', { roomId: room.id });
    const { message } = await callOk<{ message: MessageView }>(a, 'message:send', {
      roomId: room.id,
      clientMsgId: randomUUID(),
      body: 'Un texto que el moderador oculta',
    });
    await callOk(m, 'moderation:hide', { messageId: message.id, reason: 'off_topic', hidden: true });
    expect(await call(b, 'flag:create', { messageId: message.id, reason: 'inappropriate' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const t = await thread(mod, { title: 'Borrados' });
    const deleted = await post(ana, t.id, 'Lo borro enseguida');
    expect((await api.client().request('DELETE', `/api/posts/${deleted.id}`, undefined, { token: ana.token })).status).toBe(204);
    expect(await call(b, 'flag:create', { postId: deleted.id, reason: 'inappropriate' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const postFirst = await thread(mod, { title: 'Primero publique', postFirst: true });
    const withheld = await post(ana, postFirst.id, 'Mi aporte');
    expect(await call(b, 'flag:create', { postId: withheld.id, reason: 'inappropriate' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await post(beto, postFirst.id, 'Ahora el mío');
    expect(await call(b, 'flag:create', { postId: withheld.id, reason: 'inappropriate' })).toMatchObject({ ok: true });
  });
});

describe('notifications to people who left (finding 9)', () => {
  it('sends no mention and no reply in a followed thread to a banned or removed member', async () => {
    const t = await thread(mod, { title: 'Seguido por todos' });
    await post(banned, t.id, 'Sigo este hilo');
    await post(removed, t.id, 'Yo también');
    const before = new Map(
      await Promise.all([banned, removed].map(async (who) => [who.user.id, new Set((await notifications(who)).map((n) => n.id))] as const)),
    );
    const m = await connect(mod);
    await callOk(m, 'moderation:mute', { cohortId: cohort.id, userId: banned.user.id, minutes: 60, kind: 'ban', reason: 'Acoso' });
    expect(
      (
        await api
          .client()
          .request('DELETE', `/api/cohorts/${cohort.id}/enrollments/${removed.user.id}`, undefined, { token: coordinator.token })
      ).status,
    ).toBe(204);

    await post(beto, t.id, `Respuesta que menciona a @${banned.user.displayName} y a @${removed.user.displayName}`);
    const b = await connect(beto);
    await callOk(b, 'room:join', { roomId: room.id });
    await callOk(b, 'message:send', {
      roomId: room.id,
      clientMsgId: randomUUID(),
      body: `Hola @${banned.user.displayName} y @${removed.user.displayName}`,
    });

    for (const who of [banned, removed]) {
      const since = (await notifications(who)).filter((n) => !before.get(who.user.id)!.has(n.id));
      expect(since.map((n) => `${n.kind}: ${JSON.stringify(n.params)}`)).toEqual([]);
    }
  });
});

describe('hidden posts in search (finding 10)', () => {
  it('does not find a moderator-hidden post by its words for learners; moderators still find it', async () => {
    const t = await thread(mod, { title: 'Para ocultar' });
    const hidden = await post(ana, t.id, 'palabrasecreta insulto');
    const m = await connect(mod);
    await callOk(m, 'moderation:hide', { postId: hidden.id, reason: 'inappropriate', hidden: true });
    expect((await search(beto, 'q=palabrasecreta')).posts).toEqual([]);
    expect((await search(ana, 'q=palabrasecreta')).posts).toEqual([]);
    expect((await search(mod, 'q=palabrasecreta')).posts.map((p) => p.id)).toEqual([hidden.id]);
  });
});

describe('equity of voice (finding 11)', () => {
  it('never reports a window narrow enough to single out one message: windows are whole quarter hours, at least 30 minutes', async () => {
    const at = new Date();
    const from = new Date(at.getTime() - 1).toISOString();
    const to = new Date(at.getTime() + 1).toISOString();
    const res = await api
      .client()
      .get<{ from: string; to: string }>(
        `/api/rooms/${room.id}/equity?scope=all&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        { token: mod.token },
      );
    expect(res.status).toBe(200);
    const width = new Date(res.body.to).getTime() - new Date(res.body.from).getTime();
    expect(width).toBeGreaterThanOrEqual(30 * 60_000);
    expect(new Date(res.body.from).getTime() % (15 * 60_000)).toBe(0);
    expect(new Date(res.body.to).getTime() % (15 * 60_000)).toBe(0);
  });
});
