import { idSchema } from '@trainaction/contracts';
import { z } from 'zod';
import { check } from '$lib/server/input';
import { relayJson } from '$lib/server/moderation';
import type { RequestHandler } from './$types';

const input = z.object({ params: z.object({ messageId: idSchema }) });

/** GET /api/messages/:id/history (moderators and the author). */
export const GET: RequestHandler = async (event) => {
  const checked = check(input, { params: event.params });
  if (!checked.ok) return checked.response;
  return relayJson(event, `/messages/${checked.data.params.messageId}/history`);
};
