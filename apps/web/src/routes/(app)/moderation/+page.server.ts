import { redirect } from '@sveltejs/kit';
import type { CohortView, Page } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { COHORT_MANAGERS, requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

/** The cohorts the person moderates; straight to the console when there is only one. */
export const load: PageServerLoad = async (event) => {
  const { user, token } = requireUser(event);
  const manager = COHORT_MANAGERS.includes(user.role);
  const result = await callApi<Page<CohortView>>(event, '/cohorts', { token, query: { scope: manager ? 'all' : 'mine' } });
  const cohorts = (result.ok ? result.data.items : []).filter((c) => manager || c.myRole === 'moderator');
  if (cohorts.length === 1 && !manager) redirect(303, `/moderation/${cohorts[0].id}`);
  return { cohorts: cohorts.map((c) => ({ id: c.id, name: c.name })), failed: !result.ok };
};
