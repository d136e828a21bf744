import type { CourseInput, CourseSummary, CourseView, ErrorBody, Page } from '@trainaction/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

let api: RunningApi;
let coordinator: SignedIn;
let learner: SignedIn;

function aCourse(slug: string, overrides: Partial<CourseInput> = {}): CourseInput {
  return {
    slug,
    title: { es: `Curso ${slug}`, en: `Course ${slug}` },
    summary: { es: 'Resumen del curso sobre prevención de la violencia.', en: 'Course summary.' },
    topics: ['prevención', 'datos'],
    status: 'draft',
    modules: [
      {
        title: { es: 'Módulo 1' },
        lessons: [
          { kind: 'text', title: { es: 'Conceptos' }, body: '## Seguridad ciudadana\nTexto.' },
          {
            kind: 'video',
            title: { es: 'Entrevista' },
            url: 'https://media.example.org/v.mp4',
            durationSeconds: 600,
            captionsUrl: 'https://media.example.org/v.es.vtt',
          },
        ],
        activities: [
          {
            kind: 'forum',
            title: { es: 'Comparar países' },
            prompt: '¿Qué funciona en su país?',
            completion: { kind: 'forum_posts', replies: 2 },
          },
        ],
      },
    ],
    ...overrides,
  };
}

beforeAll(async () => {
  api = await startApi('catalog');
  [coordinator, learner] = await Promise.all([api.signUp('coordinator'), api.signUp('learner')]);
});
afterAll(() => api?.close());

describe('catalogue', () => {
  it('lets coordinators create courses and learners list only published ones', async () => {
    const draft = await api.client().post<CourseView>('/api/courses', aCourse('borrador-uno'), { token: coordinator.token });
    expect(draft.status).toBe(201);
    expect(draft.body.modules[0].lessons.map((l) => l.id)).toEqual([
      expect.stringMatching(/^[0-9a-f]{24}$/),
      expect.stringMatching(/^[0-9a-f]{24}$/),
    ]);
    const published = await api
      .client()
      .post<CourseView>('/api/courses', aCourse('publicado-uno', { status: 'published', topics: ['género'] }), {
        token: coordinator.token,
      });
    expect(published.status).toBe(201);

    const forLearner = await api.client().get<Page<CourseSummary>>('/api/courses', { token: learner.token });
    expect(forLearner.body.items.map((c) => c.slug)).toEqual(['publicado-uno']);
    expect((await api.client().get('/api/courses/borrador-uno', { token: learner.token })).status).toBe(404);
    const forCoordinator = await api.client().get<Page<CourseSummary>>('/api/courses', { token: coordinator.token });
    expect(forCoordinator.body.items.map((c) => c.slug)).toEqual(expect.arrayContaining(['borrador-uno', 'publicado-uno']));
  });

  it('lists each course as it is now: after it is created, edited, unpublished and published again', async () => {
    const slugs = async () =>
      (await api.client().get<Page<CourseSummary>>('/api/courses', { token: learner.token })).body.items.map(
        (c) => `${c.slug}:${c.title.es}`,
      );
    const before = await slugs();
    const created = await api.client().post('/api/courses', aCourse('lista-viva', { status: 'published' }), { token: coordinator.token });
    expect(created.status).toBe(201);
    expect(await slugs()).toEqual([...before, 'lista-viva:Curso lista-viva']);
    const renamed = { ...aCourse('lista-viva', { status: 'published', title: { es: 'Nuevo título' } }), modules: created.body.modules };
    expect((await api.client().request('PUT', '/api/courses/lista-viva', renamed, { token: coordinator.token })).status).toBe(200);
    expect(await slugs()).toEqual([...before, 'lista-viva:Nuevo título']);
    const status = (value: string) =>
      api.client().request('PATCH', '/api/courses/lista-viva/status', { status: value }, { token: coordinator.token });
    expect((await status('draft')).status).toBe(200);
    expect(await slugs()).toEqual(before);
    expect((await status('published')).status).toBe(200);
    expect(await slugs()).toEqual([...before, 'lista-viva:Nuevo título']);
  });

  it('finds courses by words and topic', async () => {
    await api
      .client()
      .post(
        '/api/courses',
        aCourse('ciber-basico', { status: 'published', title: { es: 'Ciberseguridad básica' }, topics: ['ciberseguridad'] }),
        { token: coordinator.token },
      );
    const byWord = await api.client().get<Page<CourseSummary>>('/api/courses?q=CIBERSEGURIDAD%20b%C3%A1sica', { token: learner.token });
    expect(byWord.body.items.map((c) => c.slug)).toEqual(['ciber-basico']);
    const byTopic = await api.client().get<Page<CourseSummary>>('/api/courses?topic=ciberseguridad', { token: learner.token });
    expect(byTopic.body.items.map((c) => c.slug)).toEqual(['ciber-basico']);
  });

  it('keeps lesson ids when a course is edited and reordered', async () => {
    const created = (
      await api.client().post<CourseView>('/api/courses', aCourse('reordenar', { status: 'published' }), { token: coordinator.token })
    ).body;
    const [first, second] = created.modules[0].lessons;
    const edited = {
      ...aCourse('reordenar', { status: 'published' }),
      modules: [{ ...created.modules[0], lessons: [second, { ...first, title: { es: 'Conceptos clave' } }] }],
    };
    const res = await api.client().request<CourseView>('PUT', '/api/courses/reordenar', edited, { token: coordinator.token });
    expect(res.status).toBe(200);
    expect(res.body.modules[0].lessons.map((l) => l.id)).toEqual([second.id, first.id]);
    expect(res.body.modules[0].lessons[1].title.es).toBe('Conceptos clave');
  });

  it('finds an activity and a lesson by id, and no longer once the course is edited without them', async () => {
    const created = (
      await api.client().post<CourseView>('/api/courses', aCourse('quitar', { status: 'published' }), { token: coordinator.token })
    ).body;
    const activity = created.modules[0].activities[0];
    const [kept, removed] = created.modules[0].lessons;
    expect((await api.client().get(`/api/activities/${activity.id}`, { token: learner.token })).status).toBe(200);
    const done = (lessonId: string) =>
      api.client().request('PUT', `/api/lessons/${lessonId}/done`, { done: true }, { token: learner.token });
    expect((await done(removed.id!)).status).toBe(200);
    const edited = { ...aCourse('quitar', { status: 'published' }), modules: [{ ...created.modules[0], lessons: [kept], activities: [] }] };
    expect((await api.client().request('PUT', '/api/courses/quitar', edited, { token: coordinator.token })).status).toBe(200);
    expect((await api.client().get(`/api/activities/${activity.id}`, { token: learner.token })).status).toBe(404);
    expect((await done(removed.id!)).status).toBe(404);
    expect((await done(kept.id!)).status).toBe(200);
  });

  it('refuses course editing to learners with 403', async () => {
    expect((await api.client().post('/api/courses', aCourse('no-permitido'), { token: learner.token })).status).toBe(403);
    expect(
      (await api.client().request('PUT', '/api/courses/publicado-uno', aCourse('publicado-uno'), { token: learner.token })).status,
    ).toBe(403);
    expect((await api.client().patch('/api/courses/publicado-uno/status', { status: 'draft' }, { token: learner.token })).status).toBe(403);
  });

  it('answers 400 to invalid courses and 409 to a taken slug, changing nothing', async () => {
    const bad = await api.client().post<ErrorBody>(
      '/api/courses',
      {
        ...aCourse('Mal Slug'),
        title: { es: 'x'.repeat(201) },
        modules: [
          {
            title: { es: 'M' },
            lessons: [{ kind: 'video', title: { es: 'V' }, url: 'javascript:alert(1)', durationSeconds: 5 }],
            activities: [],
          },
        ],
      },
      { token: coordinator.token },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details!.map((d) => d.path)).toEqual(expect.arrayContaining(['slug', 'title.es', 'modules.0.lessons.0.url']));
    const taken = await api.client().post<ErrorBody>('/api/courses', aCourse('publicado-uno'), { token: coordinator.token });
    expect(taken.status).toBe(409);
  });

  it('answers 409 when an edit gives a course the slug of another (found by the fuzzer: it was a 500)', async () => {
    for (const slug of ['renombrar-a', 'renombrar-b']) {
      expect((await api.client().post('/api/courses', aCourse(slug), { token: coordinator.token })).status).toBe(201);
    }
    const clash = await api.client().put<ErrorBody>('/api/courses/renombrar-a', aCourse('renombrar-b'), { token: coordinator.token });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('CONFLICT');
    expect((await api.client().get<CourseView>('/api/courses/renombrar-a', { token: coordinator.token })).body.slug).toBe('renombrar-a');
  });

  it('lets a learner mark a lesson done, idempotently, and see the progress', async () => {
    const course = (
      await api.client().post<CourseView>('/api/courses', aCourse('progreso', { status: 'published' }), { token: coordinator.token })
    ).body;
    const lesson = course.modules[0].lessons[0];
    await api.client().request('PUT', `/api/lessons/${lesson.id}/done`, { done: true }, { token: learner.token });
    const again = await api
      .client()
      .request<{ percent: number; completedLessonIds: string[] }>(
        'PUT',
        `/api/lessons/${lesson.id}/done`,
        { done: true },
        { token: learner.token },
      );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ percent: 50, completedLessonIds: [lesson.id] });
    const progress = await api.client().get('/api/courses/progreso/progress', { token: learner.token });
    expect(progress.body).toMatchObject({ lessonCount: 2, percent: 50 });
  });
});
