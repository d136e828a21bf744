import { error, fail } from '@sveltejs/kit';
import type { LessonMediaList } from '@trainaction/contracts';
import { placeOf } from '$lib/courses/outline';
import { failureFromApi } from '$lib/forms/failure';
import { m } from '$lib/paraglide/messages';
import { callApi } from '$lib/server/api-client';
import { mediaSources } from '$lib/server/config';
import { isFramedVideo } from '$lib/server/csp';
import { loadCourse, type CourseProgress } from '$lib/server/courses';
import { textField } from '$lib/server/form-data';
import { requireUser } from '$lib/server/guards';
import { renderMarkdown } from '$lib/server/markdown';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { token } = requireUser(event);
  const [{ course, progress }, media] = await Promise.all([
    loadCourse(event, token, event.params.slug),
    callApi<LessonMediaList>(event, `/courses/${encodeURIComponent(event.params.slug)}/media`, { token }),
  ]);
  const place = placeOf(course, event.params.lessonId);
  if (!place) error(404, { message: m.lesson_not_found(), code: 'NOT_FOUND' });
  const { lesson } = place;
  return {
    course: { slug: course.slug, title: course.title, lessonTotal: progress.lessonCount },
    module: { title: place.module.title, number: place.moduleIndex + 1 },
    lesson,
    position: place.index + 1,
    previous: place.previous ? { id: place.previous.id, title: place.previous.title } : null,
    next: place.next ? { id: place.next.id, title: place.next.title } : null,
    // Markdown becomes HTML here, on the server, and is sanitised before it reaches the page.
    bodyHtml: lesson.kind === 'text' ? renderMarkdown(lesson.body) : null,
    done: progress.completedLessonIds.includes(lesson.id),
    // The lesson's files; the lesson's text still shows if they cannot be listed now.
    media: media.ok ? media.data.items.filter((item) => item.lessonId === lesson.id) : [],
    framed: lesson.kind === 'video' && lesson.url !== undefined && isFramedVideo(lesson.url, mediaSources()),
    progress,
  };
};

export const actions: Actions = {
  done: async (event) => {
    const { token } = requireUser(event);
    const done = textField(await event.request.formData(), 'done') === 'true';
    const result = await callApi<CourseProgress>(event, `/lessons/${encodeURIComponent(event.params.lessonId)}/done`, {
      method: 'PUT',
      token,
      body: { done },
    });
    if (!result.ok) return fail(result.status, { failure: failureFromApi(result.error) });
    return { marked: done };
  },
};
