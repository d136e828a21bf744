// Issue 22: one protected table feeds everything. The tables by sector can hide a figure the headline by country
// and gender alone would show (here: the Dominican Republic's 5 women); the donor indicators must hide it too.
// The 17 people were found by generating academies until protecting the sector tables hid such a cell.
import type { CohortView, CourseView, IndicatorReport, ParticipationReport, Sector } from '@trainaction/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

const PEOPLE: [country: string, gender: 'man' | 'woman', sector: Sector][] = [
  ['DO', 'woman', 'academia'],
  ['DO', 'woman', 'law_enforcement'],
  ['CR', 'woman', 'academia'],
  ['SV', 'man', 'academia'],
  ['SV', 'woman', 'academia'],
  ['DO', 'man', 'academia'],
  ['DO', 'man', 'public_employee'],
  ['HN', 'man', 'public_employee'],
  ['SV', 'woman', 'academia'],
  ['HN', 'man', 'law_enforcement'],
  ['CR', 'man', 'public_employee'],
  ['CR', 'man', 'public_employee'],
  ['SV', 'man', 'public_employee'],
  ['DO', 'woman', 'public_employee'],
  ['DO', 'woman', 'academia'],
  ['DO', 'man', 'law_enforcement'],
  ['DO', 'woman', 'academia'],
];

let api: RunningApi;
let coordinator: SignedIn;
let course: CourseView;

beforeAll(async () => {
  api = await startApi('analytics_sectors');
  coordinator = await api.signUp('coordinator');
  course = (
    await api.client().post<CourseView>(
      '/api/courses',
      {
        slug: 'curso-sectores',
        title: { es: 'Curso' },
        summary: { es: 'R' },
        status: 'published',
        modules: [{ title: { es: 'M' }, lessons: [{ kind: 'text', title: { es: 'L' }, body: 'x' }], activities: [] }],
      },
      { token: coordinator.token },
    )
  ).body;
  const cohort = (
    await api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name: 'Cohorte sectores',
        countries: ['DO', 'CR', 'SV', 'HN'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2027-06-30T00:00:00Z',
        timezone: 'America/Santo_Domingo',
      },
      { token: coordinator.token },
    )
  ).body;
  const lesson = `/api/lessons/${course.modules[0].lessons[0].id}/done`;
  for (const [country, gender, sector] of PEOPLE) {
    const learner = await api.signUp('learner', { country, gender, sector });
    await api
      .client()
      .post(`/api/cohorts/${cohort.id}/enrollments`, { userId: learner.user.id, role: 'learner' }, { token: coordinator.token });
    expect((await api.client().put(lesson, { done: true }, { token: learner.token })).status).toBeLessThan(300); // active this month
  }
}, 120_000);
afterAll(() => api?.close());

describe('a figure hidden to protect the tables by sector', () => {
  it('is hidden on the dashboard and in the donor indicators alike', async () => {
    const get = async <T>(path: string) => (await api.client().get<T>(`/api/analytics/${path}`, { token: coordinator.token })).body;
    const dashboard = await get<ParticipationReport>(`participation?by=country,gender&courseId=${course.id}`);
    const hidden = new Set(dashboard.rows.filter((r) => r.suppressed).map((r) => `${r.country}|${r.gender}`));
    expect(hidden.has('DO|woman')).toBe(true);
    const indicators = await get<IndicatorReport>(`indicators?period=month&courseId=${course.id}`);
    const shown = indicators.rows.filter((r) => !r.suppressed).map((r) => `${r.country}|${r.gender}`);
    expect(shown.filter((key) => hidden.has(key))).toEqual([]);
  });
});
