import type { ActivityInput, CourseInput, CourseView, LessonInput, ModuleInput } from '@trainaction/contracts';

type LessonKind = LessonInput['kind'];
type Localized = { es: string; en?: string };

/** What the editor holds: the course as the API takes it, with English texts always present (maybe ''). */
export interface DraftLesson {
  id?: string;
  kind: LessonKind;
  title: { es: string; en: string };
  body: string;
  url: string;
  durationSeconds: number | null;
  captionsUrl: string;
  transcript: string;
  citation: string;
  resourceType: 'document' | 'dataset' | 'tool' | 'website' | 'audio';
}

export interface DraftActivity {
  id?: string;
  kind: ActivityInput['kind'];
  title: { es: string; en: string };
  prompt: string;
  dueDaysAfterStart: number | null;
  completion: 'accepted_submission' | 'forum_posts';
  replies: number;
  rubric?: ActivityInput['rubric'];
}

export interface DraftModule {
  id?: string;
  title: { es: string; en: string };
  summary: string;
  lessons: DraftLesson[];
  activities: DraftActivity[];
}

export interface DraftCourse {
  slug: string;
  title: { es: string; en: string };
  summary: { es: string; en: string };
  topics: string;
  status: 'draft' | 'published';
  modules: DraftModule[];
}

const text = (value: Localized | undefined) => ({ es: value?.es ?? '', en: value?.en ?? '' });

export function newLesson(kind: LessonKind = 'text', keep?: Pick<DraftLesson, 'id' | 'title'>): DraftLesson {
  return {
    id: keep?.id,
    kind,
    title: keep?.title ?? { es: '', en: '' },
    body: '',
    url: '',
    durationSeconds: null,
    captionsUrl: '',
    transcript: '',
    citation: '',
    resourceType: 'document',
  };
}

export function newActivity(): DraftActivity {
  return { kind: 'forum', title: { es: '', en: '' }, prompt: '', dueDaysAfterStart: null, completion: 'forum_posts', replies: 2 };
}

export function newModule(): DraftModule {
  return { title: { es: '', en: '' }, summary: '', lessons: [], activities: [] };
}

/** A course from the API as an editable draft. */
export function draftOf(course?: Pick<CourseView, 'slug' | 'title' | 'summary' | 'topics' | 'status' | 'modules'>): DraftCourse {
  if (!course) return { slug: '', title: text(undefined), summary: text(undefined), topics: '', status: 'draft', modules: [] };
  return {
    slug: course.slug,
    title: text(course.title),
    summary: text(course.summary),
    topics: course.topics.join(', '),
    status: course.status,
    modules: course.modules.map((module) => ({
      id: module.id,
      title: text(module.title),
      summary: module.summary ?? '',
      lessons: module.lessons.map((lesson) => {
        const draft = newLesson(lesson.kind, { id: lesson.id, title: text(lesson.title) });
        if (lesson.kind === 'text') draft.body = lesson.body;
        if (lesson.kind === 'video')
          Object.assign(draft, {
            url: lesson.url ?? '',
            durationSeconds: lesson.durationSeconds,
            captionsUrl: lesson.captionsUrl ?? '',
            transcript: lesson.transcript ?? '',
          });
        if (lesson.kind === 'reading') Object.assign(draft, { citation: lesson.citation, url: lesson.url ?? '' });
        if (lesson.kind === 'resource') Object.assign(draft, { url: lesson.url ?? '', resourceType: lesson.resourceType });
        return draft;
      }),
      activities: module.activities.map((activity) => ({
        id: activity.id,
        kind: activity.kind,
        title: text(activity.title),
        prompt: activity.prompt,
        dueDaysAfterStart: activity.dueDaysAfterStart ?? null,
        completion: activity.completion.kind,
        replies: activity.completion.kind === 'forum_posts' ? activity.completion.replies : 2,
        rubric: activity.rubric,
      })),
    })),
  };
}

const localizedOut = (value: { es: string; en: string }): Localized =>
  value.en.trim() ? { es: value.es, en: value.en } : { es: value.es };
const optional = <T>(value: T | null | '' | undefined): T | undefined => (value === null || value === '' ? undefined : value);

function lessonOut(lesson: DraftLesson): LessonInput {
  const base = { ...(lesson.id ? { id: lesson.id } : {}), title: localizedOut(lesson.title) };
  switch (lesson.kind) {
    case 'text':
      return { ...base, kind: 'text', body: lesson.body };
    case 'video':
      return {
        ...base,
        kind: 'video',
        ...(optional(lesson.url) ? { url: lesson.url } : {}),
        durationSeconds: lesson.durationSeconds ?? 0,
        ...(optional(lesson.captionsUrl) ? { captionsUrl: lesson.captionsUrl } : {}),
        ...(optional(lesson.transcript) ? { transcript: lesson.transcript } : {}),
      };
    case 'reading':
      return { ...base, kind: 'reading', citation: lesson.citation, ...(optional(lesson.url) ? { url: lesson.url } : {}) };
    case 'resource':
      return { ...base, kind: 'resource', ...(optional(lesson.url) ? { url: lesson.url } : {}), resourceType: lesson.resourceType };
  }
}

function activityOut(activity: DraftActivity): ActivityInput {
  return {
    ...(activity.id ? { id: activity.id } : {}),
    kind: activity.kind,
    title: localizedOut(activity.title),
    prompt: activity.prompt,
    ...(activity.dueDaysAfterStart !== null ? { dueDaysAfterStart: activity.dueDaysAfterStart } : {}),
    completion:
      activity.completion === 'forum_posts' ? { kind: 'forum_posts', replies: activity.replies } : { kind: 'accepted_submission' },
    ...(activity.rubric ? { rubric: activity.rubric } : {}),
  };
}

/** The draft as the body of POST /api/courses or PUT /api/courses/:slug; array order is the course order. */
export function courseOut(draft: DraftCourse): CourseInput {
  return {
    slug: draft.slug.trim(),
    title: localizedOut(draft.title),
    summary: localizedOut(draft.summary),
    topics: [
      ...new Set(
        draft.topics
          .split(',')
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      ),
    ],
    status: draft.status,
    modules: draft.modules.map((module): ModuleInput => ({
      ...(module.id ? { id: module.id } : {}),
      title: localizedOut(module.title),
      ...(module.summary.trim() ? { summary: module.summary } : {}),
      lessons: module.lessons.map(lessonOut),
      activities: module.activities.map(activityOut),
    })),
  };
}

function move<T>(list: T[], index: number, delta: -1 | 1): void {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return;
  [list[index], list[target]] = [list[target], list[index]];
}

/** The course editor's state: one draft, edited in place by the page, sent whole as JSON. */
export class CourseEditor {
  draft = $state<DraftCourse>(draftOf());
  /** Dotted paths the API or the schema refused, e.g. "modules.0.lessons.1.url". */
  issues = $state<string[]>([]);

  constructor(course?: Parameters<typeof draftOf>[0]) {
    this.draft = draftOf(course);
  }

  readonly json = $derived(JSON.stringify(courseOut(this.draft)));

  addModule(): void {
    this.draft.modules.push(newModule());
  }
  removeModule(index: number): void {
    this.draft.modules.splice(index, 1);
  }
  moveModule(index: number, delta: -1 | 1): void {
    move(this.draft.modules, index, delta);
  }

  addLesson(moduleIndex: number, kind: LessonKind = 'text'): void {
    this.draft.modules[moduleIndex]?.lessons.push(newLesson(kind));
  }
  removeLesson(moduleIndex: number, index: number): void {
    this.draft.modules[moduleIndex]?.lessons.splice(index, 1);
  }
  moveLesson(moduleIndex: number, index: number, delta: -1 | 1): void {
    const module = this.draft.modules[moduleIndex];
    if (module) move(module.lessons, index, delta);
  }
  /** A new kind keeps the lesson's id and title and starts its own fields empty. */
  setLessonKind(moduleIndex: number, index: number, kind: LessonKind): void {
    const lessons = this.draft.modules[moduleIndex]?.lessons;
    const lesson = lessons?.[index];
    if (!lessons || !lesson || lesson.kind === kind) return;
    lessons[index] = newLesson(kind, { id: lesson.id, title: lesson.title });
  }

  addActivity(moduleIndex: number): void {
    this.draft.modules[moduleIndex]?.activities.push(newActivity());
  }
  removeActivity(moduleIndex: number, index: number): void {
    this.draft.modules[moduleIndex]?.activities.splice(index, 1);
  }
  moveActivity(moduleIndex: number, index: number, delta: -1 | 1): void {
    const module = this.draft.modules[moduleIndex];
    if (module) move(module.activities, index, delta);
  }

  /** Whether the path, or anything inside it, was refused ("title" matches "title.es"). */
  hasIssue(path: string): boolean {
    return this.issues.some((issue) => issue === path || issue.startsWith(`${path}.`));
  }
}
