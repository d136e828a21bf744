import type { MemberView } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { loadCohort } from '$lib/server/cohorts';
import { COHORT_MANAGERS, requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export interface LearnerProgress {
  userId: string;
  displayName: string;
  country: string;
  completedLessons: number;
  lessonCount: number;
  percent: number;
}

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireUser(event);
  const cohort = await loadCohort(event, token, event.params.id);
  const manager = COHORT_MANAGERS.includes(user.role);
  const seesProgress = manager || cohort.myRole === 'moderator';
  const [members, progress] = await Promise.all([
    callApi<{ items: MemberView[] }>(event, `/cohorts/${cohort.id}/members`, { token }),
    seesProgress ? callApi<LearnerProgress[] | { items: LearnerProgress[] }>(event, `/cohorts/${cohort.id}/progress`, { token }) : null,
  ]);
  const progressRows = progress?.ok ? (Array.isArray(progress.data) ? progress.data : progress.data.items) : null;
  return {
    cohort,
    manager,
    members: members.ok ? members.data.items : [],
    membersFailed: !members.ok,
    progress: progressRows,
    joined: event.url.searchParams.has('joined'),
  };
};
