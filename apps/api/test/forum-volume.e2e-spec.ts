// Issue 19, item 5: the forum at full volume. A thread list costs a bounded number of queries whatever its
// length (follows and read marks for the whole page, unread counts from counters), a thread's posts come a
// page at a time, and search answers from the forum's word index (accents and plurals folded) while what it
// shows is still decided by canSeePost, also after an edit, a hide or a delete made after indexing.
import type { CohortView, CourseView, PostView, ThreadDetail, ThreadView } from '@trainaction/contracts';
import { ForumSearchIndex } from '@trainaction/forum/seeding';
import { callOk, connectSocket } from '@trainaction/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

let api: RunningApi;
let [ana, beto, mod]: SignedIn[] = [];
let cohort: CohortView;

const get = async <T>(who: SignedIn, path: string) => {
  const res = await api.client().get<T>(path, { token: who.token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const newThread = async (who: SignedIn, title: string, extra: Record<string, unknown> = {}) =>
  (
    await api
      .client()
      .post<ThreadView>(`/api/cohorts/${cohort.id}/threads`, { title, body: 'Tema de discusión', ...extra }, { token: who.token })
  ).body;
const reply = async (who: SignedIn, threadId: string, body: string) =>
  (await api.client().post<PostView>(`/api/threads/${threadId}/posts`, { body }, { token: who.token })).body;
const search = (who: SignedIn, q: string) =>
  get<{ threads: ThreadView[]; posts: PostView[] }>(who, `/api/forum/search?q=${encodeURIComponent(q)}&limit=50`);

/** Database commands (`collection.method`) on forum collections while `run` runs (mongoose's debug hook, in this process). */
async function forumCommands(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  mongoose.set('debug', (collection: string, method: string) => {
    if (collection.startsWith('forum_')) seen.push(`${collection}.${method}`);
  });
  try {
    await run();
  } finally {
    mongoose.set('debug', false);
  }
  return seen;
}
const forumQueries = async (run: () => Promise<unknown>) => (await forumCommands(run)).length;

beforeAll(async () => {
  api = await startApi('forum-volume');
  const coordinator = await api.signUp('coordinator');
  [ana, beto, mod] = await Promise.all([api.signUp('learner'), api.signUp('learner'), api.signUp('moderator')]);
  const course = (
    await api
      .client()
      .post<CourseView>(
        '/api/courses',
        { slug: 'curso-volumen', title: { es: 'Curso' }, summary: { es: 'R' }, status: 'published', modules: [] },
        { token: coordinator.token },
      )
  ).body;
  cohort = (
    await api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name: 'Volumen',
        countries: ['HN'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2026-12-01T00:00:00Z',
        timezone: 'America/Tegucigalpa',
      },
      { token: coordinator.token },
    )
  ).body;
  for (const [who, role] of [
    [ana, 'learner'],
    [beto, 'learner'],
    [mod, 'moderator'],
  ] as const)
    await api.client().post(`/api/cohorts/${cohort.id}/enrollments`, { userId: who.user.id, role }, { token: coordinator.token });
}, 60_000);
afterAll(() => api?.close());

describe('thread list at volume', () => {
  it('shows 30 threads with the right follow and unread flags in a bounded number of queries', async () => {
    const threads: ThreadView[] = [];
    for (let i = 0; i < 30; i++) {
      const t = await newThread(beto, `Hilo ${i}`);
      for (let r = 0; r < i % 3; r++) await reply(beto, t.id, `Respuesta ${r}`);
      threads.push(t);
    }
    for (const t of threads.slice(0, 5)) await api.client().put(`/api/threads/${t.id}/follow`, { following: true }, { token: ana.token });
    await reply(ana, threads[5].id, 'Mi aporte'); // follows it; her own post is not unread
    await get(ana, `/api/threads/${threads[6].id}`); // read…
    await reply(beto, threads[6].id, 'Después de leer'); // …then one new
    await get(ana, `/api/threads/${threads[7].id}`);
    const seen = (await get<ThreadDetail>(beto, `/api/threads/${threads[7].id}`)).posts[0];
    expect((await api.client().request('DELETE', `/api/posts/${seen.id}`, undefined, { token: beto.token })).status).toBe(204); // one she had read is deleted
    await reply(beto, threads[7].id, 'Nueva');

    const expected = threads.map((t, i) => ({
      id: t.id,
      following: i <= 5,
      unread: i === 6 || i === 7 ? 1 : i % 3,
    }));
    const list = () => get<{ items: ThreadView[] }>(ana, `/api/cohorts/${cohort.id}/threads?courseWide=false&limit=30&sort=newest`);
    const shown = (items: ThreadView[]) => items.map((t) => ({ id: t.id, following: t.following, unread: t.unread })).reverse();
    // Her first list, with threads she never opened, and a later one: each a bounded number of queries, no
    // writes (a first visit once counted and stored a mark per unopened thread: 90 commands for 30 threads).
    for (let visit = 0; visit < 2; visit++) {
      let items: ThreadView[] = [];
      const queries = await forumQueries(async () => (items = (await list()).items));
      expect(shown(items)).toEqual(expected);
      expect(queries).toBeGreaterThanOrEqual(3);
      expect(queries).toBeLessThanOrEqual(5); // the page, its follows, its read marks, her own posts in unopened threads
    }
  }, 120_000);

  // SQLite keeps no statistics: given `{ threadId: { $in }, userId }` it chose the single `userId` index over the
  // compound one and tested each of the reader's marks in its JSON; a cohort list tested `scope` and `deletedAt`
  // in each thread's. Every field of these filters is now sought in an index (the embedded engine's plans).
  it('seeks every field of a thread list’s filters in an index', async () => {
    const finds: { collection: string; filter: Record<string, unknown> }[] = [];
    mongoose.set('debug', (collection: string, method: string, filter: Record<string, unknown>) => {
      if (collection.startsWith('forum_') && method === 'find') finds.push({ collection, filter });
    });
    try {
      await get(ana, `/api/cohorts/${cohort.id}/threads?courseWide=false&limit=30`);
    } finally {
      mongoose.set('debug', false);
    }
    expect(finds.map((f) => f.collection).sort()).toEqual(['forum_follows', 'forum_posts', 'forum_reads', 'forum_threads']);
    const db = (api.app.get(getConnectionToken()) as Connection).db!;
    for (const { collection, filter } of finds) {
      const plan = ((await db.collection(collection).find(filter).explain()).queryPlanner as { Plan?: string[] }).Plan;
      if (!plan) continue; // MongoDB: its own planner
      // the search of the filter's index (an `$in` is looked up in a subquery of rowids, then read in rowid order)
      const search = plan.find((line) => line.includes('SEARCH') && line.includes('<expr>'));
      expect(search?.match(/<expr>=\?/g)?.length, `${collection} ${JSON.stringify(filter)}: ${plan.join(' | ')}`).toBe(
        Object.keys(filter).length,
      );
    }
  });
});

describe('thread view at volume', () => {
  it('pages a long thread in order, and a withheld thread shows only the learner’s own posts', async () => {
    const t = await newThread(mod, 'Hilo largo');
    const ids: string[] = [];
    for (let i = 0; i < 120; i++) ids.push((await reply(i % 2 ? ana : beto, t.id, `Aporte ${i}`)).id);
    const first = await get<ThreadDetail>(beto, `/api/threads/${t.id}`);
    expect(first.posts).toHaveLength(50);
    expect(first.replyCount).toBe(120);
    const second = await get<{ items: PostView[]; nextCursor: string | null }>(
      beto,
      `/api/threads/${t.id}/posts?cursor=${first.nextCursor}`,
    );
    const third = await get<{ items: PostView[]; nextCursor: string | null }>(
      beto,
      `/api/threads/${t.id}/posts?cursor=${second.nextCursor}&limit=100`,
    );
    expect(third.nextCursor).toBeNull();
    expect([...first.posts, ...second.items, ...third.items].map((p) => p.id)).toEqual(ids);

    const withheld = await newThread(mod, 'Primero publique', { postFirst: true });
    for (let i = 0; i < 3; i++) await reply(beto, withheld.id, `De Beto ${i}`);
    const before = await get<ThreadDetail>(ana, `/api/threads/${withheld.id}`);
    expect(before.mustPostFirst).toBe(true);
    expect(before.posts).toEqual([]);
    expect(before.nextCursor).toBeNull();
    expect((await get<{ items: PostView[] }>(ana, `/api/threads/${withheld.id}/posts`)).items).toEqual([]);
    await reply(ana, withheld.id, 'Lo mío');
    expect((await get<ThreadDetail>(ana, `/api/threads/${withheld.id}?limit=2`)).posts.map((p) => p.body)).toEqual([
      'De Beto 0',
      'De Beto 1',
    ]);
  }, 120_000);

  it('writes a read mark only when the thread has something the reader had not seen', async () => {
    const t = await newThread(mod, 'Leído una vez');
    await reply(beto, t.id, 'Uno');
    const writes = async (who: SignedIn) =>
      (await forumCommands(() => get(who, `/api/threads/${t.id}`))).filter((c) => c.startsWith('forum_reads.') && !/\.find(One)?$/.test(c));
    const unread = async (who: SignedIn) =>
      (await get<{ items: ThreadView[] }>(who, `/api/cohorts/${cohort.id}/threads?courseWide=false&limit=100`)).items.find(
        (i) => i.id === t.id,
      )!.unread;
    expect(await unread(ana)).toBe(1);
    expect(await writes(ana)).toHaveLength(1); // her first visit
    expect(await writes(ana)).toEqual([]); // nothing new since
    expect(await unread(ana)).toBe(0);
    await reply(beto, t.id, 'Dos');
    expect(await unread(ana)).toBe(1);
    expect(await writes(ana)).toHaveLength(1);
    expect(await writes(ana)).toEqual([]);
    await reply(ana, t.id, 'Mío'); // her own post: not unread, but counted apart until she reads the thread again
    expect(await unread(ana)).toBe(0);
    expect(await writes(ana)).toHaveLength(1);
    expect(await writes(ana)).toEqual([]);
    const seenPost = (await get<ThreadDetail>(ana, `/api/threads/${t.id}`)).posts[0];
    expect((await api.client().request('DELETE', `/api/posts/${seenPost.id}`, undefined, { token: beto.token })).status).toBe(204);
    expect(await unread(ana)).toBe(0);
    await reply(beto, t.id, 'Tres');
    expect(await unread(ana)).toBe(1);
  }, 60_000);
});

describe('search from the word index', () => {
  it('folds accents, case and plurals, and requires every word', async () => {
    const t = await newThread(beto, 'Encuestas de victimización');
    const found = await reply(beto, t.id, 'La POLICÍA comunitaria y las encuestas de victimización en Honduras');
    await reply(beto, t.id, 'La policía sin más');
    expect((await search(ana, 'policia comunitaria')).posts.map((p) => p.id)).toEqual([found.id]);
    expect((await search(ana, 'Policía Comunitaria')).posts.map((p) => p.id)).toEqual([found.id]);
    expect((await search(ana, 'encuesta victimizacion')).posts.map((p) => p.id)).toEqual([found.id]);
    expect((await search(ana, 'encuesta victimización')).threads.map((x) => x.id)).toEqual([t.id]);
    expect((await search(ana, 'policía inexistente')).posts).toEqual([]);
  });

  it('follows edits, hides, deletes and the post-first rule made after indexing', async () => {
    const t = await newThread(beto, 'Temas varios');
    const edited = await reply(beto, t.id, 'Hablemos de presupuesto participativo');
    const hidden = await reply(beto, t.id, 'Presupuesto oculto zanahoria');
    const deleted = await reply(beto, t.id, 'Presupuesto borrado zanahoria');
    expect((await search(ana, 'presupuesto')).posts.map((p) => p.id).sort()).toEqual([edited.id, hidden.id, deleted.id].sort());

    await api.client().patch(`/api/posts/${edited.id}`, { body: 'Hablemos de seguridad ciudadana' }, { token: beto.token });
    expect((await api.client().request('DELETE', `/api/posts/${deleted.id}`, undefined, { token: beto.token })).status).toBe(204);
    const socket = await connectSocket(api.url, mod.token);
    await callOk(socket, 'moderation:hide', { postId: hidden.id, reason: 'off_topic', hidden: true });
    socket.disconnect();
    expect((await search(ana, 'presupuesto')).posts).toEqual([]);
    expect((await search(ana, 'zanahoria')).posts).toEqual([]);
    expect((await search(ana, 'seguridad ciudadana')).posts.map((p) => p.id)).toEqual([edited.id]);
    expect((await search(mod, 'zanahoria')).posts.map((p) => p.id)).toEqual([hidden.id]); // moderators still find a hidden post

    const withheld = await newThread(mod, 'Actividad con regla', { postFirst: true });
    const peer = await reply(beto, withheld.id, 'Mi respuesta sobre alcaldías');
    expect((await search(ana, 'alcaldia')).posts).toEqual([]);
    await reply(ana, withheld.id, 'Mi primera respuesta');
    expect((await search(ana, 'alcaldia')).posts.map((p) => p.id)).toEqual([peer.id]);
  });
});

describe('the word index on two nodes', () => {
  it('takes the same new words written through both nodes at once, and both nodes record the index built', async () => {
    const second = await startApi('forum-volume-2', { MONGODB_URI: api.config.mongodbUri, JWT_SECRET: api.config.jwtSecret });
    try {
      const t = await newThread(beto, 'Dos nodos');
      const onSecond = (body: string) =>
        second
          .client()
          .post<PostView>(`/api/threads/${t.id}/posts`, { body }, { token: beto.token })
          .then((r) => r.body);
      // Both nodes add ids to the same new terms at once: no addition may be lost (the engine's updates are atomic).
      const posts = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 ? onSecond : (body: string) => reply(beto, t.id, body))(`Quetzal colibrí número ${i}`)),
      );
      expect(posts.every((p) => p.id)).toBe(true);
      expect((await search(ana, 'quetzal colibri')).posts.map((p) => p.id).sort()).toEqual(posts.map((p) => p.id).sort());
      // Both nodes building the index of what is stored, at the same moment, both finish.
      await expect(
        Promise.all([api.app.get(ForumSearchIndex).rebuild(), second.app.get(ForumSearchIndex).rebuild()]),
      ).resolves.toBeDefined();
      expect((await search(ana, 'quetzal')).posts).toHaveLength(6);
    } finally {
      await second.app.close();
    }
  }, 60_000);
});
