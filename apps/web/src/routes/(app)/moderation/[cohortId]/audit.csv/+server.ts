import { auditQuerySchema, idSchema } from '@trainaction/contracts';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { queryValues } from '$lib/server/input';
import { relayCsv } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

const input = z.object({ params: z.object({ cohortId: idSchema }), query: auditQuerySchema.omit({ limit: true }) });

/** The audit log as CSV (UTF-8 with BOM), proxied from the API with the person's token. */
export const GET: RequestHandler = async (event) => {
  const checked = input.safeParse({ params: event.params, query: queryValues(event.url, ['action', 'from', 'to']) });
  if (!checked.success)
    return new Response(m.error_invalid_request(), { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const { params, query } = checked.data;
  const day = new Date().toISOString().slice(0, 10);
  return relayCsv(event, `/cohorts/${params.cohortId}/audit`, { ...query, limit: '1000' }, `auditoria-${params.cohortId}-${day}.csv`);
};
