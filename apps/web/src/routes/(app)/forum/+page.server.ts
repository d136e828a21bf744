import { redirect } from '@sveltejs/kit';
import type { CohortView, Page } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

/** "Foros" in the navigation: the forum of one's only cohort, or a choice among them. */
export const load: PageServerLoad = async (event) => {
  const { token } = requireUser(event);
  const mine = await callApi<Page<CohortView>>(event, '/cohorts', { token, query: { scope: 'mine' } });
  const cohorts = mine.ok ? mine.data.items : [];
  if (cohorts.length === 1 && !event.url.searchParams.has('choose')) redirect(303, `/forum/${cohorts[0].id}`);
  return { cohorts: cohorts.map((c) => ({ id: c.id, name: c.name, course: c.course ?? null })), failed: !mine.ok };
};
