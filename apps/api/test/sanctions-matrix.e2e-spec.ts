import { randomUUID } from 'node:crypto';
import type { CohortView, CourseView, MessageView, PostView, RoomView, SubmissionView, ThreadView } from '@trainaction/contracts';
import { call, callOk, connectSocket } from '@trainaction/testing';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

// Issue 18, findings 5 and 7: for mute, ban, removal and demotion, every write path over REST and
// socket.io refuses the sanctioned person, and reads and live events stop where the sanction says so.
//
// What each sanction means (docs/security.md, "Sanctions"):
// - mute: reads stay, and so do flags (a muted person can still report harm) and submissions (private
//   coursework); everything peers would read is refused with MUTED;
// - ban and removal: the cohort is gone for the person: everything answers NOT_FOUND and live events stop;
// - demotion (cohort moderator back to learner): every moderator action is refused with FORBIDDEN.

type Sanction = 'mute' | 'ban' | 'removal';

let api: RunningApi;
let coordinator: SignedIn;
let [mod, peer]: SignedIn[] = [];
let course: CourseView;
let cohort: CohortView;
let room: RoomView;
let activityId: string;
const sockets: Socket[] = [];

async function connect(who: SignedIn): Promise<Socket> {
  const socket = await connectSocket(api.url, who.token);
  sockets.push(socket);
  return socket;
}

function enrol(who: SignedIn, role = 'learner') {
  return api.client().post(`/api/cohorts/${cohort.id}/enrollments`, { userId: who.user.id, role }, { token: coordinator.token });
}

/** What the person wrote before the sanction, so edits and reactions have something to aim at. */
interface Before {
  socket: Socket;
  message: MessageView;
  thread: ThreadView;
  post: PostView;
  peerMessage: MessageView;
}

async function writeBefore(who: SignedIn): Promise<Before> {
  const socket = await connect(who);
  await callOk(socket, 'room:join', { roomId: room.id });
  const { message } = await callOk<{ message: MessageView }>(socket, 'message:send', {
    roomId: room.id,
    clientMsgId: randomUUID(),
    body: 'Antes de la sanción',
  });
  const thread = (
    await api
      .client()
      .post<ThreadView>(`/api/cohorts/${cohort.id}/threads`, { title: 'Mi hilo previo', body: 'Texto' }, { token: who.token })
  ).body;
  const post = (await api.client().post<PostView>(`/api/threads/${thread.id}/posts`, { body: 'Mi respuesta previa' }, { token: who.token }))
    .body;
  const p = await connect(peer);
  await callOk(p, 'room:join', { roomId: room.id });
  const { message: peerMessage } = await callOk<{ message: MessageView }>(p, 'message:send', {
    roomId: room.id,
    clientMsgId: randomUUID(),
    body: 'Mensaje de un par',
  });
  return { socket, message, thread, post, peerMessage };
}

async function sanction(kind: Sanction, who: SignedIn): Promise<void> {
  if (kind === 'removal') {
    expect(
      (
        await api
          .client()
          .request('DELETE', `/api/cohorts/${cohort.id}/enrollments/${who.user.id}`, undefined, { token: coordinator.token })
      ).status,
    ).toBe(204);
    return;
  }
  const res = await api
    .client()
    .post(
      `/api/cohorts/${cohort.id}/sanctions`,
      { userId: who.user.id, kind, minutes: 60, reason: 'Prueba de la matriz' },
      { token: mod.token },
    );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

/** Every write path, each answering the error code it got (or 'ok'). */
async function tryEverything(who: SignedIn, before: Before, socket: Socket): Promise<Record<string, string>> {
  const code = (reply: { ok: boolean; error?: { code: string } }) => (reply.ok ? 'ok' : reply.error!.code);
  const http = (res: { status: number; body: { error?: { code: string } } }) =>
    res.status < 300 ? 'ok' : (res.body.error?.code ?? String(res.status));
  const client = api.client();
  const token = { token: who.token };
  return {
    'message:send': code(await call(socket, 'message:send', { roomId: room.id, clientMsgId: randomUUID(), body: 'Después' })),
    'message:send (thread reply)': code(
      await call(socket, 'message:send', {
        roomId: room.id,
        clientMsgId: randomUUID(),
        body: 'Respuesta',
        threadRootId: before.peerMessage.id,
      }),
    ),
    'message:edit': code(await call(socket, 'message:edit', { messageId: before.message.id, body: 'Editado después' })),
    'message:react': code(await call(socket, 'message:react', { messageId: before.peerMessage.id, emoji: '👍', on: true })),
    'flag:create': code(await call(socket, 'flag:create', { messageId: before.peerMessage.id, reason: 'spam' })),
    'submission:submit': code(
      await call(socket, 'submission:submit', { activityId, cohortId: cohort.id, clientSubmissionId: randomUUID(), body: 'Mi entrega' }),
    ),
    'POST thread': http(await client.post(`/api/cohorts/${cohort.id}/threads`, { title: 'Nuevo hilo', body: 'Texto' }, token)),
    'POST course-wide thread': http(
      await client.post(`/api/cohorts/${cohort.id}/threads`, { title: 'Hilo del curso', body: 'Texto', courseWide: true }, token),
    ),
    'PATCH thread': http(await client.patch(`/api/threads/${before.thread.id}`, { title: 'Título cambiado' }, token)),
    'POST post': http(await client.post(`/api/threads/${before.thread.id}/posts`, { body: 'Otra respuesta' }, token)),
    'PATCH post': http(await client.patch(`/api/posts/${before.post.id}`, { body: 'Respuesta cambiada' }, token)),
  };
}

/** Whether a peer in the room sees this socket's typing signal. */
async function typingReaches(socket: Socket, who: SignedIn): Promise<boolean> {
  const p = await connect(peer);
  await callOk(p, 'room:join', { roomId: room.id });
  const seen = new Promise<boolean>((resolve) => {
    p.on('typing:update', (u: { userId: string }) => u.userId === who.user.id && resolve(true));
    setTimeout(() => resolve(false), 700);
  });
  socket.emit('typing', { roomId: room.id, typing: true });
  return seen;
}

beforeAll(async () => {
  api = await startApi('sanctions-matrix', { MESSAGE_RATE_PER_SECOND: '100', MESSAGE_BURST: '100', RATE_LIMIT_PER_MINUTE: '100000' });
  coordinator = await api.signUp('coordinator');
  [mod, peer] = await Promise.all([api.signUp('moderator'), api.signUp('learner')]);
  course = (
    await api.client().post<CourseView>(
      '/api/courses',
      {
        slug: 'curso-sanciones',
        title: { es: 'Curso' },
        summary: { es: 'R' },
        status: 'published',
        modules: [
          {
            title: { es: 'M' },
            lessons: [],
            activities: [{ kind: 'submission', title: { es: 'Nota' }, prompt: 'Escriba', completion: { kind: 'accepted_submission' } }],
          },
        ],
      },
      { token: coordinator.token },
    )
  ).body;
  activityId = course.modules[0].activities[0].id;
  cohort = (
    await api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name: 'Sanciones',
        countries: ['HN', 'DO'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2027-06-01T00:00:00Z',
        timezone: 'America/Santo_Domingo',
      },
      { token: coordinator.token },
    )
  ).body;
  await Promise.all([enrol(mod, 'moderator'), enrol(peer)]);
  room = (await api.client().get<RoomView[]>(`/api/cohorts/${cohort.id}/rooms`, { token: mod.token })).body[0];
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => api?.close());

const EXPECTED: Record<Sanction, Record<string, string>> = {
  mute: {
    'message:send': 'MUTED',
    'message:send (thread reply)': 'MUTED',
    'message:edit': 'MUTED',
    'message:react': 'MUTED',
    'flag:create': 'ok',
    'submission:submit': 'ok',
    'POST thread': 'MUTED',
    'POST course-wide thread': 'MUTED',
    'PATCH thread': 'MUTED',
    'POST post': 'MUTED',
    'PATCH post': 'MUTED',
  },
  ban: {},
  removal: {},
};
for (const kind of ['ban', 'removal'] as const)
  EXPECTED[kind] = Object.fromEntries(Object.keys(EXPECTED.mute).map((path) => [path, 'NOT_FOUND']));

describe('sanctions × write paths', () => {
  for (const kind of ['mute', 'ban', 'removal'] as const) {
    it(`refuses a ${kind === 'removal' ? 'removed' : `${kind === 'ban' ? 'banned' : 'muted'}`} learner on every write path, REST and socket`, async () => {
      const learner = await api.signUp('learner');
      await enrol(learner);
      const before = await writeBefore(learner);
      const disconnected = new Promise<void>((resolve) => before.socket.on('disconnect', () => resolve()));
      await sanction(kind, learner);

      // A fresh socket: the one open during the sanction is covered below.
      const socket = await connect(learner);
      if (kind === 'mute') expect(await call(socket, 'room:join', { roomId: room.id })).toMatchObject({ ok: true });
      else expect(await call(socket, 'room:join', { roomId: room.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await tryEverything(learner, before, socket)).toEqual(EXPECTED[kind]);
      expect(await typingReaches(socket, learner)).toBe(false);

      const reads = await api.client().get(`/api/threads/${before.thread.id}`, { token: learner.token });
      expect(reads.status).toBe(kind === 'mute' ? 200 : 404);
      if (kind !== 'mute') await disconnected; // the socket open at the time of the sanction is closed at once
    });
  }

  it('cuts the live connection of a banned member within 2 seconds: no more messages, presence or typing', async () => {
    const learner = await api.signUp('learner');
    await enrol(learner);
    const before = await writeBefore(learner);
    const received: string[] = [];
    before.socket.on('message:new', (m: MessageView) => received.push(m.body));
    const closed = new Promise<number>((resolve) => before.socket.on('disconnect', () => resolve(Date.now())));
    const at = Date.now();
    await sanction('ban', learner);
    expect((await closed) - at).toBeLessThan(2000);
    const p = await connect(peer);
    await callOk(p, 'room:join', { roomId: room.id });
    await callOk(p, 'message:send', { roomId: room.id, clientMsgId: randomUUID(), body: 'Tras el veto' });
    await new Promise((r) => setTimeout(r, 300));
    expect(received).not.toContain('Tras el veto');
  });

  it('refuses a demoted moderator every moderator action, and closes their sockets so they rejoin as a learner', async () => {
    const former = await api.signUp('moderator');
    await enrol(former, 'moderator');
    const learner = await api.signUp('learner');
    await enrol(learner);
    const { peerMessage } = await writeBefore(learner);
    const ls = await connect(learner);
    const submission = await callOk<{ submission: SubmissionView }>(ls, 'submission:submit', {
      activityId,
      cohortId: cohort.id,
      clientSubmissionId: randomUUID(),
      body: 'Para revisar',
    });
    const open = await connect(former);
    await callOk(open, 'moderation:watch', { cohortId: cohort.id });
    const closed = new Promise<void>((resolve) => open.on('disconnect', () => resolve()));
    await enrol(former, 'learner');
    await closed;

    const socket = await connect(former);
    const code = (reply: { ok: boolean; error?: { code: string } }) => (reply.ok ? 'ok' : reply.error!.code);
    expect({
      'moderation:watch': code(await call(socket, 'moderation:watch', { cohortId: cohort.id })),
      'moderation:hide': code(await call(socket, 'moderation:hide', { messageId: peerMessage.id, reason: 'spam' })),
      'moderation:pin': code(await call(socket, 'moderation:pin', { messageId: peerMessage.id, pinned: true })),
      'moderation:lock': code(await call(socket, 'moderation:lock', { roomId: room.id, locked: true })),
      'moderation:slowmode': code(await call(socket, 'moderation:slowmode', { roomId: room.id, seconds: 30 })),
      'moderation:mute': code(
        await call(socket, 'moderation:mute', { cohortId: cohort.id, userId: learner.user.id, minutes: 5, reason: 'x' }),
      ),
      'submission:claim': code(await call(socket, 'submission:claim', { submissionId: submission.submission.id })),
      'submission:review': code(
        await call(socket, 'submission:review', { submissionId: submission.submission.id, status: 'accepted', feedback: 'Bien' }),
      ),
    }).toEqual({
      'moderation:watch': 'FORBIDDEN',
      'moderation:hide': 'FORBIDDEN',
      'moderation:pin': 'FORBIDDEN',
      'moderation:lock': 'FORBIDDEN',
      'moderation:slowmode': 'FORBIDDEN',
      'moderation:mute': 'FORBIDDEN',
      'submission:claim': 'NOT_FOUND',
      'submission:review': 'NOT_FOUND',
    });
    expect((await api.client().get(`/api/cohorts/${cohort.id}/flags`, { token: former.token })).status).toBe(403);
  });
});
