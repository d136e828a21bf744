import { randomUUID } from 'node:crypto';
import type { CohortView, CourseView, SubmissionQueuePage, SubmissionView } from '@trainaction/contracts';
import { call, connectSocket } from '@trainaction/testing';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

let api: RunningApi;
let coordinator: SignedIn;
let [learner, peer, moderator, otherModerator, secondModerator]: SignedIn[] = [];
let cohort: CohortView;
let activityId: string;
const sockets: Socket[] = [];

async function connect(who: SignedIn): Promise<Socket> {
  const socket = await connectSocket(api.url, who.token);
  sockets.push(socket);
  return socket;
}

async function submit(socket: Socket, body = 'Mi análisis del caso', clientSubmissionId = randomUUID()): Promise<SubmissionView> {
  const reply = await call<{ submission: SubmissionView }>(socket, 'submission:submit', {
    activityId,
    cohortId: cohort.id,
    clientSubmissionId,
    body,
    links: ['https://example.org/informe.pdf'],
  });
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.data.submission;
}

beforeAll(async () => {
  api = await startApi('submissions');
  coordinator = await api.signUp('coordinator');
  [learner, peer, moderator, otherModerator, secondModerator] = await Promise.all([
    api.signUp('learner'),
    api.signUp('learner'),
    api.signUp('moderator'),
    api.signUp('moderator'),
    api.signUp('moderator'),
  ]);
  const course = (
    await api.client().post<CourseView>(
      '/api/courses',
      {
        slug: 'curso-entregas',
        title: { es: 'Curso' },
        summary: { es: 'R' },
        status: 'published',
        modules: [
          {
            title: { es: 'M1' },
            lessons: [],
            activities: [
              {
                kind: 'submission',
                title: { es: 'Nota de política' },
                prompt: 'Escriba una nota',
                dueDaysAfterStart: 14,
                completion: { kind: 'accepted_submission' },
                rubric: [
                  { criterion: 'Claridad', maxScore: 10 },
                  { criterion: 'Evidencia', maxScore: 10 },
                ],
              },
            ],
          },
        ],
      },
      { token: coordinator.token },
    )
  ).body;
  activityId = course.modules[0].activities[0].id;
  const create = (name: string) =>
    api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name,
        countries: ['HN'],
        startsAt: '2026-07-06T14:00:00Z',
        endsAt: '2027-01-30T00:00:00Z',
        timezone: 'America/Tegucigalpa',
      },
      { token: coordinator.token },
    );
  cohort = (await create('Cohorte entregas')).body;
  const other = (await create('Otra cohorte')).body;
  const enrol = (cohortId: string, who: SignedIn, role = 'learner') =>
    api.client().post(`/api/cohorts/${cohortId}/enrollments`, { userId: who.user.id, role }, { token: coordinator.token });
  await Promise.all([
    enrol(cohort.id, learner),
    enrol(cohort.id, peer),
    enrol(cohort.id, moderator, 'moderator'),
    enrol(cohort.id, secondModerator, 'moderator'),
    enrol(other.id, otherModerator, 'moderator'),
  ]);
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => api?.close());

describe('activity submissions', () => {
  it('stores one version for five concurrent submits with one clientSubmissionId', async () => {
    const socket = await connect(peer);
    const clientSubmissionId = randomUUID();
    const replies = await Promise.all(
      Array.from({ length: 5 }, () =>
        call<{ submission: SubmissionView }>(socket, 'submission:submit', {
          activityId,
          cohortId: cohort.id,
          clientSubmissionId,
          body: 'Entrega única',
        }),
      ),
    );
    expect(replies.every((r) => r.ok)).toBe(true);
    const submission = (
      await api
        .client()
        .get<SubmissionView>(`/api/submissions/${replies[0].ok ? replies[0].data.submission.id : ''}`, { token: peer.token })
    ).body;
    expect(submission.versions).toHaveLength(1);
    expect(submission).toMatchObject({ status: 'submitted', version: 1, late: true });
  });

  it('keeps learners from reviewing, and from seeing each other’s work (404)', async () => {
    const mine = await submit(await connect(learner));
    const peerSocket = await connect(peer);
    expect(await call(peerSocket, 'submission:review', { submissionId: mine.id, status: 'accepted', feedback: 'ok' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await api.client().get(`/api/submissions/${mine.id}`, { token: peer.token })).status).toBe(404);
    const own = await connect(learner);
    expect(await call(own, 'submission:review', { submissionId: mine.id, status: 'accepted', feedback: 'ok' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses a moderator of another cohort with NOT_FOUND', async () => {
    const { id } = (
      await api.client().get<SubmissionView[]>(`/api/activities/${activityId}/submissions?cohortId=${cohort.id}`, { token: learner.token })
    ).body[0];
    const outsider = await connect(otherModerator);
    expect(await call(outsider, 'submission:review', { submissionId: id, status: 'accepted', feedback: 'ok' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await api.client().get(`/api/cohorts/${cohort.id}/submissions`, { token: otherModerator.token })).status).toBe(404);
  });

  it('lets exactly one of two moderators claim a submission', async () => {
    const { id } = (
      await api.client().get<SubmissionView[]>(`/api/activities/${activityId}/submissions?cohortId=${cohort.id}`, { token: learner.token })
    ).body[0];
    const [a, b] = await Promise.all([connect(moderator), connect(secondModerator)]);
    const replies = await Promise.all([
      call(a, 'submission:claim', { submissionId: id }),
      call(b, 'submission:claim', { submissionId: id }),
    ]);
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(replies.filter((r) => !r.ok && r.error.code === 'CONFLICT')).toHaveLength(1);
    const winner = replies[0].ok ? a : b;
    expect(await call(winner, 'submission:claim', { submissionId: id, claimed: false })).toMatchObject({ ok: true });
  });

  it('delivers the review live; a returned submission is resubmitted as version 2, keeping version 1', async () => {
    const learnerSocket = await connect(learner);
    const moderatorSocket = await connect(moderator);
    await call(moderatorSocket, 'review:watch', { cohortId: cohort.id });
    const { id } = (
      await api.client().get<SubmissionView[]>(`/api/activities/${activityId}/submissions?cohortId=${cohort.id}`, { token: learner.token })
    ).body[0];

    const reviewed = new Promise<SubmissionView>((resolve) =>
      learnerSocket.on('submission:updated', (s: SubmissionView) => s.status === 'returned' && resolve(s)),
    );
    const notified = new Promise((resolve) => learnerSocket.on('notification:new', resolve));
    const review = await call<{ submission: SubmissionView }>(moderatorSocket, 'submission:review', {
      submissionId: id,
      status: 'returned',
      feedback: 'Falta evidencia de su país.',
      score: 8,
    });
    expect(review.ok).toBe(true);
    expect((await reviewed).versions[0].review).toMatchObject({ status: 'returned', feedback: 'Falta evidencia de su país.' });
    expect(await notified).toMatchObject({ kind: 'submission_returned' });

    const arrived = new Promise<SubmissionView>((resolve) =>
      moderatorSocket.on('submission:updated', (s: SubmissionView) => s.version === 2 && resolve(s)),
    );
    const second = await submit(learnerSocket, 'Versión con datos de Honduras');
    expect(second).toMatchObject({ version: 2, status: 'submitted' });
    expect(second.versions.map((v) => v.body)).toEqual(['Mi análisis del caso', 'Versión con datos de Honduras']);
    expect((await arrived).id).toBe(id);

    expect(
      await call(moderatorSocket, 'submission:review', { submissionId: id, status: 'accepted', feedback: 'Excelente', score: 25 }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const accepted = await call<{ submission: SubmissionView }>(moderatorSocket, 'submission:review', {
      submissionId: id,
      status: 'accepted',
      feedback: 'Excelente',
      score: 18,
    });
    expect(accepted.ok && accepted.data.submission).toMatchObject({ status: 'accepted', score: 18 });
    expect(
      await call(learnerSocket, 'submission:submit', { activityId, cohortId: cohort.id, clientSubmissionId: randomUUID(), body: 'otra' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('filters the review queue by status and country', async () => {
    const queue = await api
      .client()
      .get<SubmissionQueuePage>(`/api/cohorts/${cohort.id}/submissions?status=accepted&country=HN`, { token: moderator.token });
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((s) => s.learner.id)).toEqual([learner.user.id]);
    expect(queue.body.total).toBe(1);
    expect((await api.client().get(`/api/cohorts/${cohort.id}/submissions`, { token: learner.token })).status).toBe(403);
  });

  it('pages the review queue (waiting work first, oldest first) without version bodies, and follows status changes', async () => {
    const more = await Promise.all(Array.from({ length: 5 }, () => api.signUp('learner')));
    await Promise.all(
      more.map((who) =>
        api.client().post(`/api/cohorts/${cohort.id}/enrollments`, { userId: who.user.id, role: 'learner' }, { token: coordinator.token }),
      ),
    );
    const sent: string[] = [];
    for (const who of more) sent.push((await submit(await connect(who), `Entrega de ${who.user.id}`)).id);
    const pages: SubmissionQueuePage[] = [];
    for (let after: string | undefined, i = 0; i === 0 || after; i++) {
      const res = await api
        .client()
        .get<SubmissionQueuePage>(`/api/cohorts/${cohort.id}/submissions?limit=3${after ? `&after=${after}` : ''}`, {
          token: moderator.token,
        });
      expect(res.status).toBe(200);
      pages.push(res.body);
      after = res.body.next;
    }
    const all = pages.flatMap((p) => p.items);
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]); // the peer's, these five, the accepted one
    expect(pages.every((p) => p.total === 7)).toBe(true);
    expect(new Set(all.map((s) => s.id)).size).toBe(7);
    expect(all.map((s) => s.status)).toEqual(['submitted', 'submitted', 'submitted', 'submitted', 'submitted', 'submitted', 'accepted']);
    expect(all.slice(1, 6).map((s) => s.id)).toEqual(sent); // oldest first
    const times = all.slice(0, 6).map((s) => Date.parse(s.submittedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(JSON.stringify(all)).not.toContain('Entrega de');
    expect(all.every((s) => !('versions' in s))).toBe(true);
    // One submission's page still has every version with its body.
    expect((await api.client().get<SubmissionView>(`/api/submissions/${sent[0]}`, { token: moderator.token })).body.versions[0].body).toBe(
      `Entrega de ${more[0].user.id}`,
    );

    // Claimed work moves after the waiting work; a status filter pages on its own.
    const claimed = await call(await connect(moderator), 'submission:claim', { submissionId: sent[0], claimed: true });
    expect(claimed.ok).toBe(true);
    const first = (
      await api.client().get<SubmissionQueuePage>(`/api/cohorts/${cohort.id}/submissions?limit=10`, { token: moderator.token })
    ).body;
    expect(first.items.map((s) => s.status)).toEqual([
      'submitted',
      'submitted',
      'submitted',
      'submitted',
      'submitted',
      'in_review',
      'accepted',
    ]);
    const waiting = (
      await api
        .client()
        .get<SubmissionQueuePage>(`/api/cohorts/${cohort.id}/submissions?status=submitted&limit=4`, { token: moderator.token })
    ).body;
    expect(waiting).toMatchObject({ total: 5 });
    expect(waiting.items).toHaveLength(4);
    const rest = (
      await api.client().get<SubmissionQueuePage>(`/api/cohorts/${cohort.id}/submissions?status=submitted&limit=4&after=${waiting.next}`, {
        token: moderator.token,
      })
    ).body;
    expect(rest.items).toHaveLength(1);
    expect(rest.next).toBeUndefined();
    const bad = await api
      .client()
      .get<{ error: { code: string } }>(`/api/cohorts/${cohort.id}/submissions?after=nope`, { token: moderator.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });
});
