import { auditQuerySchema } from '@trainaction/contracts';
import { z } from 'zod';
import { relayForCourse } from '$lib/server/course-forum';
import { check, queryValues } from '$lib/server/input';
import type { RequestHandler } from './$types';

const input = z.object({ query: auditQuerySchema });

/** GET /api/courses/:id/audit?action=&from=&to=&limit=: the course forum's audit log as JSON. */
export const GET: RequestHandler = async (event) => {
  const checked = check(input, { query: queryValues(event.url, ['action', 'from', 'to', 'limit']) });
  if (!checked.ok) return checked.response;
  return relayForCourse(event, event.params.slug, (id) => `/courses/${id}/audit`, { query: checked.data.query });
};
