import { forumModeratorsSchema } from '@trainaction/contracts';
import { z } from 'zod';
import { relayForCourse } from '$lib/server/course-forum';
import { check, jsonBody } from '$lib/server/input';
import type { RequestHandler } from './$types';

const input = z.object({ body: forumModeratorsSchema });

/** PUT /api/courses/:id/forum-moderators {userIds}: the page's own resource, as the API names it. */
export const PUT: RequestHandler = async (event) => {
  const checked = check(input, { body: await jsonBody(event) });
  if (!checked.ok) return checked.response;
  const { body } = checked.data;
  return relayForCourse(event, event.params.slug, (id) => `/courses/${id}/forum-moderators`, { method: 'PUT', body });
};
