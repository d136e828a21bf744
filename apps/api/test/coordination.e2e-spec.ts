import { randomUUID } from 'node:crypto';
import type { CohortView, CoordinationOverview, CourseView, PostView, ThreadView } from '@trainaction/contracts';
import { coordinationOverviewSchema } from '@trainaction/contracts';
import { ActivityCounters } from '@trainaction/activity';
import mongoose from 'mongoose';
import { callOk, connectSocket } from '@trainaction/testing';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

/**
 * A coordinator's home (`GET /api/coordination/overview`) on the real API: two running cohorts with activity
 * this week and last, an invitation, a submission waiting for review and open flags.
 */
let api: RunningApi;
let coordinator: SignedIn;
let otherCoordinator: SignedIn;
let admin: SignedIn;
let moderator: SignedIn;
let [ana, beto, carla]: SignedIn[] = [];
let course: CourseView;
let [cohortA, cohortB, ended, planned]: CohortView[] = [];
const sockets: Socket[] = [];

async function overview(who: SignedIn): Promise<{ status: number; body: CoordinationOverview }> {
  const res = await api.client().get<CoordinationOverview>('/api/coordination/overview', { token: who.token });
  return { status: res.status, body: res.body };
}

async function createCohort(name: string, startsAt: string, endsAt: string): Promise<CohortView> {
  const res = await api
    .client()
    .post<CohortView>(
      '/api/cohorts',
      { courseId: course.id, name, countries: ['HN'], startsAt, endsAt, timezone: 'America/Tegucigalpa' },
      { token: coordinator.token },
    );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function enrol(cohort: CohortView, who: SignedIn, role: 'learner' | 'moderator' = 'learner'): Promise<void> {
  const res = await api.client().post(`/api/cohorts/${cohort.id}/enrollments`, { userId: who.user.id, role }, { token: coordinator.token });
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
}

async function connect(who: SignedIn): Promise<Socket> {
  const socket = await connectSocket(api.url, who.token);
  sockets.push(socket);
  return socket;
}

async function reply(who: SignedIn, threadId: string, body: string): Promise<PostView> {
  const res = await api.client().post<PostView>(`/api/threads/${threadId}/posts`, { body }, { token: who.token });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

beforeAll(async () => {
  // Small cells are protected as on the dashboard; a threshold of 1 shows these few people's figures. The
  // academy's zone is UTC so the counters' days (UTC) and the week's days agree at any hour the test runs.
  api = await startApi('coordination', { ANALYTICS_MIN_CELL: '1', DIGEST_TIME_ZONE: 'UTC' });
  [coordinator, otherCoordinator, admin, moderator, ana, beto, carla] = await Promise.all([
    api.signUp('coordinator'),
    api.signUp('coordinator'),
    api.signUp('admin'),
    api.signUp('moderator'),
    api.signUp('learner', { country: 'HN' }),
    api.signUp('learner', { country: 'HN' }),
    api.signUp('learner', { country: 'HN' }),
  ]);
  const created = await api.client().post<CourseView>(
    '/api/courses',
    {
      slug: 'curso-inicio',
      title: { es: 'Curso de prevención', en: 'Prevention course' },
      summary: { es: 'R' },
      status: 'published',
      modules: [
        {
          title: { es: 'M' },
          lessons: [{ kind: 'text', title: { es: 'L' }, body: 'x' }],
          activities: [{ kind: 'submission', title: { es: 'A' }, prompt: 'p', completion: { kind: 'accepted_submission' } }],
        },
      ],
    },
    { token: coordinator.token },
  );
  course = created.body;
  cohortA = await createCohort('Cohorte A', '2020-01-01T00:00:00Z', '2098-06-30T00:00:00Z');
  cohortB = await createCohort('Cohorte B', '2020-01-01T00:00:00Z', '2099-06-30T00:00:00Z');
  ended = await createCohort('Cohorte terminada', '2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z');
  planned = await createCohort('Cohorte futura', '2098-01-01T00:00:00Z', '2099-01-01T00:00:00Z');
  await enrol(cohortA, ana);
  await enrol(cohortA, beto);
  await enrol(cohortA, moderator, 'moderator');
  await enrol(cohortB, carla);
  await enrol(ended, carla);
  const invited = await api
    .client()
    .post(
      `/api/cohorts/${cohortA.id}/invitations`,
      { email: `invitada-${randomUUID().slice(0, 8)}@example.org`, displayName: 'Inés Invitada', country: 'HN', sector: 'law_enforcement' },
      { token: coordinator.token },
    );
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);

  // This week, through the API: Ana hands in her work (waiting for review), Beto replies twice in the forum.
  const activityId = course.modules[0].activities[0].id!;
  await callOk(await connect(ana), 'submission:submit', {
    activityId,
    cohortId: cohortA.id,
    clientSubmissionId: randomUUID(),
    body: 'Mi análisis',
  });
  const thread = await api
    .client()
    .post<ThreadView>(
      `/api/cohorts/${cohortA.id}/threads`,
      { title: 'Prevención comunitaria', body: '¿Qué funciona?' },
      { token: moderator.token },
    );
  expect(thread.status).toBe(201);
  const spam = await reply(beto, thread.body.id, 'compra aquí');
  const worrying = await reply(beto, thread.body.id, 'un mensaje que preocupa');
  const anaSocket = sockets[0];
  await callOk(anaSocket, 'flag:create', { postId: spam.id, reason: 'spam' });
  await callOk(anaSocket, 'flag:create', { postId: worrying.id, reason: 'safeguarding', note: 'Posible riesgo' });

  // Last week (and Carla this week) as the counters record them: days in the past are not reachable through the API.
  const { weeks } = (await overview(coordinator)).body;
  const lastWeek = new Date(`${weeks.lastWeek.from}T12:00:00Z`);
  const base = { courseId: course.id, kind: 'message' as const };
  await api.app
    .get(ActivityCounters)
    .recordMany([
      { ...base, userId: ana.user.id, cohortId: cohortA.id, at: lastWeek },
      { ...base, userId: ana.user.id, cohortId: cohortA.id, at: lastWeek },
      ...Array.from({ length: 3 }, () => ({ ...base, userId: carla.user.id, cohortId: cohortB.id, at: lastWeek })),
      { ...base, userId: carla.user.id, cohortId: cohortB.id, at: new Date() },
    ]);
});

afterAll(async () => {
  sockets.forEach((s) => s.disconnect());
  await api?.close();
});

describe('GET /api/coordination/overview', () => {
  it('lists the cohorts running now with this week against last, invitations, reviews and flags', async () => {
    const { status, body } = await overview(coordinator);
    expect(status).toBe(200);
    expect(coordinationOverviewSchema.parse(body)).toEqual(body);
    expect(body.timeZone).toBe('UTC');
    const monday = new Date(`${body.weeks.thisWeek.from}T00:00:00Z`);
    expect(monday.getUTCDay()).toBe(1);
    expect(body.weeks.lastWeek.to < body.weeks.thisWeek.from).toBe(true);
    // Running now, ending soonest first; the ended and the planned cohort are not there.
    expect(body.cohorts.map((c) => c.id)).toEqual([cohortA.id, cohortB.id]);
    expect(body.cohorts.map((c) => c.id)).not.toContain(ended.id);
    expect(body.cohorts.map((c) => c.id)).not.toContain(planned.id);
    const [a, b] = body.cohorts;
    expect(a.courseTitle).toEqual({ es: 'Curso de prevención', en: 'Prevention course' });
    // A: Ana's submission and Beto's two replies this week; Ana's two messages last week.
    expect(a.participation).toEqual({
      thisWeek: { activeLearners: 2, contributions: 3 },
      lastWeek: { activeLearners: 1, contributions: 2 },
    });
    // B: Carla's message this week, three last week.
    expect(b.participation).toEqual({
      thisWeek: { activeLearners: 1, contributions: 1 },
      lastWeek: { activeLearners: 1, contributions: 3 },
    });
    expect(body.participation).toEqual({
      thisWeek: { activeLearners: 3, contributions: 4 },
      lastWeek: { activeLearners: 2, contributions: 5 },
    });
    expect([a.pendingInvitations, b.pendingInvitations, body.pendingInvitations]).toEqual([1, 0, 1]);
    expect([a.reviewsWaiting, b.reviewsWaiting, body.reviewsWaiting]).toEqual([1, 0, 1]);
    // The safeguarding flag only counts for the cohort's safeguarding contacts.
    expect([a.openFlags, b.openFlags, body.openFlags]).toEqual([1, 0, 1]);
  });

  it("counts a safeguarding flag for the cohort's contact, and flags stop counting once resolved", async () => {
    const put = await api
      .client()
      .put(`/api/cohorts/${cohortA.id}/safeguarding-contacts`, { userIds: [coordinator.user.id] }, { token: coordinator.token });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect((await overview(coordinator)).body.openFlags).toBe(2);
    expect((await overview(otherCoordinator)).body.openFlags).toBe(1);
    const flags = await api
      .client()
      .get<{ id: string; reason: string }[]>(`/api/cohorts/${cohortA.id}/flags`, { token: coordinator.token });
    const spamFlag = flags.body.find((f) => f.reason === 'spam')!;
    expect((await api.client().patch(`/api/flags/${spamFlag.id}`, { state: 'resolved' }, { token: coordinator.token })).status).toBe(200);
    expect((await overview(coordinator)).body.openFlags).toBe(1);
    expect((await overview(otherCoordinator)).body.openFlags).toBe(0);
  });

  it('shows every coordinator and admin the same cohorts (coordinators manage every cohort) and refuses learners and moderators', async () => {
    const mine = (await overview(coordinator)).body.cohorts.map((c) => c.id);
    expect((await overview(otherCoordinator)).body.cohorts.map((c) => c.id)).toEqual(mine);
    expect((await overview(admin)).body.cohorts.map((c) => c.id)).toEqual(mine);
    for (const who of [ana, moderator]) {
      const res = await api.client().get<{ error: { code: string } }>('/api/coordination/overview', { token: who.token });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    expect((await api.client().get('/api/coordination/overview')).status).toBe(401);
  });

  it('reads the database a fixed number of times, however many cohorts run', async () => {
    /** Read by a timer every second on every node (SubjectRevocations), whatever requests run. */
    const BACKGROUND = new Set(['revoked_subjects', 'revoked_tokens']);
    /** The queries of one overview, once what it keeps between requests is in place (a second call). */
    const queriesOfOne = async (): Promise<string[]> => {
      await overview(coordinator);
      const seen: string[] = [];
      mongoose.set('debug', (collection: string, method: string) => {
        if (!BACKGROUND.has(collection)) seen.push(`${collection}.${method}`);
      });
      try {
        expect((await overview(coordinator)).status).toBe(200);
      } finally {
        mongoose.set('debug', false);
      }
      return seen.sort();
    };
    const before = await queriesOfOne();
    for (let i = 0; i < 6; i++) await createCohort(`Cohorte extra ${i}`, '2020-01-01T00:00:00Z', '2099-12-31T00:00:00Z');
    const after = await queriesOfOne();
    expect((await overview(coordinator)).body.cohorts).toHaveLength(8);
    expect(after).toEqual(before);
    console.log(`one overview: ${before.length} queries: ${before.join(', ')}`);
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThanOrEqual(12);
  });

  it('stops counting a submission once it is reviewed', async () => {
    const m = await connect(moderator);
    const queue = await api.client().get<{ items: { id: string }[] }>(`/api/cohorts/${cohortA.id}/submissions`, { token: moderator.token });
    const submissionId = queue.body.items[0].id;
    await callOk(m, 'submission:claim', { submissionId });
    await callOk(m, 'submission:review', { submissionId, status: 'accepted', feedback: 'Bien' });
    const after = (await overview(coordinator)).body;
    expect([after.cohorts[0].reviewsWaiting, after.reviewsWaiting]).toEqual([0, 0]);
  });
});
