import { error } from '@sveltejs/kit';
import type { CourseView } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { callApi, type ApiEvent } from './api-client';

export interface CourseProgress {
  courseId: string;
  completedLessonIds: string[];
  lessonCount: number;
  percent: number;
}

/** A course and the caller's progress in it, or the error page (404 for a missing or unpublished course). */
export async function loadCourse(event: ApiEvent, token: string, slug: string): Promise<{ course: CourseView; progress: CourseProgress }> {
  const path = `/courses/${encodeURIComponent(slug)}`;
  const [course, progress] = await Promise.all([
    callApi<CourseView>(event, path, { token }),
    callApi<CourseProgress>(event, `${path}/progress`, { token }),
  ]);
  if (!course.ok) {
    if (course.status === 404) error(404, { message: m.course_not_found(), code: 'NOT_FOUND' });
    if (course.error.code === 'UNAVAILABLE') error(503, { message: m.error_unavailable(), code: 'UNAVAILABLE' });
    error(course.status, { message: m.error_unknown(), code: course.error.code });
  }
  const lessonCount = course.data.modules.reduce((sum, module) => sum + module.lessons.length, 0);
  return {
    course: course.data,
    progress: progress.ok ? progress.data : { courseId: course.data.id, completedLessonIds: [], lessonCount, percent: 0 },
  };
}
