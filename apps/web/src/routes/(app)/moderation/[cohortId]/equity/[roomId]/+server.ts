import { equityQuerySchema, idSchema } from '@trainaction/contracts';
import { z } from 'zod';
import { check, queryValues } from '$lib/server/input';
import { relayJson } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

const input = z.object({ params: z.object({ roomId: idSchema }), query: equityQuerySchema });

/** GET /api/rooms/:id/equity?scope=&from=&to= for the console's equity-of-voice panel. */
export const GET: RequestHandler = async (event) => {
  const checked = check(input, { params: event.params, query: queryValues(event.url, ['scope', 'from', 'to']) });
  if (!checked.ok) return checked.response;
  const { params, query } = checked.data;
  return relayJson(event, `/rooms/${params.roomId}/equity`, { query });
};
