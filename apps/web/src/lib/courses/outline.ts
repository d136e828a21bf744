import type { CourseSummary, CourseView, LessonView, ModuleView } from '@trainaction/contracts';

export interface LessonPlace {
  lesson: LessonView;
  module: ModuleView;
  moduleIndex: number;
  /** Position in the whole course, from 0. */
  index: number;
  previous: LessonView | null;
  next: LessonView | null;
}

/** Every lesson of the course in reading order (modules, then lessons). */
export function lessonsInOrder(course: Pick<CourseView, 'modules'>): { lesson: LessonView; module: ModuleView; moduleIndex: number }[] {
  return course.modules.flatMap((module, moduleIndex) => module.lessons.map((lesson) => ({ lesson, module, moduleIndex })));
}

/** Where a lesson sits, with the lessons before and after it across module boundaries; null if it is not there. */
export function placeOf(course: Pick<CourseView, 'modules'>, lessonId: string): LessonPlace | null {
  const all = lessonsInOrder(course);
  const index = all.findIndex((entry) => entry.lesson.id === lessonId);
  if (index < 0) return null;
  return { ...all[index], index, previous: all[index - 1]?.lesson ?? null, next: all[index + 1]?.lesson ?? null };
}

/** The distinct topics of the catalogue, alphabetically, for the filter. */
export function topicsOf(courses: readonly Pick<CourseSummary, 'topics'>[], locale = 'es'): string[] {
  const collator = new Intl.Collator(locale);
  return [...new Set(courses.flatMap((course) => course.topics))].sort(collator.compare);
}

/** "17 min", "1 h 05 min": a video's length for people deciding whether they have time now. */
export function formatDuration(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
