import { saveCourse } from '$lib/server/course-save';
import { COURSE_EDITORS, requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  requireRole(event, COURSE_EDITORS);
  return {};
};

export const actions: Actions = {
  default: (event) => saveCourse(event, null),
};
