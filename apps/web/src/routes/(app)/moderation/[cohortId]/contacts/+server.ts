import { idSchema, safeguardingContactsSchema } from '@trainaction/contracts';
import { z } from 'zod';
import { check, jsonBody } from '$lib/server/input';
import { relayJson } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

const input = z.object({ params: z.object({ cohortId: idSchema }), body: safeguardingContactsSchema });

/** PUT /api/cohorts/:id/safeguarding-contacts {userIds}. */
export const PUT: RequestHandler = async (event) => {
  const checked = check(input, { params: event.params, body: await jsonBody(event) });
  if (!checked.ok) return checked.response;
  const { params, body } = checked.data;
  return relayJson(event, `/cohorts/${params.cohortId}/safeguarding-contacts`, { method: 'PUT', body });
};
