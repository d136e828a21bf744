import { Injectable } from '@nestjs/common';
import type {
  ActivityContext,
  CourseInput,
  CourseListQuery,
  CourseProgress,
  CourseSummary,
  CourseView,
  ModuleView,
  Page,
} from '@trainaction/contracts';
import { AppError, isDuplicateKeyError, newId, type AuthUser } from '@trainaction/platform';
import { ActivityCounters } from '@trainaction/activity';
import { canEditCourses, courseVisibleTo } from './course-visibility';
import { CoursesRepository, type CourseRecord, type CourseWrite } from './courses.repository';
import { LessonMediaService } from './media/lesson-media.service';

export { canEditCourses };

export type { ActivityContext, CourseProgress };

function summarize(course: CourseRecord): CourseSummary {
  const { modules, ...rest } = course;
  return { ...rest, moduleCount: modules.length, lessonCount: modules.reduce((n, m) => n + m.lessons.length, 0) };
}

@Injectable()
export class CatalogService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly counters: ActivityCounters,
    private readonly media: LessonMediaService,
  ) {}

  async list(caller: AuthUser, query: CourseListQuery): Promise<Page<CourseSummary>> {
    const words = query.q?.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
    const items = await this.courses.list({ publishedOnly: !canEditCourses(caller), status: query.status, topic: query.topic, words });
    return { items: items.map(summarize), nextCursor: null };
  }

  /** Drafts exist only for editors: everyone else gets 404. */
  async get(caller: AuthUser, slug: string): Promise<CourseView> {
    const course = await this.courses.findBySlug(slug);
    if (!course || !courseVisibleTo(caller, course)) throw AppError.notFound('Course');
    return course;
  }

  async getById(caller: AuthUser, id: string): Promise<CourseView> {
    const course = await this.courses.findById(id);
    if (!course || !courseVisibleTo(caller, course)) throw AppError.notFound('Course');
    return course;
  }

  async create(input: CourseInput): Promise<CourseView> {
    try {
      return await this.courses.create(withIds(input, undefined));
    } catch (error) {
      if (isDuplicateKeyError(error)) throw slugTaken();
      throw error;
    }
  }

  /**
   * Replaces the whole course; ids the editor kept stay, so submissions, progress and media stay attached.
   * The media of lessons the editor removed are deleted with their files.
   */
  async update(slug: string, input: CourseInput): Promise<CourseView> {
    const current = await this.courses.findBySlug(slug);
    if (!current) throw AppError.notFound('Course');
    let updated: CourseView;
    try {
      updated = (await this.courses.replace(current.id, withIds(input, current)))!;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw slugTaken();
      throw error;
    }
    const kept = new Set(lessonIdsOf(updated));
    await this.media.removeForLessons(lessonIdsOf(current).filter((id) => !kept.has(id)));
    return updated;
  }

  async setStatus(slug: string, status: 'draft' | 'published'): Promise<CourseView> {
    const current = await this.courses.findBySlug(slug);
    if (!current) throw AppError.notFound('Course');
    return (await this.courses.setStatus(current.id, status))!;
  }

  async activity(caller: AuthUser, activityId: string): Promise<ActivityContext> {
    const course = await this.courses.findByActivity(activityId);
    if (!course || !courseVisibleTo(caller, course)) throw AppError.notFound('Activity');
    for (const module of course.modules) {
      const activity = module.activities.find((a) => a.id === activityId);
      if (activity)
        return {
          activity,
          course: { id: course.id, slug: course.slug, title: course.title },
          module: { id: module.id, title: module.title },
        };
    }
    throw AppError.notFound('Activity');
  }

  async setLessonDone(caller: AuthUser, lessonId: string, done: boolean): Promise<CourseProgress> {
    const course = await this.courses.findByLesson(lessonId);
    if (!course || !courseVisibleTo(caller, course)) throw AppError.notFound('Lesson');
    // Counted only by the request that changed it; an unmark is taken back on the day it was marked.
    const lesson = { userId: caller.id, cohortId: '', courseId: course.id, kind: 'lesson' } as const;
    if (done) {
      const at = new Date();
      if (await this.courses.markLessonDone(caller.id, course.id, lessonId, at)) await this.counters.record({ ...lesson, at });
    } else {
      const markedAt = await this.courses.unmarkLessonDone(caller.id, lessonId);
      if (markedAt) await this.counters.record({ ...lesson, at: markedAt, delta: -1 });
    }
    return (await this.progressOf(course, [caller.id]))[0];
  }

  async myProgress(caller: AuthUser, slug: string): Promise<CourseProgress> {
    return (await this.progressOf(await this.get(caller, slug), [caller.id]))[0];
  }

  /** Lesson progress of several learners in one course (cohort overviews); one entry per user, in order. */
  async progressFor(courseId: string, userIds: string[]): Promise<CourseProgress[]> {
    const course = await this.courses.findById(courseId);
    if (!course) throw AppError.notFound('Course');
    return this.progressOf(course, userIds);
  }

  /** Bulk lesson completions (seeding, imports); completions already recorded are kept. */
  async recordProgress(entries: { userId: string; courseId: string; lessonId: string; completedAt: Date }[]): Promise<void> {
    await this.courses.insertProgress(entries);
  }

  async coursesByIds(ids: string[]): Promise<CourseSummary[]> {
    return (await this.courses.findByIds(ids)).map(summarize);
  }

  private async progressOf(course: CourseRecord, userIds: string[]): Promise<CourseProgress[]> {
    const current = new Set(course.modules.flatMap((m) => m.lessons.map((l) => l.id)));
    const done = await this.courses.completedLessons(course.id, userIds);
    return userIds.map((userId) => {
      const completedLessonIds = done.filter((d) => d.userId === userId && current.has(d.lessonId)).map((d) => d.lessonId);
      const lessonCount = current.size;
      return {
        courseId: course.id,
        completedLessonIds,
        lessonCount,
        percent: lessonCount ? Math.round((100 * completedLessonIds.length) / lessonCount) : 0,
      };
    });
  }
}

function lessonIdsOf(course: CourseRecord): string[] {
  return course.modules.flatMap((m) => m.lessons.map((l) => l.id));
}

function slugTaken(): AppError {
  return new AppError('CONFLICT', 'A course with this slug already exists', [
    { path: 'slug', message: 'is already used by another course' },
  ]);
}

/** Gives new modules, lessons and activities ids; keeps ids that exist in the current course. */
function withIds(input: CourseInput, current: CourseRecord | undefined): CourseWrite {
  const known = new Set<string>();
  for (const m of current?.modules ?? []) {
    known.add(m.id);
    m.lessons.forEach((l) => known.add(l.id));
    m.activities.forEach((a) => known.add(a.id));
  }
  const keep = (id: string | undefined) => (id && known.has(id) ? id : newId());
  const modules: ModuleView[] = input.modules.map((m) => ({
    ...m,
    id: keep(m.id),
    lessons: m.lessons.map((l) => ({ ...l, id: keep(l.id) })),
    activities: m.activities.map((a) => ({ ...a, id: keep(a.id) })),
  }));
  return {
    slug: input.slug,
    title: input.title,
    summary: input.summary,
    topics: [...new Set(input.topics)],
    status: input.status,
    modules,
  };
}
