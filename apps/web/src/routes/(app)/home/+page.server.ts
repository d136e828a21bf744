import type { CohortView, CoordinationOverview, Page } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import type { CourseProgress } from '$lib/server/courses';
import { COHORT_MANAGERS, requireUser } from '$lib/server/guards';
import { cohortUnread, type CohortUnread } from '$lib/server/unread';
import type { PageServerLoad } from './$types';

const SHOWN = 4;

/** Coordinators and admins: their overview. Everyone else: their first cohorts and their progress in each cohort's course. */
export const load: PageServerLoad = async (event) => {
  const { user, token } = requireUser(event);
  if (COHORT_MANAGERS.includes(user.role)) {
    const overview = await callApi<CoordinationOverview>(event, '/coordination/overview', { token });
    return { ...none, overview: overview.ok ? overview.data : null, overviewFailed: !overview.ok };
  }
  const cohorts = await callApi<Page<CohortView>>(event, '/cohorts', { token, query: { scope: 'mine' } });
  if (!cohorts.ok) return { ...none, cohortsFailed: true };
  const mine = cohorts.data.items.filter((c) => c.myRole);
  const shown = (mine.length > 0 ? mine : cohorts.data.items).slice(0, SHOWN);
  const slugs = [...new Set(shown.filter((c) => c.myRole === 'learner').flatMap((c) => (c.course ? [c.course.slug] : [])))];
  // What is new in each of the person's own cohorts (rooms and both forums), fetched alongside the progress.
  const [results, unreadList] = await Promise.all([
    Promise.all(slugs.map((slug) => callApi<CourseProgress>(event, `/courses/${encodeURIComponent(slug)}/progress`, { token }))),
    Promise.all(shown.map((c) => (c.myRole ? cohortUnread(event, token, c) : null))),
  ]);
  const unread: Record<string, CohortUnread> = {};
  shown.forEach((c, index) => {
    const found = unreadList[index];
    if (found) unread[c.id] = found;
  });
  const progress: Record<string, CourseProgress> = {};
  results.forEach((result, index) => {
    if (result.ok) progress[slugs[index]] = result.data;
  });
  return { ...none, cohorts: shown, cohortTotal: (mine.length > 0 ? mine : cohorts.data.items).length, progress, unread };
};

/** What a page without one part or the other holds. */
const none = {
  overview: null as CoordinationOverview | null,
  overviewFailed: false,
  cohorts: [] as CohortView[],
  cohortTotal: 0,
  progress: {} as Record<string, CourseProgress>,
  unread: {} as Record<string, CohortUnread>,
  cohortsFailed: false,
};
