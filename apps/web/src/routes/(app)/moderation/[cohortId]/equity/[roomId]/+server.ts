import { json } from '@sveltejs/kit';
import { ID, relayJson } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;

/** GET /api/rooms/:id/equity?scope=&from=&to= for the console's equity-of-voice panel. */
export const GET: RequestHandler = async (event) => {
  const q = event.url.searchParams;
  const scope = q.get('scope') === 'all' ? 'all' : 'present';
  const from = q.get('from') ?? undefined;
  const to = q.get('to') ?? undefined;
  if (!ID.test(event.params.roomId) || (from && !INSTANT.test(from)) || (to && !INSTANT.test(to))) {
    return json({ error: { code: 'VALIDATION_FAILED', message: 'Invalid query' } }, { status: 400 });
  }
  return relayJson(event, `/rooms/${event.params.roomId}/equity`, { query: { scope, from, to } });
};
