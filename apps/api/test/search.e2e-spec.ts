// Issue 23, search: forum results ranked by relevance (words in the title, then how often they occur, then
// newest), and live-room messages found from their own word index with the rooms' visibility: only cohorts
// the person may see now (not one they are banned from, not another cohort), never deleted or hidden messages.
import { randomUUID } from 'node:crypto';
import type {
  CohortView,
  CourseView,
  ForumSearchResult,
  MessageSearchResult,
  MessageView,
  PostView,
  RoomView,
  ThreadView,
} from '@trainaction/contracts';
import { WarmUps, type RequestsSummary } from '@trainaction/platform';
import { callOk, connectSocket } from '@trainaction/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import mongoose, { type Connection } from 'mongoose';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

let api: RunningApi;
let coordinator: SignedIn;
let [ana, beto, mod, outsider]: SignedIn[] = [];
let cohort: CohortView;
let other: CohortView;

const get = async <T>(who: SignedIn, path: string) => {
  const res = await api.client().get<T>(path, { token: who.token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const forumSearch = (who: SignedIn, q: string) => get<ForumSearchResult>(who, `/api/forum/search?q=${encodeURIComponent(q)}&limit=50`);
const roomSearch = (who: SignedIn, q: string) => get<MessageSearchResult>(who, `/api/messages/search?q=${encodeURIComponent(q)}&limit=50`);
const newThread = async (who: SignedIn, title: string, body: string) =>
  (await api.client().post<ThreadView>(`/api/cohorts/${cohort.id}/threads`, { title, body }, { token: who.token })).body;
const reply = async (who: SignedIn, threadId: string, body: string) =>
  (await api.client().post<PostView>(`/api/threads/${threadId}/posts`, { body }, { token: who.token })).body;

async function makeCohort(courseId: string, name: string): Promise<CohortView> {
  const input = {
    courseId,
    name,
    countries: ['HN'],
    startsAt: '2026-07-01T00:00:00Z',
    endsAt: '2026-12-01T00:00:00Z',
    timezone: 'America/Tegucigalpa',
  };
  return (await api.client().post<CohortView>('/api/cohorts', input, { token: coordinator.token })).body;
}
const enrol = (c: CohortView, who: SignedIn, role = 'learner') =>
  api.client().post(`/api/cohorts/${c.id}/enrollments`, { userId: who.user.id, role }, { token: coordinator.token });
const generalRoom = async (c: CohortView, who: SignedIn) => (await get<RoomView[]>(who, `/api/cohorts/${c.id}/rooms`))[0];
const send = async (socket: Socket, roomId: string, body: string) =>
  (await callOk<{ message: MessageView }>(socket, 'message:send', { roomId, clientMsgId: randomUUID(), body })).message;

beforeAll(async () => {
  api = await startApi('search', { MESSAGE_BURST: '1000', MESSAGE_RATE_PER_SECOND: '1000' });
  coordinator = await api.signUp('coordinator');
  [ana, beto, mod, outsider] = await Promise.all([
    api.signUp('learner'),
    api.signUp('learner'),
    api.signUp('moderator'),
    api.signUp('learner'),
  ]);
  const course = (
    await api
      .client()
      .post<CourseView>(
        '/api/courses',
        { slug: 'curso-busqueda', title: { es: 'Curso' }, summary: { es: 'R' }, status: 'published', modules: [] },
        { token: coordinator.token },
      )
  ).body;
  cohort = await makeCohort(course.id, 'Búsqueda');
  other = await makeCohort(course.id, 'Otra');
  await Promise.all([enrol(cohort, ana), enrol(cohort, beto), enrol(cohort, mod, 'moderator'), enrol(other, outsider)]);
}, 60_000);
afterAll(() => api?.close());

describe('forum search ranking', () => {
  it('puts title matches first, then more occurrences, then the newest', async () => {
    const inTitle = await newThread(ana, 'Patrullas comunitarias en barrios', 'Experiencias de cada país.');
    const twice = await newThread(beto, 'Experiencias locales', 'La patrulla a pie y la patrulla en moto.');
    const once = await newThread(beto, 'Otra experiencia', 'Hablamos de la patrulla ayer.');
    expect((await forumSearch(ana, 'patrullas')).threads.map((t) => t.id)).toEqual([inTitle.id, twice.id, once.id]);
  });

  it('ranks posts by their thread’s title, then occurrences, and names the thread', async () => {
    const plain = await newThread(ana, 'Dudas generales', 'Cualquier pregunta.');
    const titled = await newThread(ana, 'Indicadores de violencia', 'Preguntas sobre indicadores.');
    const p1 = await reply(beto, titled.id, 'Un indicador útil es la tasa de homicidios.');
    const p2 = await reply(beto, plain.id, 'El indicador y otro indicador más.');
    const p3 = await reply(beto, plain.id, 'Un indicador nuevo.');
    const found = (await forumSearch(ana, 'indicador')).posts;
    expect(found.map((p) => p.id)).toEqual([p1.id, p2.id, p3.id]);
    expect(found[0].threadTitle).toBe('Indicadores de violencia');
  });
});

describe('search of live rooms', () => {
  let anaSocket: Socket;
  let modSocket: Socket;
  let outsiderSocket: Socket;
  let room: RoomView;
  beforeAll(async () => {
    [anaSocket, modSocket, outsiderSocket] = await Promise.all([ana, mod, outsider].map((w) => connectSocket(api.url, w.token)));
    room = await generalRoom(cohort, ana);
  });
  afterAll(() => [anaSocket, modSocket, outsiderSocket].forEach((s) => s?.disconnect()));

  it('finds messages with accents, case and plurals folded, most occurrences first, with the room named', async () => {
    const once = await send(anaSocket, room.id, 'La Policía comunitaria llegó.');
    const twice = await send(modSocket, room.id, 'policia y más policías');
    const found = (await roomSearch(beto, 'POLICIA')).messages;
    expect(found.map((m) => m.id)).toEqual([twice.id, once.id]);
    expect(found[0]).toMatchObject({ roomId: room.id, roomName: 'General', cohortId: cohort.id, body: 'policia y más policías' });
  });

  it('follows edits and never shows deleted or hidden messages', async () => {
    const edited = await send(anaSocket, room.id, 'Hablemos de presupuesto');
    const deleted = await send(anaSocket, room.id, 'Otro presupuesto');
    const hidden = await send(anaSocket, room.id, 'Presupuesto ofensivo');
    const kept = await send(anaSocket, room.id, 'Presupuestos municipales');
    await callOk(anaSocket, 'message:edit', { messageId: edited.id, body: 'Hablemos de salarios' });
    await callOk(anaSocket, 'message:delete', { messageId: deleted.id });
    await callOk(modSocket, 'moderation:hide', { messageId: hidden.id, reason: 'inappropriate' });
    for (const who of [beto, mod, coordinator]) expect((await roomSearch(who, 'presupuesto')).messages.map((m) => m.id)).toEqual([kept.id]);
    expect((await roomSearch(beto, 'salario')).messages.map((m) => m.id)).toEqual([edited.id]);
  });

  it('shows nothing of another cohort’s rooms, and nothing of a cohort one is banned from', async () => {
    const otherRoom = await generalRoom(other, outsider);
    const theirs = await send(outsiderSocket, otherRoom.id, 'Criminalidad en la otra cohorte');
    const ours = await send(anaSocket, room.id, 'Criminalidad en nuestra cohorte');
    expect((await roomSearch(beto, 'criminalidad')).messages.map((m) => m.id)).toEqual([ours.id]);
    expect((await roomSearch(outsider, 'criminalidad')).messages.map((m) => m.id)).toEqual([theirs.id]);
    expect((await roomSearch(coordinator, 'criminalidad')).messages.map((m) => m.id).sort()).toEqual([ours.id, theirs.id].sort());
    await callOk(modSocket, 'moderation:mute', { cohortId: cohort.id, userId: beto.user.id, kind: 'ban', minutes: 60, reason: 'Prueba' });
    expect((await roomSearch(beto, 'criminalidad')).messages).toEqual([]);
  });

  // Before the API listens (main.ts): a thread list's and a search's code optimised by V8 before the first people ask.
  it('lists and searches the newest thread’s forum in the warm-up, many times, reading only', async () => {
    const t = await newThread(mod, 'Prevención comunitaria del delito', 'Un programa municipal de prevención');
    await reply(ana, t.id, 'La prevención comunitaria funciona en mi barrio');
    const commands: string[] = [];
    mongoose.set('debug', (collection: string, method: string) => {
      if (/^(forum_|memberships)/.test(collection)) commands.push(`${collection}.${method}`);
    });
    let done: { name: string; error?: string }[];
    try {
      done = await api.app.get(WarmUps).run();
    } finally {
      mongoose.set('debug', false);
    }
    expect(done.find((task) => task.name === 'forum')).toEqual({ name: 'forum', ms: expect.any(Number) });
    for (const read of ['forum_threads.find', 'forum_reads.find', 'forum_follows.find', 'forum_posts.find'])
      expect(commands).toContain(read);
    expect(commands.filter((c) => c === 'forum_search_terms.find').length).toBeGreaterThan(1);
    expect(commands.filter((c) => !/\.(find|findOne)$/.test(c))).toEqual([]);
  });

  // Then, before it listens, the API asks itself over HTTP for the pages people open most (WarmUps.runRequests).
  it('asks itself for the newest rooms’ pages and forums’ lists and searches: all answered, read only, outside the budget', async () => {
    // A node indexes at its start the messages still marked unindexed (writes); the first node removes the
    // marks once sends pause (rooms.service-spec.ts), so the warm-up's own commands are recorded after that.
    const messages = api.app.get<Connection>(getConnectionToken()).collection('messages');
    await vi.waitFor(async () => expect(await messages.countDocuments({ unindexed: true })).toBe(0), { timeout: 5_000 });
    const commands: string[] = [];
    mongoose.set('debug', (collection: string, method: string) => commands.push(`${collection}.${method}`));
    // A second node on the same database whose budget is two requests a minute per person and route: the
    // warm-up's own requests are not counted (each path is asked once, then in bursts).
    const node = await startApi('search-warm-up', { MONGODB_URI: api.config.mongodbUri, RATE_LIMIT_PER_MINUTE: '2' });
    let summary: RequestsSummary;
    try {
      summary = await node.app.get(WarmUps).runRequests(node.app.getHttpAdapter().getInstance());
    } finally {
      mongoose.set('debug', false);
      await node.close();
    }
    expect(summary.failed).toEqual([]);
    expect(summary.bursts).toBeGreaterThan(2);
    for (const read of ['messages.find', 'forum_threads.find', 'forum_search_terms.find']) expect(commands).toContain(read);
    expect(commands.filter((c) => !/\.(find|findOne|countDocuments|aggregate|distinct|createIndex)$/.test(c))).toEqual([]);
  });

  it('refuses an empty search with a clear error', async () => {
    const res = await api.client().get<{ error: { code: string } }>('/api/messages/search?q=', { token: ana.token });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('thread list order', () => {
  it('lists by last activity by default, pages on, and gives unanswered and newest on request', async () => {
    const course = (await get<CohortView>(ana, `/api/cohorts/${cohort.id}`)).courseId;
    const quiet = await makeCohort(course, 'Orden');
    await enrol(quiet, ana);
    const post = async (title: string) =>
      (await api.client().post<ThreadView>(`/api/cohorts/${quiet.id}/threads`, { title, body: 'Cuerpo' }, { token: ana.token })).body;
    const a = await post('Primero');
    const b = await post('Segundo');
    const c = await post('Tercero');
    await reply(ana, a.id, 'Respuesta que reactiva el primero');
    const list = (query: string) =>
      get<{ items: ThreadView[]; nextCursor: string | null }>(ana, `/api/cohorts/${quiet.id}/threads?${query}`);
    expect((await list('')).items.map((t) => t.id)).toEqual([a.id, c.id, b.id]);
    const first = await list('limit=2');
    expect(first.items.map((t) => t.id)).toEqual([a.id, c.id]);
    expect((await list(`limit=2&cursor=${first.nextCursor}`)).items.map((t) => t.id)).toEqual([b.id]);
    expect((await list('sort=newest')).items.map((t) => t.id)).toEqual([c.id, b.id, a.id]);
    expect((await list('sort=unanswered')).items.map((t) => t.id)).toEqual([c.id, b.id]);
    const bad = await api.client().get<{ error: { code: string } }>(`/api/cohorts/${quiet.id}/threads?sort=popular`, { token: ana.token });
    expect(bad.status).toBe(400);
  });
});

describe('quoting a post', () => {
  // beto was banned above: the moderator is quoted here.
  it('stores the reference and shows the quoted author and text as they read now', async () => {
    const thread = await newThread(ana, 'Hilo con citas', 'Cuerpo');
    const quoted = await reply(mod, thread.id, 'La prevención empieza en la escuela.');
    const res = await api
      .client()
      .post<PostView>(`/api/threads/${thread.id}/posts`, { body: 'Coincido.', quotedPostId: quoted.id }, { token: ana.token });
    expect(res.status).toBe(201);
    expect(res.body.quote).toEqual({ postId: quoted.id, author: mod.user.displayName, excerpt: 'La prevención empieza en la escuela.' });
    await api.client().patch(`/api/posts/${quoted.id}`, { body: 'La prevención empieza en casa.' }, { token: mod.token });
    const read = async () => (await get<{ posts: PostView[] }>(ana, `/api/threads/${thread.id}`)).posts.find((p) => p.id === res.body.id)!;
    expect((await read()).quote?.excerpt).toBe('La prevención empieza en casa.');
    await callOk(await connectSocket(api.url, mod.token), 'moderation:hide', { postId: quoted.id, reason: 'inappropriate' });
    expect((await read()).quote).toEqual({ postId: quoted.id });
  });

  it('refuses to quote a post of another thread', async () => {
    const one = await newThread(ana, 'Uno', 'Cuerpo');
    const two = await newThread(ana, 'Dos', 'Cuerpo');
    const elsewhere = await reply(mod, one.id, 'Texto');
    const res = await api
      .client()
      .post<{ error: { code: string; details: { path: string }[] } }>(
        `/api/threads/${two.id}/posts`,
        { body: 'Cita', quotedPostId: elsewhere.id },
        { token: ana.token },
      );
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('quotedPostId');
  });
});
