import { fail } from '@sveltejs/kit';
import { isId, type InvitationSent, type MemberView, type Page } from '@trainaction/contracts';
import type { ResendResult } from '$lib/cohorts/members';
import { callApi } from '$lib/server/api-client';
import { loadCohort } from '$lib/server/cohorts';
import { textField } from '$lib/server/form-data';
import { COHORT_MANAGERS, requireRole, requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

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
    callApi<Page<MemberView>>(event, `/cohorts/${cohort.id}/members`, { token }),
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

export const actions: Actions = {
  /** A coordinator sends a member whose invitation is pending a new one (the earlier link stops working). */
  resendInvitation: async (event) => {
    const { token } = requireRole(event, COHORT_MANAGERS);
    const form = await event.request.formData();
    const userId = textField(form, 'userId');
    const name = textField(form, 'displayName').slice(0, 80);
    if (!isId(userId)) return fail(400, { resend: { name, code: 'VALIDATION_FAILED' } satisfies ResendResult });
    const path = `/cohorts/${encodeURIComponent(event.params.id)}/members/${userId}/invitation`;
    const result = await callApi<InvitationSent>(event, path, { method: 'POST', token });
    if (!result.ok) return fail(result.status, { resend: { name, code: result.error.code } satisfies ResendResult });
    return { resend: { name, sent: true } satisfies ResendResult };
  },
};
