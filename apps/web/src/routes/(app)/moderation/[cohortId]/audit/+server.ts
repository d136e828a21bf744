import { auditQuerySchema, idSchema } from '@trainaction/contracts';
import { z } from 'zod';
import { check, queryValues } from '$lib/server/input';
import { relayJson } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

const input = z.object({ params: z.object({ cohortId: idSchema }), query: auditQuerySchema });

/** GET /api/cohorts/:id/audit?action=&from=&to=&limit= as JSON. */
export const GET: RequestHandler = async (event) => {
  const checked = check(input, { params: event.params, query: queryValues(event.url, ['action', 'from', 'to', 'limit']) });
  if (!checked.ok) return checked.response;
  const { params, query } = checked.data;
  return relayJson(event, `/cohorts/${params.cohortId}/audit`, { query });
};
