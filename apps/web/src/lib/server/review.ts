import { error } from '@sveltejs/kit';
import type { CohortView, UserView } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { COHORT_MANAGERS, requireUser } from './guards';

type GuardEvent = Parameters<typeof requireUser>[0];

/**
 * Review pages: the signed-in person, and with a cohort, only its moderators, coordinators and admins
 * (the API checks again on every call).
 */
export function requireReviewer(event: GuardEvent, cohort?: CohortView): { user: UserView; token: string } {
  const session = requireUser(event);
  if (cohort && cohort.myRole !== 'moderator' && !COHORT_MANAGERS.includes(session.user.role)) {
    error(403, { message: m.error_forbidden(), code: 'FORBIDDEN' });
  }
  return session;
}
