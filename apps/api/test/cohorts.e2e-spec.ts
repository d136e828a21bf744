import type {
  BalanceTable,
  CohortInput,
  CohortView,
  CourseView,
  ErrorBody,
  ImportJobView,
  MemberView,
  Page,
  UserView,
} from '@trainaction/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

let api: RunningApi;
let coordinator: SignedIn;
let course: CourseView;

function aCohort(overrides: Partial<CohortInput> = {}): CohortInput {
  return {
    courseId: course.id,
    name: 'Cohorte Honduras 2026',
    countries: ['HN'],
    startsAt: '2026-02-02T14:00:00.000Z',
    endsAt: '2026-06-30T23:00:00.000Z',
    timezone: 'America/Tegucigalpa',
    status: 'open',
    enrollmentMode: 'coordinator',
    ...overrides,
  };
}

async function createCohort(overrides: Partial<CohortInput> = {}): Promise<CohortView> {
  const res = await api.client().post<CohortView>('/api/cohorts', aCohort(overrides), { token: coordinator.token });
  expect(res.status).toBe(201);
  return res.body;
}

async function enroll(cohortId: string, userId: string, role: 'learner' | 'moderator' = 'learner') {
  const res = await api.client().post(`/api/cohorts/${cohortId}/enrollments`, { userId, role }, { token: coordinator.token });
  expect(res.status).toBe(201);
}

/** Polls the import job until it is done (each poll is a real request; bounded by the test timeout). */
async function finishedImport(jobId: string): Promise<ImportJobView> {
  for (;;) {
    const job = await api.client().get<ImportJobView>(`/api/imports/${jobId}`, { token: coordinator.token });
    if (job.body.status !== 'running') return job.body;
    await new Promise((r) => setTimeout(r, 100));
  }
}

function roster(rows: number, bad: Record<number, string> = {}): string {
  const countries = ['CR', 'SV', 'GT', 'HN', 'DO'];
  const lines = ['email,name,country,gender,sector,organisation'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      bad[i] ??
        `persona${i}@academia.example,Persona ${i},${countries[i % 5]},${i % 9 < 5 ? 'man' : 'woman'},public_employee,Ministerio ${i % 7}`,
    );
  }
  return lines.join('\n');
}

beforeAll(async () => {
  api = await startApi('cohorts');
  coordinator = await api.signUp('coordinator');
  const res = await api.client().post<CourseView>(
    '/api/courses',
    {
      slug: 'curso-cohortes',
      title: { es: 'Curso' },
      summary: { es: 'Resumen' },
      status: 'published',
      modules: [{ title: { es: 'M1' }, lessons: [{ kind: 'text', title: { es: 'L1' }, body: 'x' }], activities: [] }],
    },
    { token: coordinator.token },
  );
  course = res.body;
});
afterAll(() => api?.close());

describe('cohorts and membership', () => {
  it('shows a learner only their own cohorts and members; another cohort answers 404', async () => {
    const [mine, other] = [await createCohort({ name: 'Cohorte propia' }), await createCohort({ name: 'Cohorte ajena' })];
    const learner = await api.signUp('learner');
    const peer = await api.signUp('learner', { country: 'GT' });
    await enroll(mine.id, learner.user.id);
    await enroll(mine.id, peer.user.id);

    const list = await api.client().get<Page<CohortView>>('/api/cohorts', { token: learner.token });
    expect(list.body.items.map((c) => c.id)).toEqual([mine.id]);
    expect(list.body.items[0]).toMatchObject({ myRole: 'learner', memberCount: 2, course: { slug: 'curso-cohortes' } });

    const members = await api.client().get<Page<MemberView>>(`/api/cohorts/${mine.id}/members`, { token: learner.token });
    expect(members.body.items.map((m) => m.userId).sort()).toEqual([learner.user.id, peer.user.id].sort());
    expect(members.body.items.every((m) => m.email === undefined)).toBe(true);

    expect((await api.client().get(`/api/cohorts/${other.id}`, { token: learner.token })).status).toBe(404);
    expect((await api.client().get(`/api/cohorts/${other.id}/members`, { token: learner.token })).status).toBe(404);
    expect((await api.client().get('/api/cohorts?scope=all', { token: learner.token })).status).toBe(403);
  });

  it("keeps each cohort's member count current in the list of every cohort as people join and leave", async () => {
    const cohort = await createCohort({ name: 'Cohorte contada' });
    const countIn = async () => {
      const list = await api.client().get<Page<CohortView>>('/api/cohorts?scope=all&limit=100', { token: coordinator.token });
      return list.body.items.find((c) => c.id === cohort.id)?.memberCount;
    };
    expect(await countIn()).toBe(0);
    const [ana, beto] = [await api.signUp('learner'), await api.signUp('learner')];
    await enroll(cohort.id, ana.user.id);
    expect(await countIn()).toBe(1);
    await enroll(cohort.id, beto.user.id, 'moderator');
    expect(await countIn()).toBe(2);
    const removed = await api
      .client()
      .request('DELETE', `/api/cohorts/${cohort.id}/enrollments/${ana.user.id}`, undefined, { token: coordinator.token });
    expect(removed.status).toBeLessThan(300);
    expect(await countIn()).toBe(1);
  });

  it('refuses cohort creation and enrolment to learners (403)', async () => {
    const learner = await api.signUp('learner');
    expect((await api.client().post('/api/cohorts', aCohort(), { token: learner.token })).status).toBe(403);
    const cohort = await createCohort();
    expect(
      (await api.client().post(`/api/cohorts/${cohort.id}/enrollments`, { userId: learner.user.id }, { token: learner.token })).status,
    ).toBe(403);
    expect((await api.client().patch(`/api/cohorts/${cohort.id}`, { name: 'Nuevo nombre' }, { token: learner.token })).status).toBe(403);
  });

  it('answers 400 to an unknown country, overlong fields and an end before the start, creating nothing', async () => {
    const before = (await api.client().get<Page<CohortView>>('/api/cohorts', { token: coordinator.token })).body.items.length;
    const res = await api.client().post<ErrorBody>(
      '/api/cohorts',
      aCohort({
        countries: ['XX'],
        name: 'n'.repeat(500),
        startsAt: '2026-06-01T00:00:00Z',
        endsAt: '2026-05-01T00:00:00Z',
        timezone: 'Mars/Olympus',
      }),
      { token: coordinator.token },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details!.map((d) => d.path)).toEqual(expect.arrayContaining(['countries.0', 'name', 'endsAt', 'timezone']));
    expect((await api.client().get<Page<CohortView>>('/api/cohorts', { token: coordinator.token })).body.items.length).toBe(before);
  });

  it('lets a learner join an open cohort of their country only', async () => {
    const open = await createCohort({ name: 'Cohorte abierta', enrollmentMode: 'open', countries: ['HN', 'SV'] });
    const hondurena = await api.signUp('learner', { country: 'HN' });
    const dominicano = await api.signUp('learner', { country: 'DO' });
    const listed = await api.client().get<Page<CohortView>>('/api/cohorts?scope=open', { token: hondurena.token });
    expect(listed.body.items.map((c) => c.id)).toContain(open.id);
    expect((await api.client().post(`/api/cohorts/${open.id}/join`, undefined, { token: hondurena.token })).status).toBe(200);
    expect((await api.client().post(`/api/cohorts/${open.id}/join`, undefined, { token: dominicano.token })).status).toBe(403);
  });

  it('shows moderators the lesson progress of their cohort', async () => {
    const cohort = await createCohort({ name: 'Cohorte con progreso' });
    const moderator = await api.signUp('moderator');
    const learner = await api.signUp('learner');
    await enroll(cohort.id, moderator.user.id, 'moderator');
    await enroll(cohort.id, learner.user.id);
    await api.client().request('PUT', `/api/lessons/${course.modules[0].lessons[0].id}/done`, { done: true }, { token: learner.token });
    const progress = await api
      .client()
      .get<{ userId: string; percent: number }[]>(`/api/cohorts/${cohort.id}/progress`, { token: moderator.token });
    expect(progress.body).toEqual([expect.objectContaining({ userId: learner.user.id, percent: 100 })]);
    expect((await api.client().get(`/api/cohorts/${cohort.id}/progress`, { token: learner.token })).status).toBe(403);
  });
});

describe('CSV roster import', () => {
  it('enrols 197 of 200 rows, reports the 3 bad ones with reasons, and a second import changes nothing', { timeout: 120_000 }, async () => {
    const cohort = await createCohort({ name: 'Cohorte importada', countries: ['CR', 'SV', 'GT', 'HN', 'DO'] });
    const csv = roster(200, {
      10: 'no-es-un-correo,Persona 10,CR,man,public_employee,X',
      50: 'persona50@academia.example,Persona 50,ZZ,woman,public_employee,X',
      120: 'persona120@academia.example,Persona 120,HN,woman,astronaut,X',
    });
    const started = await api.client().post<ImportJobView>(`/api/cohorts/${cohort.id}/imports`, { csv }, { token: coordinator.token });
    expect(started.status).toBe(202);
    const job = await finishedImport(started.body.id);
    expect(job).toMatchObject({ status: 'done', total: 200, processed: 200 });
    expect(job.counts).toEqual({ created_and_enrolled: 197, enrolled: 0, already_enrolled: 0, invalid: 3 });
    const bad = job.rows.filter((r) => r.status === 'invalid');
    expect(bad.map((r) => r.row)).toEqual([12, 52, 122]);
    expect(bad.map((r) => r.errors)).toEqual([
      [{ kind: 'email_invalid', column: 'email', value: 'no-es-un-correo' }],
      [{ kind: 'country_unknown', column: 'country', value: 'ZZ' }],
      [{ kind: 'sector_unknown', column: 'sector', value: 'astronaut' }],
    ]);
    expect(
      (await api.client().get<Page<MemberView>>(`/api/cohorts/${cohort.id}/members`, { token: coordinator.token })).body.items,
    ).toHaveLength(197);

    const again = await finishedImport(
      (await api.client().post<ImportJobView>(`/api/cohorts/${cohort.id}/imports`, { csv }, { token: coordinator.token })).body.id,
    );
    expect(again.counts).toEqual({ created_and_enrolled: 0, enrolled: 0, already_enrolled: 197, invalid: 3 });
    expect(
      (await api.client().get<Page<MemberView>>(`/api/cohorts/${cohort.id}/members`, { token: coordinator.token })).body.items,
    ).toHaveLength(197);
  });

  it('imports a roster a Spanish spreadsheet wrote: headers, countries, genders and sectors by name', { timeout: 60_000 }, async () => {
    const cohort = await createCohort({ name: 'Cohorte con etiquetas', countries: ['CR', 'SV', 'GT', 'HN', 'DO'] });
    const csv = [
      '\uFEFFCorreo electrónico;Nombre;País;Género;Sector;Organización',
      'ana.rojas@ejemplo.org;Ana Rojas;Costa Rica;Mujer;Cuerpos policiales y de seguridad;Ministerio de Seguridad',
      'luis.pena@ejemplo.org;Luis Peña;  república   dominicana ;HOMBRE;Alta dirección (ministerio, viceministerio, dirección);',
      'eva.mejia@ejemplo.org;Eva Mejía;Honduras;no binario;sociedad civil;Fundación',
      'jose.lopez@ejemplo.org;José López;el salvador;Man;Police and law enforcement;',
      'mal@ejemplo.org;Mal País;Narnia;Mujer;Academia;',
    ].join('\r\n');
    const started = await api.client().post<ImportJobView>(`/api/cohorts/${cohort.id}/imports`, { csv }, { token: coordinator.token });
    expect(started.status).toBe(202);
    const job = await finishedImport(started.body.id);
    expect(job.counts).toEqual({ created_and_enrolled: 4, enrolled: 0, already_enrolled: 0, invalid: 1 });
    expect(job.rows.find((r) => r.status === 'invalid')).toEqual({
      row: 6,
      email: 'mal@ejemplo.org',
      status: 'invalid',
      errors: [{ kind: 'country_unknown', column: 'country', value: 'Narnia' }],
    });
    const found = await api.client().get<Page<UserView>>('/api/users?q=ejemplo.org&limit=10', { token: coordinator.token });
    const byEmail = new Map(found.body.items.map((u) => [u.email, u]));
    expect(byEmail.get('ana.rojas@ejemplo.org')).toMatchObject({ country: 'CR', gender: 'woman', sector: 'law_enforcement' });
    expect(byEmail.get('luis.pena@ejemplo.org')).toMatchObject({ country: 'DO', gender: 'man', sector: 'decision_maker' });
    expect(byEmail.get('eva.mejia@ejemplo.org')).toMatchObject({ country: 'HN', gender: 'non_binary', sector: 'civil_society' });
    expect(byEmail.get('jose.lopez@ejemplo.org')).toMatchObject({ country: 'SV', gender: 'man', sector: 'law_enforcement' });
  });

  it('refuses a file that is not CSV with 400 and enrols nobody', async () => {
    const cohort = await createCohort({ name: 'Cohorte sin CSV' });
    const files = { binary: '%PDF-1.7\u0000\u0001binary', empty: 'just one line', unreadable: 'nombre;otra\n"sin cerrar;x' };
    for (const [kind, csv] of Object.entries(files)) {
      const res = await api.client().post<ErrorBody>(`/api/cohorts/${cohort.id}/imports`, { csv }, { token: coordinator.token });
      expect(res.status).toBe(400);
      expect(res.body.error.details?.[0]).toMatchObject({ path: 'csv', message: kind });
    }
    expect(
      (await api.client().get<Page<MemberView>>(`/api/cohorts/${cohort.id}/members`, { token: coordinator.token })).body.items,
    ).toHaveLength(0);
  });
});

describe('balanced cohort builder', () => {
  it('proposes, then creates, cross-country cohorts within one person of the pool shares', async () => {
    const source = await createCohort({ name: 'Cohorte fuente', countries: ['CR', 'SV', 'GT', 'HN', 'DO'] });
    const job = await api
      .client()
      .post<ImportJobView>(
        `/api/cohorts/${source.id}/imports`,
        { csv: roster(60).replaceAll('persona', 'fuente') },
        { token: coordinator.token },
      );
    await finishedImport(job.body.id);
    const request = {
      courseId: course.id,
      cohortCount: 4,
      namePrefix: 'Intercambio regional',
      startsAt: '2026-03-01T14:00:00Z',
      endsAt: '2026-05-01T14:00:00Z',
      timezone: 'America/Costa_Rica',
    };

    const preview = await api.client().post<BalanceTable>('/api/cohorts/balance', request, { token: coordinator.token });
    expect(preview.status).toBe(200);
    expect(preview.body.applied).toBe(false);
    const pool = preview.body.pool;
    for (const cohort of preview.body.cohorts) {
      for (const [country, n] of Object.entries(pool.byCountry))
        expect(Math.abs((cohort.byCountry[country] ?? 0) - n / 4)).toBeLessThanOrEqual(1);
      for (const [gender, n] of Object.entries(pool.byGender))
        expect(Math.abs((cohort.byGender[gender] ?? 0) - n / 4)).toBeLessThanOrEqual(1);
    }

    const applied = await api
      .client()
      .post<BalanceTable>('/api/cohorts/balance', { ...request, apply: true }, { token: coordinator.token });
    expect(applied.body.createdCohortIds).toHaveLength(4);
    const created = await api.client().get<CohortView>(`/api/cohorts/${applied.body.createdCohortIds[0]}`, { token: coordinator.token });
    expect(created.body.memberCount).toBe(applied.body.cohorts[0].size);
    expect(created.body.countries.length).toBeGreaterThan(1);
  });
});
