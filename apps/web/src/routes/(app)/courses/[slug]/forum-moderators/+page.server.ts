import { error } from '@sveltejs/kit';
import type { AuditEntryView } from '@trainaction/contracts';
import { peopleInAudit } from '$lib/courses/forum-moderators';
import { m } from '$lib/paraglide/messages';
import { callApi } from '$lib/server/api-client';
import { peopleByIds } from '$lib/server/course-forum';
import { loadCourse } from '$lib/server/courses';
import { COURSE_EDITORS, requireRole } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { token } = requireRole(event, COURSE_EDITORS);
  const { course } = await loadCourse(event, token, event.params.slug);
  const [moderators, audit] = await Promise.all([
    callApi<string[]>(event, `/courses/${course.id}/forum-moderators`, { token }),
    callApi<AuditEntryView[]>(event, `/courses/${course.id}/audit`, { token, query: { limit: 50 } }),
  ]);
  if (!moderators.ok) {
    if (moderators.status === 403 || moderators.status === 404) error(403, { message: m.error_forbidden(), code: 'FORBIDDEN' });
    error(moderators.status === 503 ? 503 : moderators.status, { message: m.error_unavailable(), code: moderators.error.code });
  }
  const entries = audit.ok ? audit.data : [];
  return {
    course: { id: course.id, slug: course.slug, title: course.title },
    moderators: moderators.data,
    people: await peopleByIds(event, token, [...moderators.data, ...peopleInAudit(entries)]),
    audit: entries,
    auditFailed: !audit.ok,
  };
};
