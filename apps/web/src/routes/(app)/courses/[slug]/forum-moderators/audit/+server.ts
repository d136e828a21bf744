import { json } from '@sveltejs/kit';
import { relayForCourse } from '$lib/server/course-forum';
import type { RequestHandler } from './$types';

const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;

/** GET /api/courses/:id/audit?action=&from=&to=&limit=: the course forum's audit log as JSON. */
export const GET: RequestHandler = async (event) => {
  const q = event.url.searchParams;
  const action = q.get('action') || undefined;
  const from = q.get('from') || undefined;
  const to = q.get('to') || undefined;
  const limit = Number(q.get('limit') ?? 100);
  if (
    (action && !/^[a-z_.]{1,60}$/.test(action)) ||
    (from && !INSTANT.test(from)) ||
    (to && !INSTANT.test(to)) ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > 1000
  ) {
    return json({ error: { code: 'VALIDATION_FAILED', message: 'Invalid query' } }, { status: 400 });
  }
  return relayForCourse(event, event.params.slug, (id) => `/courses/${id}/audit`, { query: { action, from, to, limit } });
};
