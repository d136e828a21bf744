import { saveCourse } from '$lib/server/course-save';
import { loadCourse } from '$lib/server/courses';
import { COURSE_EDITORS, requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { token } = requireRole(event, COURSE_EDITORS);
  const { course } = await loadCourse(event, token, event.params.slug);
  return { course };
};

export const actions: Actions = {
  default: (event) => saveCourse(event, event.params.slug),
};
