import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CohortView, CourseInput, CourseView, LessonMediaList, LessonMediaView } from '@trainaction/contracts';
import { FilesService } from '@trainaction/files';
import { pdfBytes } from '@trainaction/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

/** Lesson media over real HTTP: coordinators attach and remove, the course's learners stream, everyone else gets 404. */
const CLIP = readFileSync(join(__dirname, '../src/demo/media/expert-clip.webm'));
const CAPTIONS_ES = readFileSync(join(__dirname, '../src/demo/media/expert-clip.es.vtt'));
const CAPTIONS_EN = readFileSync(join(__dirname, '../src/demo/media/expert-clip.en.vtt'));
const READING = pdfBytes('Lectura del modulo');

let api: RunningApi;
let coordinator: SignedIn;
let [learner, otherCourseLearner, unenrolled]: SignedIn[] = [];
let course: CourseView;
let lessonId: string;

function courseInput(slug: string, lessons: CourseInput['modules'][number]['lessons']): CourseInput {
  return {
    slug,
    title: { es: 'Curso con videos' },
    summary: { es: 'R' },
    topics: [],
    status: 'published',
    modules: [{ title: { es: 'M1' }, lessons, activities: [] }],
  };
}

async function attach(who: SignedIn, query: string, name: string, bytes: Buffer, lesson = lessonId) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const response = await fetch(`${api.url}/api/lessons/${lesson}/media?${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${who.token}` },
    body: form,
  });
  return {
    status: response.status,
    body: (await response.json()) as LessonMediaView & { error?: { code: string; details?: { path: string }[] } },
  };
}

function get(who: SignedIn, path: string, headers: Record<string, string> = {}) {
  return fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${who.token}`, ...headers } });
}

async function mediaOf(slug = course.slug): Promise<LessonMediaList> {
  return (await api.client().get<LessonMediaList>(`/api/courses/${slug}/media`, { token: coordinator.token })).body;
}

beforeAll(async () => {
  api = await startApi('lesson-media', { MEDIA_MAX_CAPTIONS_BYTES: '2048' });
  [coordinator, learner, otherCourseLearner, unenrolled] = await Promise.all([
    api.signUp('coordinator'),
    api.signUp(),
    api.signUp(),
    api.signUp(),
  ]);
  const lessons = [
    { kind: 'video' as const, title: { es: 'Entrevista' }, durationSeconds: 8 },
    { kind: 'text' as const, title: { es: 'Texto' }, body: 'Hola' },
  ];
  course = (await api.client().post<CourseView>('/api/courses', courseInput('curso-videos', lessons), { token: coordinator.token })).body;
  const other = (await api.client().post<CourseView>('/api/courses', courseInput('otro-curso', lessons), { token: coordinator.token }))
    .body;
  lessonId = course.modules[0].lessons[0].id;
  const cohortOf = async (courseId: string) =>
    (
      await api.client().post<CohortView>(
        '/api/cohorts',
        {
          courseId,
          name: `Cohorte ${courseId}`,
          countries: ['HN'],
          startsAt: '2026-07-06T14:00:00Z',
          endsAt: '2027-01-30T00:00:00Z',
          timezone: 'America/Tegucigalpa',
        },
        { token: coordinator.token },
      )
    ).body;
  const [mine, theirs] = [await cohortOf(course.id), await cohortOf(other.id)];
  const enrol = (cohortId: string, who: SignedIn) =>
    api.client().post(`/api/cohorts/${cohortId}/enrollments`, { userId: who.user.id, role: 'learner' }, { token: coordinator.token });
  await Promise.all([enrol(mine.id, learner), enrol(theirs.id, otherCourseLearner)]);
}, 120_000);
afterAll(() => api?.close());

describe('lesson media over HTTP', () => {
  let video: LessonMediaView;
  let reading: LessonMediaView;

  it('lets a coordinator attach a video, Spanish and English captions and a PDF reading to a lesson', async () => {
    const attached = await attach(coordinator, 'kind=video', 'entrevista.webm', CLIP);
    expect(attached.status).toBe(201);
    video = attached.body;
    expect(video).toMatchObject({ lessonId, kind: 'video', name: 'entrevista.webm', size: CLIP.length, type: 'video/webm' });
    expect((await attach(coordinator, 'kind=captions&language=es', 'entrevista.es.vtt', CAPTIONS_ES)).status).toBe(201);
    expect((await attach(coordinator, 'kind=captions&language=en', 'entrevista.en.vtt', CAPTIONS_EN)).status).toBe(201);
    const pdf = await attach(coordinator, `kind=document&label=${encodeURIComponent('Lectura del módulo')}`, 'lectura.pdf', READING);
    expect(pdf.status).toBe(201);
    reading = pdf.body;
    const list = await mediaOf();
    expect(list.items.map((m) => [m.kind, m.language ?? null, m.label ?? m.name])).toEqual([
      ['video', null, 'entrevista.webm'],
      ['captions', 'es', 'entrevista.es.vtt'],
      ['captions', 'en', 'entrevista.en.vtt'],
      ['document', null, 'Lectura del módulo'],
    ]);
    expect(list.limits).toMatchObject({ video: 500 * 1024 * 1024, document: 20 * 1024 * 1024, captions: 2048 });
  });

  it('streams the video to a learner of the course with Range (206, the right bytes), and its captions as WebVTT', async () => {
    const partial = await get(learner, `/api/files/${video.fileId}`, { range: 'bytes=100-1099' });
    expect(partial.status).toBe(206);
    expect(partial.headers.get('content-range')).toBe(`bytes 100-1099/${CLIP.length}`);
    expect(partial.headers.get('content-type')).toBe('video/webm');
    expect(Buffer.from(await partial.arrayBuffer())).toEqual(CLIP.subarray(100, 1100));
    const captions = (await mediaOf()).items.find((m) => m.language === 'es')!;
    const track = await get(learner, `/api/files/${captions.fileId}`);
    expect(track.headers.get('content-type')).toMatch(/^text\/vtt/);
    expect(await track.text()).toBe(CAPTIONS_ES.toString('utf8'));
    const pdf = await get(learner, `/api/files/${reading.fileId}`);
    expect(pdf.headers.get('content-disposition')).toMatch(/^inline/);
    expect(Buffer.from(await pdf.arrayBuffer())).toEqual(READING);
  });

  it('answers 404 to a learner of another course and to someone in no cohort', async () => {
    for (const who of [otherCourseLearner, unenrolled]) {
      const answer = await get(who, `/api/files/${video.fileId}`, { range: 'bytes=0-9' });
      expect(answer.status).toBe(404);
      await answer.arrayBuffer();
    }
  });

  it('refuses learners (403), a second video (409), captions without a language (400), a PDF as a video (415) and captions past their limit (413)', async () => {
    expect((await attach(learner, 'kind=document', 'x.pdf', READING)).status).toBe(403);
    const second = await attach(coordinator, 'kind=video', 'otra.webm', CLIP);
    expect([second.status, second.body.error?.code]).toEqual([409, 'CONFLICT']);
    const taken = await attach(coordinator, 'kind=captions&language=es', 'otra.vtt', CAPTIONS_ES);
    expect([taken.status, taken.body.error?.details?.[0]?.path]).toEqual([409, 'language']);
    const noLanguage = await attach(coordinator, 'kind=captions', 'x.vtt', CAPTIONS_ES);
    expect([noLanguage.status, noLanguage.body.error?.code]).toEqual([400, 'VALIDATION_FAILED']);
    const textLesson = course.modules[0].lessons[1].id;
    expect((await attach(coordinator, 'kind=video', 'falso.webm', READING, textLesson)).status).toBe(415);
    expect(await api.app.get(FilesService).belongingTo('lesson', textLesson)).toEqual([]);
    const long = Buffer.from(`WEBVTT\n\n${'00:00.000 --> 00:01.000\nTexto largo\n\n'.repeat(100)}`);
    expect((await attach(coordinator, 'kind=captions&language=pt', 'largo.vtt', long)).status).toBe(413);
    expect((await attach(coordinator, 'kind=document', 'x.pdf', READING, '0'.repeat(24))).status).toBe(404);
    expect((await mediaOf()).items).toHaveLength(4);
    expect(await api.app.get(FilesService).belongingTo('lesson', lessonId)).toHaveLength(4);
  });

  it('removes a media item and its stored file', async () => {
    const removed = await fetch(`${api.url}/api/lessons/${lessonId}/media/${reading.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${coordinator.token}` },
    });
    expect(removed.status).toBe(204);
    expect(await api.app.get(FilesService).find(reading.fileId)).toBeNull();
    expect((await get(coordinator, `/api/files/${reading.fileId}`)).status).toBe(404);
    expect((await mediaOf()).items.map((m) => m.kind)).toEqual(['video', 'captions', 'captions']);
  });

  it('deletes the media and files of a lesson the editor removes from the course', async () => {
    const kept = course.modules[0].lessons[1];
    const input = courseInput(course.slug, [{ id: kept.id, kind: 'text', title: { es: 'Texto' }, body: 'Hola' }]);
    expect((await api.client().put(`/api/courses/${course.slug}`, input, { token: coordinator.token })).status).toBe(200);
    expect((await mediaOf()).items).toEqual([]);
    expect(await api.app.get(FilesService).belongingTo('lesson', lessonId)).toEqual([]);
  });

  it('keeps one video and one caption track per language when two uploads race', async () => {
    const lesson = course.modules[0].lessons[1].id;
    for (let round = 0; round < 3; round++) {
      const videos = await Promise.all([1, 2].map((n) => attach(coordinator, 'kind=video', `carrera-${n}.webm`, CLIP, lesson)));
      const tracks = await Promise.all(
        [1, 2].map((n) => attach(coordinator, 'kind=captions&language=fr', `fr-${n}.vtt`, CAPTIONS_ES, lesson)),
      );
      for (const pair of [videos, tracks]) expect(pair.map((a) => a.status).sort()).toEqual([201, 409]);
      const items = (await mediaOf()).items.filter((m) => m.lessonId === lesson);
      expect(items.map((m) => m.kind).sort()).toEqual(['captions', 'video']);
      // The loser's file is gone too: only the winners' content is stored.
      expect((await api.app.get(FilesService).belongingTo('lesson', lesson)).map((f) => f.id).sort()).toEqual(
        items.map((m) => m.fileId).sort(),
      );
      for (const item of items) {
        const removed = await fetch(`${api.url}/api/lessons/${lesson}/media/${item.id}`, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${coordinator.token}` },
        });
        expect(removed.status).toBe(204);
      }
    }
  });
});
