import { redirect } from '@sveltejs/kit';
import type { CohortView, Page } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { COHORT_MANAGERS } from '$lib/server/guards';
import { requireReviewer } from '$lib/server/review';
import type { PageServerLoad } from './$types';

/** The cohorts whose queue this person may open; with exactly one, straight to it. */
export const load: PageServerLoad = async (event) => {
  const { user, token } = requireReviewer(event);
  const result = await callApi<Page<CohortView>>(event, '/cohorts', { token, query: { scope: 'mine' } });
  const all = result.ok ? result.data.items : [];
  const cohorts = COHORT_MANAGERS.includes(user.role) ? all : all.filter((c) => c.myRole === 'moderator');
  if (cohorts.length === 1) redirect(303, `/review/${cohorts[0].id}`);
  return { cohorts: cohorts.map((c) => ({ id: c.id, name: c.name, course: c.course?.title ?? null })), failed: !result.ok };
};
