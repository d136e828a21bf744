import { C as COURSE_STATUSES } from '../../../../../chunks/src.js-BEir3teA.js';
import { a as failureFromApi } from '../../../../../chunks/failure.js-t1Ny7fSp.js';
import { l as loadCourse } from '../../../../../chunks/courses.js-BfBy2_t4.js';
import { c as callApi } from '../../../../../chunks/api-client.js-CGTF_sRb.js';
import { t as textField } from '../../../../../chunks/form-data.js-BOxvqRxB.js';
import { a as requireRole, r as requireUser, b as COURSE_EDITORS } from '../../../../../chunks/guards.js-p-okixA8.js';
import { A as fail } from '../../../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/(app)/courses/[slug]/+page.server.ts
var load = async (event) => {
	const { user, token } = requireUser(event);
	const { course, progress } = await loadCourse(event, token, event.params.slug);
	const myCohorts = await callApi(event, "/cohorts", {
		token,
		query: { scope: "mine" }
	});
	const inCourse = myCohorts.ok ? myCohorts.data.items.filter((c) => c.courseId === course.id && c.myRole) : [];
	const activityCohortId = (inCourse.find((c) => c.myRole === "learner") ?? inCourse[0])?.id ?? null;
	return {
		course,
		progress,
		canEdit: COURSE_EDITORS.includes(user.role),
		saved: event.url.searchParams.has("saved"),
		activityCohortId
	};
};
var actions = { status: async (event) => {
	const { token } = requireRole(event, COURSE_EDITORS);
	const status = textField(await event.request.formData(), "status");
	if (!COURSE_STATUSES.includes(status)) return fail(400, { failure: {
		code: "VALIDATION_FAILED",
		fields: { status: "invalid" }
	} });
	const result = await callApi(event, `/courses/${encodeURIComponent(event.params.slug)}/status`, {
		method: "PATCH",
		token,
		body: { status }
	});
	if (!result.ok) return fail(result.status, { failure: failureFromApi(result.error) });
	return { statusChanged: result.data.status };
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-34GjwQ-c.js.map
