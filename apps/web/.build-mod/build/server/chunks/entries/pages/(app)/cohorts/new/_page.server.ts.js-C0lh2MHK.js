import { f as cohortInputSchema } from '../../../../../chunks/src.js-BEir3teA.js';
import { z as zonedLocalToIso } from '../../../../../chunks/schedule.js-DRV8XJJK.js';
import { f as failureFromIssues, a as failureFromApi } from '../../../../../chunks/failure.js-t1Ny7fSp.js';
import { c as callApi } from '../../../../../chunks/api-client.js-CGTF_sRb.js';
import { a as requireRole, C as COHORT_MANAGERS } from '../../../../../chunks/guards.js-p-okixA8.js';
import { A as fail, z as redirect } from '../../../../../chunks/utils.js-dm2kV1-z.js';

// src/lib/forms/cohort.ts
var text$1 = (form, name) => {
	const value = form.get(name);
	return typeof value === "string" ? value.trim() : "";
};
function cohortValues(form) {
	const countries = form.getAll("countries").filter((v) => typeof v === "string" && v !== "").map((v) => v.toUpperCase());
	return {
		courseId: text$1(form, "courseId"),
		name: text$1(form, "name"),
		countries: [...new Set(countries)],
		startsAt: text$1(form, "startsAt"),
		endsAt: text$1(form, "endsAt"),
		timezone: text$1(form, "timezone"),
		capacity: text$1(form, "capacity"),
		status: text$1(form, "status"),
		enrollmentMode: text$1(form, "enrollmentMode")
	};
}
/**
* The request body for POST /api/cohorts: the datetime-local values are wall-clock times in the chosen zone, sent
* as ISO instants. Values that cannot be read are passed through so the shared schema names the field.
*/
function cohortPayload(values) {
	const instant = (local) => (values.timezone ? zonedLocalToIso(local, values.timezone) : null) ?? local;
	const payload = {
		courseId: values.courseId,
		name: values.name,
		countries: values.countries,
		startsAt: instant(values.startsAt),
		endsAt: instant(values.endsAt),
		timezone: values.timezone,
		status: values.status || "planned",
		enrollmentMode: values.enrollmentMode || "coordinator"
	};
	if (values.capacity !== "") payload.capacity = /^\d+$/.test(values.capacity) ? Number(values.capacity) : values.capacity;
	return payload;
}
// src/routes/(app)/cohorts/new/+page.server.ts
var load = async (event) => {
	const { token } = requireRole(event, COHORT_MANAGERS);
	const courses = await callApi(event, "/courses", { token });
	return {
		courses: courses.ok ? courses.data.items : [],
		courseId: event.url.searchParams.get("courseId") ?? ""
	};
};
var actions = { default: async (event) => {
	const { token } = requireRole(event, COHORT_MANAGERS);
	const values = cohortValues(await event.request.formData());
	const parsed = cohortInputSchema.safeParse(cohortPayload(values));
	if (!parsed.success) return fail(400, {
		values,
		failure: failureFromIssues(parsed.error.issues)
	});
	const result = await callApi(event, "/cohorts", {
		method: "POST",
		token,
		body: parsed.data
	});
	if (!result.ok) return fail(result.status, {
		values,
		failure: failureFromApi(result.error)
	});
	redirect(303, `/cohorts/${result.data.id}/enrol?created=1`);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-C0lh2MHK.js.map
