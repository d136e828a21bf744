import { json } from '@sveltejs/kit';
import { ID, relayJson } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;

/** GET /api/cohorts/:id/audit?action=&from=&to=&limit= as JSON. */
export const GET: RequestHandler = async (event) => {
  const q = event.url.searchParams;
  const action = q.get('action') || undefined;
  const from = q.get('from') || undefined;
  const to = q.get('to') || undefined;
  const limit = Number(q.get('limit') ?? 100);
  if (
    !ID.test(event.params.cohortId) ||
    (action && !/^[a-z_.]{1,60}$/.test(action)) ||
    (from && !INSTANT.test(from)) ||
    (to && !INSTANT.test(to)) ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > 1000
  ) {
    return json({ error: { code: 'VALIDATION_FAILED', message: 'Invalid query' } }, { status: 400 });
  }
  return relayJson(event, `/cohorts/${event.params.cohortId}/audit`, { query: { action, from, to, limit } });
};
