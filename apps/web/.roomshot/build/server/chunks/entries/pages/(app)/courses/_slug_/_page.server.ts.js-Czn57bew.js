import { C as COURSE_STATUSES } from '../../../../../chunks/src.js-G_A7yq4Q.js';
import { a as failureFromApi } from '../../../../../chunks/failure.js-t1Ny7fSp.js';
import { l as loadCourse } from '../../../../../chunks/courses.js-BywnrT3n.js';
import { c as callApi } from '../../../../../chunks/api-client.js-BWXZnqOt.js';
import { t as textField } from '../../../../../chunks/form-data.js-BOxvqRxB.js';
import { a as requireRole, r as requireUser, b as COURSE_EDITORS } from '../../../../../chunks/guards.js-p-okixA8.js';
import { A as fail } from '../../../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/(app)/courses/[slug]/+page.server.ts
var load = async (event) => {
	const { user, token } = requireUser(event);
	const { course, progress } = await loadCourse(event, token, event.params.slug);
	return {
		course,
		progress,
		canEdit: COURSE_EDITORS.includes(user.role),
		saved: event.url.searchParams.has("saved")
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
//# sourceMappingURL=_page.server.ts.js-Czn57bew.js.map
