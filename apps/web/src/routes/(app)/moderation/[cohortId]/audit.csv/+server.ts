import { ID, relayCsv } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;

/** The audit log as CSV (UTF-8 with BOM), proxied from the API with the person's token. */
export const GET: RequestHandler = async (event) => {
  const q = event.url.searchParams;
  const action = q.get('action') || undefined;
  const from = q.get('from') || undefined;
  const to = q.get('to') || undefined;
  if (
    !ID.test(event.params.cohortId) ||
    (action && !/^[a-z_.]{1,60}$/.test(action)) ||
    (from && !INSTANT.test(from)) ||
    (to && !INSTANT.test(to))
  ) {
    return new Response('Invalid query', { status: 400 });
  }
  const day = new Date().toISOString().slice(0, 10);
  return relayCsv(
    event,
    `/cohorts/${event.params.cohortId}/audit`,
    { action, from, to, limit: '1000' },
    `auditoria-${event.params.cohortId}-${day}.csv`,
  );
};
