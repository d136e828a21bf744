/**
 * The demo catalogue of the academy's six courses, read from data files at start-up: `content/courses.json`
 * lists the course folders in order; each folder holds `course.json` (the course as `courseInputSchema`
 * describes it, except that a text lesson names its Markdown body in `bodyFile` and an activity its prompt in
 * `promptFile`) and those Markdown files. Spanish content with English titles and summaries; readings cite
 * real public sources (URLs only for very stable sites). Expert videos, captions, the readings' PDFs and the
 * resources without an address are real files stored when the academy is created (demo-media.ts).
 */
import {
  type CourseInput,
  activitySchema,
  courseInputSchema,
  lessonSchema,
  localizedTextSchema,
  moduleSchema,
} from '@trainaction/contracts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export type DemoCourse = CourseInput;

const markdownFile = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\.md$/, 'must be a Markdown file name in the course folder (a-z, 0-9, -)');
const [, video, reading, resource] = lessonSchema.options;
const lessonFile = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), title: localizedTextSchema(200), bodyFile: markdownFile }),
  video.omit({ id: true }),
  reading.omit({ id: true }),
  resource.omit({ id: true }),
]);
const activityFile = activitySchema.omit({ id: true, prompt: true }).extend({ promptFile: markdownFile });
const moduleFile = moduleSchema
  .omit({ id: true })
  .extend({ lessons: z.array(lessonFile).max(50), activities: z.array(activityFile).max(20) });
const courseFile = courseInputSchema.extend({ modules: z.array(moduleFile).max(30) });
const courseList = z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a course folder name')).min(1);

/** The content folder: next to this file in the sources and the tests, under `demo/` in the built API (nest-cli.json assets). */
export function demoContentFolder(): string {
  const candidates = [join(__dirname, 'content'), join(__dirname, 'demo', 'content'), join(process.cwd(), 'apps/api/src/demo/content')];
  const found = candidates.find((dir) => existsSync(join(dir, 'courses.json')));
  if (!found) throw new Error(`The demo academy's content is missing (looked in ${candidates.join(', ')})`);
  return found;
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Demo content ${file}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`Demo content ${file} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function readMarkdown(folder: string, name: string): string {
  const file = join(folder, name);
  if (!existsSync(file)) throw new Error(`Demo content ${join(folder, 'course.json')} names ${name}, which does not exist`);
  return readFileSync(file, 'utf8').replace(/\n$/, '');
}

/** One course: its course.json with every Markdown file read in, validated as a course a coordinator would write. */
function loadCourse(folder: string): DemoCourse {
  const course = readJson(join(folder, 'course.json'), courseFile);
  const assembled = {
    ...course,
    modules: course.modules.map(({ lessons, activities, ...module }) => ({
      ...module,
      lessons: lessons.map((lesson) => {
        if (lesson.kind !== 'text') return lesson;
        const { bodyFile, ...rest } = lesson;
        return { ...rest, body: readMarkdown(folder, bodyFile) };
      }),
      activities: activities.map(({ promptFile, ...activity }) => ({ ...activity, prompt: readMarkdown(folder, promptFile) })),
    })),
  };
  const parsed = courseInputSchema.safeParse(assembled);
  if (!parsed.success) throw new Error(`Demo content ${folder} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Every course listed in `courses.json`, in its order; throws a message naming the file at the first problem. */
export function loadAcademyCourses(contentFolder = demoContentFolder()): DemoCourse[] {
  return readJson(join(contentFolder, 'courses.json'), courseList).map((name) => loadCourse(join(contentFolder, name)));
}

export const ACADEMY_COURSES: DemoCourse[] = loadAcademyCourses();
