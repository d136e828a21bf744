import { getConnectionToken } from '@nestjs/mongoose';
import type {
  AnalyticsDashboard,
  AuthResult,
  CohortView,
  CourseSummary,
  CourseView,
  LessonMediaList,
  MemberView,
  MessageView,
  Page,
  ParticipationReport,
  RoomView,
  SubmissionQueuePage,
  SubmissionView,
  ThreadDetail,
  ThreadView,
  UserView,
} from '@trainaction/contracts';
import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-accounts';
import { startApi, type RunningApi } from './api-harness';

let api: RunningApi;
let admin: string;

async function all<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page: { body: Page<T> } = await api
      .client()
      .get<Page<T>>(`${path}${sep}limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token: admin });
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

beforeAll(async () => {
  api = await startApi('demo', { SEED_DEMO: 'true' });
  admin = (await api.client().post<AuthResult>('/api/auth/login', { email: 'admin@trainaction.demo', password: DEMO_PASSWORD })).body
    .accessToken;
}, 180_000);
afterAll(() => api?.close());

describe('the demo academy', () => {
  it('has 1,000 learners: 564 men and 436 women from the five countries', async () => {
    const learners = await all<UserView>('/api/users?role=learner');
    expect(learners).toHaveLength(1000);
    expect(learners.filter((u) => u.gender === 'man')).toHaveLength(564);
    expect(learners.filter((u) => u.gender === 'woman')).toHaveLength(436);
    expect(new Set(learners.map((u) => u.country))).toEqual(new Set(['CR', 'SV', 'GT', 'HN', 'DO']));
  });

  it('has six published courses with modules, lessons and activities', async () => {
    const courses = (await api.client().get<Page<CourseSummary>>('/api/courses', { token: admin })).body.items;
    expect(courses).toHaveLength(6);
    expect(courses.every((c) => c.status === 'published' && c.moduleCount >= 3 && c.lessonCount >= 9)).toBe(true);
  });

  it('puts every learner in at least one cohort, with country and cross-country cohorts', async () => {
    const learners = await all<UserView>('/api/users?role=learner');
    const cohorts = (await api.client().get<Page<CohortView>>('/api/cohorts', { token: admin })).body.items;
    expect(cohorts.filter((c) => c.countries.length === 1)).toHaveLength(30);
    expect(cohorts.filter((c) => c.countries.length === 5)).toHaveLength(6);
    const enrolled = new Set<string>();
    for (const cohort of cohorts) {
      const members = (await api.client().get<Page<MemberView>>(`/api/cohorts/${cohort.id}/members`, { token: admin })).body.items;
      members.filter((m) => m.role === 'learner').forEach((m) => enrolled.add(m.userId));
      expect(members.some((m) => m.role === 'moderator')).toBe(true);
    }
    expect(learners.filter((u) => !enrolled.has(u.id))).toEqual([]);
  });

  it('signs in the named learner from Honduras, enrolled in two cohorts, one cross-country', async () => {
    const login = await api.client().post<AuthResult>('/api/auth/login', { email: 'aprendiz@trainaction.demo', password: DEMO_PASSWORD });
    expect(login.body.user).toMatchObject({ country: 'HN', role: 'learner' });
    const mine = (await api.client().get<Page<CohortView>>('/api/cohorts', { token: login.body.accessToken })).body.items;
    expect(mine).toHaveLength(2);
    expect(mine.some((c) => c.countries.length > 1)).toBe(true);
  });

  it('finds the academy on a second start and changes nothing', async () => {
    const { DemoSeeder } = await import('../src/demo/demo-seeder');
    expect(await api.app.get(DemoSeeder).seed()).toBe(false);
    expect(await all<UserView>('/api/users?role=learner')).toHaveLength(1000);
  });
});

describe('the demo live rooms', () => {
  it('have five months of discussion in the named learner’s cohorts, with threads', async () => {
    const login = await api.client().post<AuthResult>('/api/auth/login', { email: 'aprendiz@trainaction.demo', password: DEMO_PASSWORD });
    const token = login.body.accessToken;
    const [cohort] = (await api.client().get<Page<CohortView>>('/api/cohorts', { token })).body.items;
    const [room] = (await api.client().get<RoomView[]>(`/api/cohorts/${cohort.id}/rooms`, { token })).body;
    const history = (await api.client().get<Page<MessageView>>(`/api/rooms/${room.id}/messages?limit=100`, { token })).body.items;
    expect(history.length).toBeGreaterThan(10);
    const months = new Set(history.map((m) => m.createdAt.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(4);
    expect(history.some((m) => m.replyCount > 0)).toBe(true);
  });
});

describe('the demo submissions', () => {
  it('have submissions across the months, reviewed by moderators, some resubmitted', async () => {
    const login = await api.client().post<AuthResult>('/api/auth/login', { email: 'moderacion@trainaction.demo', password: DEMO_PASSWORD });
    const token = login.body.accessToken;
    const cohorts = (await api.client().get<Page<CohortView>>('/api/cohorts', { token })).body.items;
    const queue = (
      await Promise.all(cohorts.map((c) => api.client().get<SubmissionQueuePage>(`/api/cohorts/${c.id}/submissions?limit=100`, { token })))
    ).flatMap((r) => r.body.items);
    expect(queue.length).toBeGreaterThan(20);
    const accepted = queue.find((s) => s.status === 'accepted')!;
    const reviewed = (await api.client().get<SubmissionView>(`/api/submissions/${accepted.id}`, { token })).body;
    expect(reviewed.versions.at(-1)?.review?.reviewer.id).toBeTruthy();
    expect(queue.some((s) => s.version === 2)).toBe(true);
    expect(new Set(queue.map((s) => s.submittedAt.slice(0, 7))).size).toBeGreaterThanOrEqual(3);
  });
});

describe('the demo analytics', () => {
  let coordinatorToken: string;
  beforeAll(async () => {
    coordinatorToken = (
      await api.client().post<AuthResult>('/api/auth/login', { email: 'coordinacion@trainaction.demo', password: DEMO_PASSWORD })
    ).body.accessToken;
  });

  it('shows 1,000 learners, 564 men and 436 women, and countries adding up to 1,000', async () => {
    const byGender = (await api.client().get<ParticipationReport>('/api/analytics/participation?by=gender', { token: coordinatorToken }))
      .body;
    expect(byGender.totals.learners).toBe(1000);
    expect(byGender.rows.map((r) => [r.gender, r.learners])).toEqual([
      ['man', 564],
      ['woman', 436],
    ]);
    const byCountry = (await api.client().get<ParticipationReport>('/api/analytics/participation?by=country', { token: coordinatorToken }))
      .body;
    expect(byCountry.rows.reduce((n, r) => n + (r.learners as number), 0)).toBe(1000);
    // One country, as the dashboard asks when filtered: its reports all count only its people.
    const honduras = byCountry.rows.find((r) => r.country === 'HN')!.learners;
    const { body: filtered } = await api
      .client()
      .get<AnalyticsDashboard>('/api/analytics/dashboard?by=country,gender&country=HN&period=month', { token: coordinatorToken });
    for (const report of [filtered.table, filtered.byGender, filtered.countryGender, filtered.months, filtered.heat])
      expect(report.totals.learners).toBe(honduras);
  });

  it('matches a direct count from the raw collections by course and gender', async () => {
    const report = (
      await api.client().get<ParticipationReport>('/api/analytics/participation?by=course,gender', { token: coordinatorToken })
    ).body;
    const db = api.app.get(getConnectionToken()) as Connection;
    const learners = new Map(
      (await db.collection('users').find({ role: 'learner' }).toArray()).map((u) => [u._id.toHexString(), u.gender as string]),
    );
    const memberships = await db.collection('memberships').find({ role: 'learner' }).toArray();
    const messages = await db.collection('messages').find({}).toArray();
    const submissions = await db.collection('submissions').find({}).toArray();
    const versionCounts = new Map<string, number>();
    for (const v of await db.collection('submission_versions').find({}).toArray())
      versionCounts.set(v.submissionId, (versionCounts.get(v.submissionId) ?? 0) + 1);
    const lessons = await db.collection('lesson_progress').find({}).toArray();
    const cohortCourse = new Map(memberships.map((m) => [m.cohortId as string, m.courseId as string]));
    const learnerCohorts = new Set(memberships.map((m) => `${m.userId}|${m.cohortId}`));
    for (const row of report.rows) {
      const enrolled = new Set(
        memberships.filter((m) => m.courseId === row.course && learners.get(m.userId) === row.gender).map((m) => m.userId),
      );
      const messageCount = messages.filter(
        (m) =>
          cohortCourse.get(m.cohortId) === row.course &&
          learners.get(m.authorId) === row.gender &&
          learnerCohorts.has(`${m.authorId}|${m.cohortId}`),
      ).length;
      const versionCount = submissions
        .filter((s) => s.courseId === row.course && learners.get(s.learnerId) === row.gender)
        .reduce((n, s) => n + (versionCounts.get(s._id.toHexString()) ?? 0), 0);
      const lessonCount = lessons.filter((l) => l.courseId === row.course && enrolled.has(l.userId)).length;
      expect({
        course: row.course,
        gender: row.gender,
        learners: row.learners,
        messages: row.messages,
        submissions: row.submissions,
        lessonsCompleted: row.lessonsCompleted,
      }).toEqual({
        course: row.course,
        gender: row.gender,
        learners: enrolled.size,
        messages: messageCount,
        submissions: versionCount,
        lessonsCompleted: lessonCount,
      });
    }
    expect(report.rows).toHaveLength(12);
  });
});

describe('the demo forums', () => {
  it('have threads with replies in the cohort and course-wide forums, counted in the analytics', async () => {
    const login = await api.client().post<AuthResult>('/api/auth/login', { email: 'aprendiz@trainaction.demo', password: DEMO_PASSWORD });
    const token = login.body.accessToken;
    const [cohort] = (await api.client().get<Page<CohortView>>('/api/cohorts', { token })).body.items;
    const own = (await api.client().get<Page<ThreadView>>(`/api/cohorts/${cohort.id}/threads`, { token })).body.items;
    const shared = (await api.client().get<Page<ThreadView>>(`/api/cohorts/${cohort.id}/threads?courseWide=true`, { token })).body.items;
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(shared.length).toBeGreaterThanOrEqual(3);
    const detail = (await api.client().get<ThreadDetail>(`/api/threads/${own[0].id}`, { token })).body;
    expect(detail.posts.length).toBeGreaterThanOrEqual(3);
    const coordinator = (
      await api.client().post<AuthResult>('/api/auth/login', { email: 'coordinacion@trainaction.demo', password: DEMO_PASSWORD })
    ).body.accessToken;
    const report = (await api.client().get<ParticipationReport>('/api/analytics/participation?by=month', { token: coordinator })).body;
    expect(report.totals.posts).toBeGreaterThan(100);
    expect(report.rows.filter((r) => (r.posts ?? 0) > 0).length).toBeGreaterThanOrEqual(4);
  });
});

describe('the demo academy’s media', () => {
  it('gives every expert video a playable clip with Spanish captions and every reading a PDF, served to the named learner', async () => {
    const token = (await api.client().post<AuthResult>('/api/auth/login', { email: 'aprendiz@trainaction.demo', password: DEMO_PASSWORD }))
      .body.accessToken;
    const [cohort] = (await api.client().get<Page<CohortView>>('/api/cohorts', { token })).body.items;
    const course = (await api.client().get<CourseView>(`/api/courses/${cohort.course?.slug ?? ''}`, { token })).body;
    expect(JSON.stringify(course)).not.toContain('media.trainaction.demo');
    const media = (await api.client().get<LessonMediaList>(`/api/courses/${course.slug}/media`, { token })).body.items;
    const lessons = course.modules.flatMap((m) => m.lessons);
    const of = (lessonId: string) => media.filter((m) => m.lessonId === lessonId);
    for (const lesson of lessons.filter((l) => l.kind === 'video')) {
      expect(of(lesson.id).map((m) => m.language ?? m.kind)).toEqual(['video', 'es', 'en']);
    }
    for (const lesson of lessons.filter((l) => l.kind === 'reading')) {
      expect(of(lesson.id).map((m) => [m.kind, m.type, m.label])).toEqual([['document', 'application/pdf', lesson.title.es]]);
    }
    const auth = { authorization: `Bearer ${token}` };
    const video = media.find((m) => m.kind === 'video')!;
    const partial = await fetch(`${api.url}/api/files/${video.fileId}`, { headers: { ...auth, range: 'bytes=0-3' } });
    expect([partial.status, [...Buffer.from(await partial.arrayBuffer())]]).toEqual([206, [0x1a, 0x45, 0xdf, 0xa3]]); // WebM (EBML)
    const pdf = await fetch(`${api.url}/api/files/${media.find((m) => m.kind === 'document')!.fileId}`, { headers: auth });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });
});
