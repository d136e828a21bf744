import { courseInputSchema, type CourseView } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { CourseEditor, courseOut } from './editor.svelte';

const course: CourseView = {
  id: 'c',
  slug: 'curso-prueba',
  title: { es: 'Curso de prueba' },
  summary: { es: 'Resumen', en: 'Summary' },
  topics: ['datos'],
  status: 'published',
  updatedAt: '2026-01-01T00:00:00.000Z',
  modules: [
    {
      id: '1'.repeat(24),
      title: { es: 'Módulo 1' },
      lessons: [
        { id: '2'.repeat(24), kind: 'text', title: { es: 'Texto' }, body: '# Hola' },
        {
          id: '3'.repeat(24),
          kind: 'video',
          title: { es: 'Video' },
          url: 'https://v.example/a.mp4',
          durationSeconds: 600,
          captionsUrl: 'https://v.example/a.vtt',
        },
      ],
      activities: [
        { id: '4'.repeat(24), kind: 'forum', title: { es: 'Foro' }, prompt: 'Comente', completion: { kind: 'forum_posts', replies: 2 } },
      ],
    },
  ],
};

describe(CourseEditor.name, () => {
  it('gives back the course it was given, valid for the API', () => {
    const sut = new CourseEditor(course);
    const out = courseOut(sut.draft);
    expect(out.modules[0].lessons[1]).toEqual({
      id: course.modules[0].lessons[1].id,
      title: { es: 'Video' },
      kind: 'video',
      url: 'https://v.example/a.mp4',
      durationSeconds: 600,
      captionsUrl: 'https://v.example/a.vtt',
    });
    expect(out.summary).toEqual({ es: 'Resumen', en: 'Summary' });
    expect(courseInputSchema.safeParse(out).success).toBe(true);
    expect(JSON.parse(sut.json).slug).toBe('curso-prueba');
  });

  it('adds, moves and removes modules, lessons and activities', () => {
    const sut = new CourseEditor(course);
    sut.addModule();
    sut.draft.modules[1].title.es = 'Módulo 2';
    sut.moveModule(1, -1);
    expect(sut.draft.modules.map((m) => m.title.es)).toEqual(['Módulo 2', 'Módulo 1']);
    sut.moveModule(0, -1);
    expect(sut.draft.modules[0].title.es).toBe('Módulo 2');

    sut.moveLesson(1, 1, -1);
    expect(sut.draft.modules[1].lessons.map((l) => l.kind)).toEqual(['video', 'text']);
    sut.addLesson(0, 'reading');
    sut.addActivity(0);
    sut.removeLesson(1, 0);
    sut.removeActivity(1, 0);
    expect(sut.draft.modules[0].lessons).toHaveLength(1);
    expect(sut.draft.modules[1].lessons).toHaveLength(1);
    expect(sut.draft.modules[1].activities).toHaveLength(0);
    sut.removeModule(0);
    expect(sut.draft.modules).toHaveLength(1);
  });

  it('keeps the id and title when a lesson changes kind, and leaves the new optional fields out', () => {
    const sut = new CourseEditor(course);
    sut.setLessonKind(0, 0, 'resource');
    const lesson = courseOut(sut.draft).modules[0].lessons[0];
    expect(lesson).toEqual({ id: course.modules[0].lessons[0].id, title: { es: 'Texto' }, kind: 'resource', resourceType: 'document' });
  });

  it('splits topics, drops empty English texts and finds refused paths', () => {
    const sut = new CourseEditor();
    sut.draft.topics = ' Datos, género ,, datos';
    sut.draft.title = { es: 'Nuevo', en: '  ' };
    expect(courseOut(sut.draft)).toMatchObject({ topics: ['datos', 'género'], title: { es: 'Nuevo' }, status: 'draft' });
    sut.issues = ['modules.0.lessons.1.url', 'title.es'];
    expect(sut.hasIssue('modules.0.lessons.1')).toBe(true);
    expect(sut.hasIssue('title')).toBe(true);
    expect(sut.hasIssue('modules.0.lessons.0')).toBe(false);
  });
});
