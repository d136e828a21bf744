import { d as balancedBuildSchema } from '../../../../../chunks/src.js-BEir3teA.js';
import { z as zonedLocalToIso } from '../../../../../chunks/schedule.js-DRV8XJJK.js';
import { f as failureFromIssues, a as failureFromApi } from '../../../../../chunks/failure.js-t1Ny7fSp.js';
import { c as callApi } from '../../../../../chunks/api-client.js-CGTF_sRb.js';
import { t as textField } from '../../../../../chunks/form-data.js-BOxvqRxB.js';
import { a as requireRole, C as COHORT_MANAGERS } from '../../../../../chunks/guards.js-p-okixA8.js';
import { A as fail } from '../../../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/(app)/cohorts/build/+page.server.ts
var load = async (event) => {
	const { token } = requireRole(event, COHORT_MANAGERS);
	const courses = await callApi(event, "/courses", { token });
	return { courses: courses.ok ? courses.data.items : [] };
};
async function build(event, apply) {
	const { token } = requireRole(event, COHORT_MANAGERS);
	const form = await event.request.formData();
	const values = {
		courseId: textField(form, "courseId"),
		cohortCount: textField(form, "cohortCount").trim(),
		namePrefix: textField(form, "namePrefix").trim(),
		startsAt: textField(form, "startsAt").trim(),
		endsAt: textField(form, "endsAt").trim(),
		timezone: textField(form, "timezone")
	};
	const parsed = balancedBuildSchema.safeParse({
		...values,
		cohortCount: /^\d+$/.test(values.cohortCount) ? Number(values.cohortCount) : values.cohortCount,
		startsAt: zonedLocalToIso(values.startsAt, values.timezone) ?? values.startsAt,
		endsAt: zonedLocalToIso(values.endsAt, values.timezone) ?? values.endsAt,
		apply
	});
	if (!parsed.success) return fail(400, {
		values,
		failure: failureFromIssues(parsed.error.issues)
	});
	const result = await callApi(event, "/cohorts/balance", {
		method: "POST",
		token,
		body: parsed.data
	});
	if (!result.ok) return fail(result.status, {
		values,
		failure: failureFromApi(result.error)
	});
	return {
		values,
		table: result.data
	};
}
var actions = {
	preview: (event) => build(event, false),
	apply: (event) => build(event, true)
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CAv9olhd.js.map
