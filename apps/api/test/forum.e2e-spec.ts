import { randomUUID } from 'node:crypto';
import type {
  ActivityThreadView,
  CohortView,
  CourseView,
  ErrorBody,
  MessageView,
  NotificationView,
  PostView,
  RoomView,
  ThreadDetail,
  ThreadView,
} from '@trainaction/contracts';
import { call, callOk, connectSocket } from '@trainaction/testing';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

let api: RunningApi;
let coordinator: SignedIn;
let [ana, beto, carla, mod]: SignedIn[] = [];
let course: CourseView;
let cohortX: CohortView;
let cohortY: CohortView;
const sockets: Socket[] = [];

async function connect(who: SignedIn): Promise<Socket> {
  const socket = await connectSocket(api.url, who.token);
  sockets.push(socket);
  return socket;
}

async function thread(who: SignedIn, cohort: CohortView, body: Record<string, unknown>): Promise<ThreadView> {
  const res = await api
    .client()
    .post<ThreadView>(
      `/api/cohorts/${cohort.id}/threads`,
      { title: 'Prevención comunitaria', body: '¿Qué funciona?', ...body },
      { token: who.token },
    );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function post(who: SignedIn, threadId: string, body: string, parentId?: string) {
  return api.client().post<PostView & ErrorBody>(`/api/threads/${threadId}/posts`, { body, parentId }, { token: who.token });
}

async function notifications(who: SignedIn): Promise<NotificationView[]> {
  return (await api.client().get<{ items: NotificationView[] }>('/api/notifications', { token: who.token })).body.items;
}

beforeAll(async () => {
  api = await startApi('forum');
  coordinator = await api.signUp('coordinator');
  [ana, beto, carla, mod] = await Promise.all([
    api.signUp('learner'),
    api.signUp('learner'),
    api.signUp('learner', { country: 'CR' }),
    api.signUp('moderator'),
  ]);
  course = (
    await api.client().post<CourseView>(
      '/api/courses',
      {
        slug: 'curso-foro',
        title: { es: 'Curso' },
        summary: { es: 'R' },
        status: 'published',
        modules: [
          {
            title: { es: 'M' },
            lessons: [],
            activities: [
              { kind: 'forum', title: { es: 'Comparar países' }, prompt: 'Compare', completion: { kind: 'forum_posts', replies: 1 } },
            ],
          },
        ],
      },
      { token: coordinator.token },
    )
  ).body;
  const cohort = (name: string) =>
    api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name,
        countries: ['HN', 'CR'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2026-12-01T00:00:00Z',
        timezone: 'America/Tegucigalpa',
      },
      { token: coordinator.token },
    );
  [cohortX, cohortY] = [(await cohort('Foro X')).body, (await cohort('Foro Y')).body];
  const enrol = (c: CohortView, who: SignedIn, role = 'learner') =>
    api.client().post(`/api/cohorts/${c.id}/enrollments`, { userId: who.user.id, role }, { token: coordinator.token });
  await Promise.all([enrol(cohortX, ana), enrol(cohortX, beto), enrol(cohortX, mod, 'moderator'), enrol(cohortY, carla)]);
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => api?.close());

describe('forums', () => {
  it('keeps another cohort out of the cohort forum (404) but shares the course-wide forum', async () => {
    const own = await thread(ana, cohortX, {});
    expect((await api.client().get(`/api/threads/${own.id}`, { token: carla.token })).status).toBe(404);
    expect((await post(carla, own.id, 'intrusa')).status).toBe(404);
    expect((await api.client().get(`/api/cohorts/${cohortX.id}/threads`, { token: carla.token })).status).toBe(404);

    const shared = await thread(ana, cohortX, { courseWide: true, title: 'Intercambio entre países' });
    const fromY = await api
      .client()
      .get<{ items: ThreadView[] }>(`/api/cohorts/${cohortY.id}/threads?courseWide=true`, { token: carla.token });
    expect(fromY.body.items.map((t) => t.id)).toContain(shared.id);
    expect((await post(carla, shared.id, 'Desde Costa Rica')).status).toBe(201);
  });

  it('withholds peers’ posts under the post-first rule until the learner posts, and tracks completion', async () => {
    const activityId = course.modules[0].activities[0].id;
    const activity = await thread(mod, cohortX, { title: 'Actividad: comparar países', activityId, postFirst: true });
    const betoFirst = await post(beto, activity.id, 'Mi aporte desde Honduras');
    expect(betoFirst.status).toBe(201);

    const before = (await api.client().get<ThreadDetail>(`/api/threads/${activity.id}`, { token: ana.token })).body;
    expect(before.mustPostFirst).toBe(true);
    expect(before.posts).toEqual([]);
    expect(before.completion).toMatchObject({ initialPost: false, replies: 0, required: 1, complete: false });

    expect((await post(ana, activity.id, 'Mi aporte inicial')).status).toBe(201);
    const after = (await api.client().get<ThreadDetail>(`/api/threads/${activity.id}`, { token: ana.token })).body;
    expect(after.mustPostFirst).toBe(false);
    expect(after.posts.map((p) => p.body)).toEqual(['Mi aporte desde Honduras', 'Mi aporte inicial']);
    expect(after.completion).toMatchObject({ initialPost: true, replies: 0, complete: false });

    expect((await post(ana, activity.id, 'Respondo a Beto', betoFirst.body.id)).status).toBe(201);
    const done = (await api.client().get<ThreadDetail>(`/api/threads/${activity.id}`, { token: ana.token })).body;
    expect(done.completion).toMatchObject({ replies: 1, complete: true });
    expect((await api.client().get<ThreadDetail>(`/api/threads/${activity.id}`, { token: mod.token })).body.posts).toHaveLength(3);
  });

  it("lists a forum activity's threads in the person's cohort with their progress, and nothing of another cohort", async () => {
    const activityId = course.modules[0].activities[0].id!;
    const inX = await thread(mod, cohortX, { title: 'Actividad en X', activityId });
    const shared = await thread(mod, cohortX, { title: 'Actividad para todo el curso', activityId, courseWide: true });
    await thread(mod, cohortX, { title: 'Otro hilo' });
    const list = (who: SignedIn, cohort: CohortView) =>
      api.client().get<ActivityThreadView[]>(`/api/activities/${activityId}/threads?cohortId=${cohort.id}`, { token: who.token });

    const before = (await list(ana, cohortX)).body.filter((t) => [inX.id, shared.id].includes(t.id));
    expect(before.map((t) => [t.title, t.completion.complete])).toEqual([
      ['Actividad en X', false],
      ['Actividad para todo el curso', false],
    ]);
    const first = await post(beto, inX.id, 'Aporte de Beto');
    await post(ana, inX.id, 'Mi aporte');
    await post(ana, inX.id, 'Respondo a Beto', first.body.id);
    const after = (await list(ana, cohortX)).body.find((t) => t.id === inX.id);
    expect(after?.completion).toEqual({ initialPost: true, replies: 1, required: 1, complete: true });

    // Carla (cohort Y) sees the course-wide thread only; cohort X is not hers to ask about.
    expect((await list(carla, cohortY)).body.map((t) => t.id)).toEqual([shared.id]);
    expect((await list(carla, cohortX)).status).toBe(404);
    expect((await api.client().get(`/api/activities/${activityId}/threads?cohortId=nope`, { token: ana.token })).status).toBe(400);
  });

  it('notifies the followers of a reply, not its author, and delivers new posts live', async () => {
    const t = await thread(ana, cohortX, { title: 'Seguimiento' });
    const betoSocket = await connect(beto);
    await callOk(betoSocket, 'forum:watch', { cohortId: cohortX.id, threadId: t.id });
    expect((await post(beto, t.id, 'Primera respuesta')).status).toBe(201); // Beto now follows too
    const live = new Promise<PostView>((resolve) =>
      betoSocket.on('forum:post', (p: PostView) => p.body === 'Respuesta de Ana' && resolve(p)),
    );
    const notified = new Promise<NotificationView>((resolve) =>
      betoSocket.on('notification:new', (n: NotificationView) => n.kind === 'forum_reply' && resolve(n)),
    );
    const before = (await notifications(ana)).length;

    expect((await post(ana, t.id, 'Respuesta de Ana')).status).toBe(201);
    expect((await live).author.id).toBe(ana.user.id);
    expect((await notified).params).toEqual({ actor: ana.user.displayName, thread: 'Seguimiento' }); // stored as kind and parameters
    expect((await notifications(ana)).length).toBe(before); // nothing for her own reply
    expect((await notifications(ana)).some((n) => n.kind === 'forum_reply' && n.params.thread === 'Seguimiento')).toBe(true); // Beto's reply
    const marked = await api.client().post<{ unread: number }>('/api/notifications/read', { ids: 'all' }, { token: beto.token });
    expect(marked.body.unread).toBe(0);
  });

  it('notifies every member of a moderator’s announcement, and a member mentioned in a post', async () => {
    expect(
      (
        await api
          .client()
          .post(`/api/cohorts/${cohortX.id}/threads`, { title: 'Anuncio', body: 'x', announcement: true }, { token: ana.token })
      ).status,
    ).toBe(403);
    const announcement = await thread(mod, cohortX, { title: 'Sesión del jueves', body: 'Nos vemos a las 10:00', announcement: true });
    for (const who of [ana, beto])
      expect((await notifications(who)).some((n) => n.kind === 'announcement' && n.link?.includes(announcement.id))).toBe(true);
    expect((await notifications(carla)).some((n) => n.kind === 'announcement')).toBe(false);
    expect((await post(ana, announcement.id, `Gracias, @${beto.user.displayName}, ¿puede compartir sus datos?`)).status).toBe(201);
    expect((await notifications(beto)).some((n) => n.kind === 'mention')).toBe(true);
  });

  it('finds posts by words, author and date, and never ones the user cannot see', async () => {
    await thread(ana, cohortX, { title: 'Observatorio municipal de violencia', body: 'Datos de homicidios por municipio' });
    const hidden = await thread(mod, cohortX, {
      title: 'Actividad secreta',
      activityId: course.modules[0].activities[0].id,
      postFirst: true,
    });
    expect((await post(beto, hidden.id, 'Observatorio comunitario en Choluteca')).status).toBe(201);

    const forAna = await api
      .client()
      .get<{ threads: ThreadView[]; posts: PostView[] }>('/api/forum/search?q=observatorio', { token: ana.token });
    expect(forAna.body.threads.map((t) => t.title)).toContain('Observatorio municipal de violencia');
    expect(forAna.body.posts.map((p) => p.body)).not.toContain('Observatorio comunitario en Choluteca');
    const forCarla = await api
      .client()
      .get<{ threads: ThreadView[]; posts: PostView[] }>('/api/forum/search?q=observatorio', { token: carla.token });
    expect(forCarla.body.threads).toEqual([]);
    const byAuthor = await api.client().get<{ posts: PostView[] }>(`/api/forum/search?authorId=${beto.user.id}`, { token: mod.token });
    expect(byAuthor.body.posts.map((p) => p.body)).toContain('Observatorio comunitario en Choluteca');
    const future = await api
      .client()
      .get<{ threads: ThreadView[] }>(`/api/forum/search?q=observatorio&from=${encodeURIComponent('2030-01-01T00:00:00Z')}`, {
        token: ana.token,
      });
    expect(future.body.threads).toEqual([]);
  });

  it('turns a closed live session into exactly one thread with its pinned messages', async () => {
    const [room] = (await api.client().get<RoomView[]>(`/api/cohorts/${cohortX.id}/rooms`, { token: mod.token })).body;
    const m = await connect(mod);
    await callOk(m, 'room:join', { roomId: room.id });
    const { message } = await callOk<{ message: MessageView }>(m, 'message:send', {
      roomId: room.id,
      clientMsgId: randomUUID(),
      body: 'Conclusión: compartir datos entre países',
    });
    await callOk(m, 'moderation:pin', { messageId: message.id, pinned: true });
    const closes = await Promise.all(
      [0, 1, 2].map(() =>
        api.client().post<ThreadView>(`/api/rooms/${room.id}/close-session`, { summary: 'Resumen de la sesión' }, { token: mod.token }),
      ),
    );
    expect(new Set(closes.map((c) => c.body.id)).size).toBe(1);
    const created = (await api.client().get<ThreadDetail>(`/api/threads/${closes[0].body.id}`, { token: ana.token })).body;
    expect(created.body).toContain('Conclusión: compartir datos entre países');
    expect(created.body).toContain(`/rooms/${room.id}`);
    expect(created.roomId).toBe(room.id);
    const after = (await api.client().get<RoomView>(`/api/rooms/${room.id}`, { token: ana.token })).body;
    expect(after.lastSessionThreadId).toBe(created.id);
    expect((await api.client().post(`/api/rooms/${room.id}/close-session`, { summary: 'x' }, { token: ana.token })).status).toBe(403);
  });

  it('lets members flag a post and moderators hide it with a reason everyone sees', async () => {
    const t = await thread(ana, cohortX, { title: 'Hilo moderado' });
    const reply = (await post(beto, t.id, 'Mi número es 9999-9999')).body;
    const a = await connect(ana);
    expect(await call(a, 'flag:create', { postId: reply.id, reason: 'personal_data' })).toMatchObject({
      ok: true,
      data: { flag: { state: 'open' } },
    });
    const flags = await api.client().get<{ postId?: string }[]>(`/api/cohorts/${cohortX.id}/flags`, { token: mod.token });
    expect(flags.body.map((f) => f.postId)).toContain(reply.id);
    const m = await connect(mod);
    expect(await call(m, 'moderation:hide', { postId: reply.id, reason: 'personal_data' })).toMatchObject({
      ok: true,
      data: { post: { hidden: true } },
    });
    const seen = (await api.client().get<ThreadDetail>(`/api/threads/${t.id}`, { token: ana.token })).body.posts.find(
      (p) => p.id === reply.id,
    )!;
    expect(seen).toMatchObject({ hidden: true, hiddenReason: 'personal_data', body: '' });
    expect(await call(a, 'moderation:hide', { postId: reply.id, reason: 'spam' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses posts in a locked forum thread and from a muted member, also in the course-wide forum', async () => {
    const t = await thread(ana, cohortX, { title: 'Hilo que se cierra' });
    const m = await connect(mod);
    expect(await call(m, 'moderation:lock', { forumThreadId: t.id, locked: true })).toMatchObject({
      ok: true,
      data: { thread: { locked: true } },
    });
    expect((await post(beto, t.id, 'tarde')).body.error.code).toBe('ROOM_LOCKED');
    expect(await call(await connect(ana), 'moderation:lock', { forumThreadId: t.id, locked: false })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const shared = await thread(ana, cohortX, { courseWide: true, title: 'Hilo regional' });
    await callOk(m, 'moderation:mute', { cohortId: cohortX.id, userId: beto.user.id, minutes: 10, reason: 'Prueba' });
    expect((await post(beto, shared.id, 'silenciado')).body.error.code).toBe('MUTED');
    await callOk(m, 'moderation:mute', { cohortId: cohortX.id, userId: beto.user.id, minutes: 0, reason: 'Fin' });
    expect((await post(beto, shared.id, 'de nuevo')).status).toBe(201);
  });

  it('answers bad input clearly and changes nothing', async () => {
    const t = await thread(ana, cohortX, { title: 'Hilo para errores' });
    expect(
      (await api.client().post<ErrorBody>(`/api/cohorts/${cohortX.id}/threads`, { title: '', body: 'x' }, { token: ana.token })).body.error
        .details?.[0].path,
    ).toBe('title');
    expect((await post(ana, t.id, 'x'.repeat(20_001))).status).toBe(400);
    const foreign = await thread(carla, cohortY, { title: 'Hilo ajeno' });
    expect((await post(ana, foreign.id, 'respuesta')).status).toBe(404);
    const other = await thread(ana, cohortX, { title: 'Otro hilo' });
    const otherPost = await post(ana, other.id, 'en otro hilo');
    expect((await post(ana, t.id, 'respuesta cruzada', otherPost.body.id)).status).toBe(400);
    expect((await api.client().request('DELETE', `/api/threads/${t.id}`, undefined, { token: ana.token })).status).toBe(204);
    expect((await post(beto, t.id, 'a un hilo borrado')).status).toBe(409);
    expect((await api.client().get<ThreadDetail>(`/api/threads/${t.id}`, { token: ana.token })).body.posts).toEqual([]);
    expect(await call(await connect(carla), 'forum:watch', { cohortId: cohortX.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
