import { error, redirect } from '@sveltejs/kit';
import type { Role, UserView } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { safeRedirectPath } from '$lib/navigation/redirect';

type GuardEvent = { locals: App.Locals; url: URL };

/**
 * The signed-in person, or a redirect to /login that comes back here afterwards. Form actions do not run layout
 * loads, so every action that needs a person calls this itself.
 */
export function requireUser(event: GuardEvent): { user: UserView; token: string } {
  const { user, accessToken, apiUnavailable } = event.locals;
  if (user && accessToken) return { user, token: accessToken };
  if (apiUnavailable) error(503, { message: m.error_unavailable(), code: 'UNAVAILABLE' });
  const back = safeRedirectPath(event.url.pathname + event.url.search);
  redirect(303, back && back !== '/' ? `/login?redirectTo=${encodeURIComponent(back)}` : '/login');
}

/** Coordinators and admins manage accounts. */
export const ACCOUNT_MANAGERS: readonly Role[] = ['coordinator', 'admin'];

export function requireRole(event: GuardEvent, roles: readonly Role[]): { user: UserView; token: string } {
  const session = requireUser(event);
  if (!roles.includes(session.user.role)) error(403, { message: m.error_forbidden(), code: 'FORBIDDEN' });
  return session;
}

/** Coordinators and admins write courses, create cohorts and enrol people. */
export const COURSE_EDITORS: readonly Role[] = ['coordinator', 'admin'];
export const COHORT_MANAGERS: readonly Role[] = COURSE_EDITORS;
