import { error } from '@sveltejs/kit';
import type { RoomView } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { callApi } from '$lib/server/api-client';
import { loadCohort } from '$lib/server/cohorts';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { token } = requireUser(event);
  const cohort = await loadCohort(event, token, event.params.id);
  const rooms = await callApi<RoomView[]>(event, `/cohorts/${cohort.id}/rooms`, { token });
  if (!rooms.ok)
    error(rooms.status === 404 ? 404 : 503, {
      message: rooms.status === 404 ? m.cohort_not_found() : m.error_unavailable(),
      code: rooms.error.code,
    });
  return { cohort: { id: cohort.id, name: cohort.name }, rooms: rooms.data };
};
