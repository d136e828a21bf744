import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACADEMY_COURSES, loadAcademyCourses } from './academy-content';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A content folder with one course; `edit` changes its course.json, `files` are its Markdown files. */
function contentFolder(edit: (course: any) => void = () => {}, files: Record<string, string> = { 'm1-intro.md': '## Hola\n' }): string {
  const root = mkdtempSync(join(tmpdir(), 'demo-content-'));
  folders.push(root);
  const course = {
    slug: 'curso-de-prueba',
    title: { es: 'Curso de prueba', en: 'Test course' },
    summary: { es: 'Resumen', en: 'Summary' },
    topics: ['prueba'],
    status: 'published',
    modules: [
      {
        title: { es: 'Módulo 1' },
        lessons: [{ kind: 'text', title: { es: 'Introducción' }, bodyFile: 'm1-intro.md' }],
        activities: [{ kind: 'forum', title: { es: 'Foro' }, promptFile: 'm1-intro.md', completion: { kind: 'forum_posts', replies: 1 } }],
      },
    ],
  };
  edit(course);
  writeFileSync(join(root, 'courses.json'), JSON.stringify([course.slug]));
  mkdirSync(join(root, course.slug));
  writeFileSync(join(root, course.slug, 'course.json'), JSON.stringify(course));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, course.slug, name), text);
  return root;
}

describe('demo content files', () => {
  it('hold the six courses, with every text lesson and prompt read from its Markdown file', () => {
    expect(ACADEMY_COURSES.map((c) => c.slug)).toHaveLength(6);
    const texts = ACADEMY_COURSES.flatMap((c) => c.modules.flatMap((m) => m.lessons.filter((l) => l.kind === 'text')));
    expect(texts.length).toBeGreaterThan(10);
    for (const lesson of texts) expect(lesson.body).toMatch(/^#{2,3} /m);
  });

  it('read a course folder: Markdown in place of the file names, without the final newline', () => {
    const [course] = loadAcademyCourses(contentFolder());
    expect(course.modules[0].lessons[0]).toEqual({ kind: 'text', title: { es: 'Introducción' }, body: '## Hola' });
    expect(course.modules[0].activities[0].prompt).toBe('## Hola');
  });

  it('name the file and the field when course.json has an unknown or missing field', () => {
    const folder = contentFolder((course) => {
      course.modules[0].lessons[0].body = 'inline';
      delete course.summary;
    });
    expect(() => loadAcademyCourses(folder)).toThrow(/curso-de-prueba\/course\.json is invalid:[\s\S]*summary[\s\S]*body/);
  });

  it('name the Markdown file a course refers to when it does not exist', () => {
    const folder = contentFolder(undefined, {});
    expect(() => loadAcademyCourses(folder)).toThrow(/names m1-intro\.md, which does not exist/);
  });

  it('refuse a file name outside the course folder', () => {
    const folder = contentFolder((course) => (course.modules[0].lessons[0].bodyFile = '../secret.md'));
    expect(() => loadAcademyCourses(folder)).toThrow(/must be a Markdown file name in the course folder/);
  });

  it('check the assembled course like one a coordinator writes (an empty prompt is refused)', () => {
    const folder = contentFolder(undefined, { 'm1-intro.md': '\n' });
    expect(() => loadAcademyCourses(folder)).toThrow(/curso-de-prueba is invalid:[\s\S]*prompt/);
  });
});
