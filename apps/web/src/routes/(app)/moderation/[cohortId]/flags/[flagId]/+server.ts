import { flagUpdateSchema, idSchema } from '@trainaction/contracts';
import { z } from 'zod';
import { check, jsonBody } from '$lib/server/input';
import { relayJson } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

const input = z.object({ params: z.object({ flagId: idSchema }), body: flagUpdateSchema });

/** PATCH /api/flags/:id {state?, assigneeId?, note?} for the console. */
export const PATCH: RequestHandler = async (event) => {
  const checked = check(input, { params: event.params, body: await jsonBody(event) });
  if (!checked.ok) return checked.response;
  const { params, body } = checked.data;
  return relayJson(event, `/flags/${params.flagId}`, { method: 'PATCH', body });
};
