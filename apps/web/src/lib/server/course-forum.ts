import { json, type RequestEvent } from '@sveltejs/kit';
import type { CourseView, Page, UserView } from '@trainaction/contracts';
import { toForumPerson, type ForumPerson } from '$lib/courses/forum-moderators';
import { callApi, type ApiCall, type ApiEvent } from './api-client';
import { relayJson } from './moderation';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Lookups one by one beyond the moderators' listing; each is an API call counted by its rate limit. */
const MAX_SINGLE_LOOKUPS = 20;

/**
 * Relays a call about a course's shared forum. Pages address courses by slug, the API's forum routes by id,
 * so the course is read first (which also answers 404 for a course the caller cannot see).
 */
export async function relayForCourse(
  event: RequestEvent,
  slug: string,
  path: (courseId: string) => string,
  call: Omit<ApiCall, 'token'> = {},
): Promise<Response> {
  const token = event.locals.accessToken;
  if (!event.locals.user || !token) return json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in again' } }, { status: 401 });
  if (!SLUG.test(slug)) return json({ error: { code: 'NOT_FOUND', message: 'Course not found' } }, { status: 404 });
  const course = await callApi<CourseView>(event, `/courses/${slug}`, { token });
  if (!course.ok) return json({ error: course.error }, { status: course.status });
  return relayJson(event, path(course.data.id), call);
}

/**
 * The people behind `ids`, for names on the page: the moderators' listing in one call (they are most of
 * them), then the others one by one, at most MAX_SINGLE_LOOKUPS. Unknown or refused ids are left out.
 */
export async function peopleByIds(event: ApiEvent, token: string, ids: readonly string[]): Promise<ForumPerson[]> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return [];
  const found = new Map<string, ForumPerson>();
  const moderators = await callApi<Page<UserView>>(event, '/users', { token, query: { role: 'moderator', limit: 100 } });
  if (moderators.ok) for (const user of moderators.data.items) if (wanted.includes(user.id)) found.set(user.id, toForumPerson(user));
  const rest = wanted.filter((id) => !found.has(id)).slice(0, MAX_SINGLE_LOOKUPS);
  const single = await Promise.all(rest.map((id) => callApi<UserView>(event, `/users/${id}`, { token })));
  for (const result of single) if (result.ok) found.set(result.data.id, toForumPerson(result.data));
  return wanted.flatMap((id) => found.get(id) ?? []);
}
