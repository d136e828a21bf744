import type { LessonMediaList } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { saveCourse } from '$lib/server/course-save';
import { loadCourse } from '$lib/server/courses';
import { COURSE_EDITORS, requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { token } = requireRole(event, COURSE_EDITORS);
  const [{ course }, media] = await Promise.all([
    loadCourse(event, token, event.params.slug),
    callApi<LessonMediaList>(event, `/courses/${encodeURIComponent(event.params.slug)}/media`, { token }),
  ]);
  // Without the list (API busy), the course can still be edited; the files part is left out.
  return { course, media: media.ok ? media.data : undefined };
};

export const actions: Actions = {
  default: (event) => saveCourse(event, event.params.slug),
};
