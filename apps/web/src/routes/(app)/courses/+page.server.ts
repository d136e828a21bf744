import type { CourseSummary, Page } from '@trainaction/contracts';
import { failureFromApi } from '$lib/forms/failure';
import { topicsOf } from '$lib/courses/outline';
import { callApi } from '$lib/server/api-client';
import { COURSE_EDITORS, requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireUser(event);
  const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const topic = (event.url.searchParams.get('topic') ?? '').trim().toLowerCase().slice(0, 40);
  // The whole catalogue gives the topic choices; the filtered list gives the cards.
  const [all, filtered] = await Promise.all([
    callApi<Page<CourseSummary>>(event, '/courses', { token }),
    q || topic ? callApi<Page<CourseSummary>>(event, '/courses', { token, query: { q, topic } }) : null,
  ]);
  const list = filtered ?? all;
  return {
    q,
    topic,
    topics: all.ok ? topicsOf(all.data.items) : [],
    courses: list.ok ? list.data.items : [],
    canEdit: COURSE_EDITORS.includes(user.role),
    loadFailure: list.ok ? null : failureFromApi(list.error),
  };
};
