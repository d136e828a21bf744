import { e as error_forbidden } from './error_forbidden.js-CfrwO1E1.js';
import { e as error_unavailable } from './error_unavailable.js-uIGIVP0X.js';
import { s as safeRedirectPath } from './redirect.js-Djhd4SSY.js';
import { v as error, z as redirect } from './utils.js-dm2kV1-z.js';

// src/lib/server/guards.ts
/**
* The signed-in person, or a redirect to /login that comes back here afterwards. Form actions do not run layout
* loads, so every action that needs a person calls this itself.
*/
function requireUser(event) {
	const { user, accessToken, apiUnavailable } = event.locals;
	if (user && accessToken) return {
		user,
		token: accessToken
	};
	if (apiUnavailable) error(503, {
		message: error_unavailable(),
		code: "UNAVAILABLE"
	});
	const back = safeRedirectPath(event.url.pathname + event.url.search);
	redirect(303, back && back !== "/" ? `/login?redirectTo=${encodeURIComponent(back)}` : "/login");
}
/** Coordinators and admins manage accounts. */
var ACCOUNT_MANAGERS = ["coordinator", "admin"];
function requireRole(event, roles) {
	const session = requireUser(event);
	if (!roles.includes(session.user.role)) error(403, {
		message: error_forbidden(),
		code: "FORBIDDEN"
	});
	return session;
}
/** Coordinators and admins write courses, create cohorts and enrol people. */
var COURSE_EDITORS = ["coordinator", "admin"];
var COHORT_MANAGERS = COURSE_EDITORS;

export { ACCOUNT_MANAGERS as A, COHORT_MANAGERS as C, requireRole as a, COURSE_EDITORS as b, requireUser as r };
//# sourceMappingURL=guards.js-p-okixA8.js.map
