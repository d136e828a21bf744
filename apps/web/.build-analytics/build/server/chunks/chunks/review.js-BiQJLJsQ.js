import { e as error_forbidden } from './error_forbidden.js-CfrwO1E1.js';
import { r as requireUser, C as COHORT_MANAGERS } from './guards.js-p-okixA8.js';
import { v as error } from './utils.js-dm2kV1-z.js';

// src/lib/server/review.ts
/**
* Review pages: the signed-in person, and with a cohort, only its moderators, coordinators and admins
* (the API checks again on every call).
*/
function requireReviewer(event, cohort) {
	const session = requireUser(event);
	if (cohort && cohort.myRole !== "moderator" && !COHORT_MANAGERS.includes(session.user.role)) error(403, {
		message: error_forbidden(),
		code: "FORBIDDEN"
	});
	return session;
}

export { requireReviewer as r };
//# sourceMappingURL=review.js-BiQJLJsQ.js.map
