import type { CohortView, CourseView, ImportJobView } from '@trainaction/contracts';
import { linkIn, type ReceivedMail } from '@trainaction/testing';
import type { RunningApi, SignedIn } from './api-harness';

/** What the invitation and verification specs share: a coordinator, a course and a cohort of it. */
export interface Academy {
  coordinator: SignedIn;
  course: CourseView;
  cohort: CohortView;
}

export async function anAcademy(api: RunningApi, label: string): Promise<Academy> {
  const coordinator = await api.signUp('coordinator', { displayName: 'Carla Coordinadora' });
  const course = (
    await api
      .client()
      .post<CourseView>(
        '/api/courses',
        { slug: `curso-${label}`, title: { es: 'Seguridad ciudadana', en: 'Citizen security' }, summary: { es: 'R' }, status: 'published' },
        { token: coordinator.token },
      )
  ).body;
  const cohort = (
    await api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name: `Cohorte ${label}`,
        countries: ['HN', 'GT'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2026-12-01T00:00:00Z',
        timezone: 'America/Tegucigalpa',
      },
      { token: coordinator.token },
    )
  ).body;
  return { coordinator, course, cohort };
}

/** Imports a roster and waits for the job to finish. */
export async function importRoster(api: RunningApi, academy: Academy, csv: string): Promise<ImportJobView> {
  const options = { token: academy.coordinator.token };
  const started = await api.client().post<ImportJobView>(`/api/cohorts/${academy.cohort.id}/imports`, { csv }, options);
  if (started.status !== 202) throw new Error(`import refused: ${started.status} ${JSON.stringify(started.body)}`);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const job = (await api.client().get<ImportJobView>(`/api/imports/${started.body.id}`, options)).body;
    if (job.status !== 'running') return job;
    if (Date.now() > deadline) throw new Error('the import did not finish');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The token of the first link in a mail that leads to `origin + path`. */
export function tokenIn(mail: ReceivedMail, origin: string, path: string): string {
  return new URL(linkIn(mail, `${origin}${path}?token=`)).searchParams.get('token')!;
}
