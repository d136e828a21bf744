import { randomUUID } from 'node:crypto';
import type {
  AuditEntryView,
  CohortView,
  CourseView,
  MessageView,
  PostView,
  RoomView,
  ThreadDetail,
  ThreadView,
} from '@trainaction/contracts';
import { call, callOk, connectSocket } from '@trainaction/testing';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

// Issue 18, findings 3, 6 and 14: safeguarding stays with its contacts, contacts are the coordinators'
// choice, and the course-wide forum has moderators of its own whose actions are audited.

let api: RunningApi;
let [coordinator, otherCoordinator]: SignedIn[] = [];
let [ana, beto, carla, mod, modB, guardian]: SignedIn[] = [];
let course: CourseView;
let cohortA: CohortView;
let cohortB: CohortView;
let room: RoomView;
const sockets: Socket[] = [];

async function connect(who: SignedIn): Promise<Socket> {
  const socket = await connectSocket(api.url, who.token);
  sockets.push(socket);
  return socket;
}

async function cohortAudit(who: SignedIn, cohortId: string, format: 'json' | 'csv' = 'json') {
  return api.client().get<AuditEntryView[] | string>(`/api/cohorts/${cohortId}/audit?format=${format}`, { token: who.token });
}

beforeAll(async () => {
  api = await startApi('trust-safeguarding');
  [coordinator, otherCoordinator] = await Promise.all([api.signUp('coordinator'), api.signUp('coordinator')]);
  [ana, beto, carla, mod, modB, guardian] = await Promise.all([
    api.signUp('learner'),
    api.signUp('learner'),
    api.signUp('learner'),
    api.signUp('moderator'),
    api.signUp('moderator'),
    api.signUp('moderator'),
  ]);
  course = (
    await api
      .client()
      .post<CourseView>(
        '/api/courses',
        { slug: 'curso-salvaguarda', title: { es: 'Curso' }, summary: { es: 'R' }, status: 'published' },
        { token: coordinator.token },
      )
  ).body;
  const cohort = async (name: string) =>
    (
      await api.client().post<CohortView>(
        '/api/cohorts',
        {
          courseId: course.id,
          name,
          countries: ['HN', 'SV'],
          startsAt: '2026-07-01T00:00:00Z',
          endsAt: '2027-06-01T00:00:00Z',
          timezone: 'America/El_Salvador',
        },
        { token: coordinator.token },
      )
    ).body;
  [cohortA, cohortB] = [await cohort('Salvaguarda A'), await cohort('Salvaguarda B')];
  const enrol = (c: CohortView, who: SignedIn, role = 'learner') =>
    api.client().post(`/api/cohorts/${c.id}/enrollments`, { userId: who.user.id, role }, { token: coordinator.token });
  await Promise.all([
    enrol(cohortA, ana),
    enrol(cohortA, beto),
    enrol(cohortA, mod, 'moderator'),
    enrol(cohortA, guardian, 'moderator'),
    enrol(cohortB, carla),
    enrol(cohortB, modB, 'moderator'),
  ]);
  room = (await api.client().get<RoomView[]>(`/api/cohorts/${cohortA.id}/rooms`, { token: mod.token })).body[0];
  expect(
    (
      await api
        .client()
        .put(`/api/cohorts/${cohortA.id}/safeguarding-contacts`, { userIds: [guardian.user.id] }, { token: coordinator.token })
    ).status,
  ).toBe(200);
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => api?.close());

describe('safeguarding in the audit log (finding 3)', () => {
  it('keeps the reporter and the notes of a safeguarding flag out of the audit log, and shows its entries to contacts only', async () => {
    const [a, b, g] = [await connect(ana), await connect(beto), await connect(guardian)];
    await callOk(b, 'room:join', { roomId: room.id });
    const { message } = await callOk<{ message: MessageView }>(b, 'message:send', {
      roomId: room.id,
      clientMsgId: randomUUID(),
      body: 'Algo me preocupa en casa',
    });
    const { flag } = await callOk<{ flag: { id: string } }>(a, 'flag:create', {
      messageId: message.id,
      reason: 'safeguarding',
      note: 'Creo que Beto corre peligro',
    });
    const note = 'Llamé a la línea de apoyo por Beto';
    expect((await api.client().patch(`/api/flags/${flag.id}`, { state: 'in_progress', note }, { token: guardian.token })).status).toBe(200);
    g.disconnect();

    for (const [who, label] of [
      [mod, 'a moderator who is not a contact'],
      [otherCoordinator, 'a coordinator who is not a contact'],
    ] as const) {
      const json = JSON.stringify((await cohortAudit(who, cohortA.id)).body);
      const csv = String((await cohortAudit(who, cohortA.id, 'csv')).body);
      for (const text of [json, csv]) {
        expect(text, label).not.toContain(ana.user.id);
        expect(text, label).not.toContain(flag.id);
        expect(text, label).not.toContain(message.id);
        expect(text, label).not.toContain('Llamé');
        expect(text, label).not.toContain('safeguarding"');
      }
    }
    const global = JSON.stringify((await api.client().get('/api/audit?limit=500', { token: otherCoordinator.token })).body);
    expect(global).not.toContain(flag.id);
    expect(global).not.toContain('Llamé');

    const contactView = (await cohortAudit(guardian, cohortA.id)).body as AuditEntryView[];
    const entries = contactView.filter((e) => e.targetId === flag.id);
    expect(entries.map((e) => e.action).sort()).toEqual(['flag.create', 'flag.update']);
    expect(JSON.stringify(entries)).not.toContain(ana.user.id);
    expect(JSON.stringify(entries)).not.toContain('Llamé');
    expect(JSON.stringify(entries)).not.toContain('peligro');
  });
});

describe('safeguarding contacts (finding 6)', () => {
  it('lets coordinators alone name the contacts, only among the cohort’s moderators and staff, with an audit entry', async () => {
    const byModerator = await api
      .client()
      .put(`/api/cohorts/${cohortA.id}/safeguarding-contacts`, { userIds: [mod.user.id] }, { token: mod.token });
    expect(byModerator.status).toBe(403);
    const learner = await api
      .client()
      .put(`/api/cohorts/${cohortA.id}/safeguarding-contacts`, { userIds: [ana.user.id] }, { token: coordinator.token });
    expect(learner.status).toBe(400);
    expect((await api.client().get<string[]>(`/api/cohorts/${cohortA.id}/safeguarding-contacts`, { token: mod.token })).body).toEqual([
      guardian.user.id,
    ]);
    const both = await api
      .client()
      .put<string[]>(
        `/api/cohorts/${cohortA.id}/safeguarding-contacts`,
        { userIds: [guardian.user.id, otherCoordinator.user.id] },
        { token: coordinator.token },
      );
    expect(both.status).toBe(200);
    expect(both.body.sort()).toEqual([guardian.user.id, otherCoordinator.user.id].sort());
    const audit = (await cohortAudit(coordinator, cohortA.id)).body as AuditEntryView[];
    expect(audit.filter((e) => e.action === 'safeguarding.contacts').length).toBeGreaterThanOrEqual(2);
  });
});

describe('the course-wide forum (finding 14)', () => {
  it('is moderated by the course’s forum moderators named by coordinators, not by every cohort’s moderators, and their actions are audited for the course', async () => {
    const t = (
      await api
        .client()
        .post<ThreadView>(
          `/api/cohorts/${cohortB.id}/threads`,
          { title: 'Entre países', body: 'Cuenten', courseWide: true, allowAnonymous: false },
          { token: modB.token },
        )
    ).body;
    const anonymousThread = (
      await api
        .client()
        .post<ThreadView>(
          `/api/cohorts/${cohortB.id}/threads`,
          { title: 'Anónimo entre países', body: 'Cuenten', courseWide: true, allowAnonymous: true },
          { token: coordinator.token },
        )
    ).body;
    const secret = (
      await api
        .client()
        .post<PostView>(
          `/api/threads/${anonymousThread.id}/posts`,
          { body: 'Desde B, sin nombre', anonymous: true },
          { token: carla.token },
        )
    ).body;
    const plain = (await api.client().post<PostView>(`/api/threads/${t.id}/posts`, { body: 'Texto a ocultar' }, { token: carla.token }))
      .body;

    // A moderator of cohort A is not a moderator of the shared forum.
    const seenByModA = (await api.client().get<ThreadDetail>(`/api/threads/${anonymousThread.id}`, { token: mod.token })).body;
    expect(seenByModA.posts.find((p) => p.id === secret.id)?.author.id).toBeNull();
    const m = await connect(mod);
    expect(await call(m, 'moderation:hide', { postId: plain.id, reason: 'off_topic' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    // Coordinators name the course's forum moderators; a moderator cannot.
    expect(
      (await api.client().put(`/api/courses/${course.id}/forum-moderators`, { userIds: [mod.user.id] }, { token: mod.token })).status,
    ).toBe(403);
    const named = await api
      .client()
      .put<string[]>(`/api/courses/${course.id}/forum-moderators`, { userIds: [mod.user.id] }, { token: coordinator.token });
    expect(named.status).toBe(200);
    expect(named.body).toEqual([mod.user.id]);

    expect(
      (await api.client().get<ThreadDetail>(`/api/threads/${anonymousThread.id}`, { token: mod.token })).body.posts.find(
        (p) => p.id === secret.id,
      )?.author.id,
    ).toBe(carla.user.id);
    expect(await call(m, 'moderation:hide', { postId: plain.id, reason: 'off_topic' })).toMatchObject({ ok: true });

    const courseAudit = await api.client().get<AuditEntryView[]>(`/api/courses/${course.id}/audit`, { token: coordinator.token });
    expect(courseAudit.status).toBe(200);
    expect(courseAudit.body.map((e) => e.action)).toEqual(expect.arrayContaining(['post.hide', 'course.forum_moderators']));
    expect(courseAudit.body.find((e) => e.action === 'post.hide')).toMatchObject({
      courseId: course.id,
      actor: { id: mod.user.id },
      targetId: plain.id,
    });
    expect((await api.client().get(`/api/courses/${course.id}/audit`, { token: mod.token })).status).toBe(200);
    expect((await api.client().get(`/api/courses/${course.id}/audit`, { token: modB.token })).status).toBe(403);

    // Removed from the list, the moderator loses the role at once (the lists are kept in memory).
    expect(
      (await api.client().put(`/api/courses/${course.id}/forum-moderators`, { userIds: [] }, { token: coordinator.token })).status,
    ).toBe(200);
    const again = await connect(mod);
    expect(await call(again, 'moderation:hide', { postId: plain.id, reason: 'off_topic' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await api.client().get(`/api/courses/${course.id}/audit`, { token: mod.token })).status).toBe(403);
  });
});
