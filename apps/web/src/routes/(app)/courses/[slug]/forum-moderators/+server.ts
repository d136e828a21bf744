import { json } from '@sveltejs/kit';
import { MAX_FORUM_MODERATORS } from '$lib/courses/forum-moderators';
import { relayForCourse } from '$lib/server/course-forum';
import { ID, readBody } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

/** PUT /api/courses/:id/forum-moderators {userIds}: the page's own resource, as the API names it. */
export const PUT: RequestHandler = async (event) => {
  const body = await readBody(event);
  const ids = body?.userIds;
  if (!Array.isArray(ids) || ids.length > MAX_FORUM_MODERATORS || !ids.every((id) => typeof id === 'string' && ID.test(id))) {
    return json({ error: { code: 'VALIDATION_FAILED', message: 'Invalid request' } }, { status: 400 });
  }
  return relayForCourse(event, event.params.slug, (id) => `/courses/${id}/forum-moderators`, { method: 'PUT', body: { userIds: ids } });
};
