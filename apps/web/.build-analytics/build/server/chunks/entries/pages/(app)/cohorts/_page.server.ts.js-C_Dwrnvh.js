import { a as countrySchema } from '../../../../chunks/src.js-BEir3teA.js';
import { a as failureFromApi } from '../../../../chunks/failure.js-t1Ny7fSp.js';
import { c as callApi } from '../../../../chunks/api-client.js-CGTF_sRb.js';
import { t as textField } from '../../../../chunks/form-data.js-BOxvqRxB.js';
import { r as requireUser, C as COHORT_MANAGERS } from '../../../../chunks/guards.js-p-okixA8.js';
import { A as fail, z as redirect } from '../../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/(app)/cohorts/+page.server.ts
var load = async (event) => {
	const { user, token } = requireUser(event);
	const manager = COHORT_MANAGERS.includes(user.role);
	if (!manager) {
		const [mine, open] = await Promise.all([callApi(event, "/cohorts", {
			token,
			query: { scope: "mine" }
		}), user.role === "learner" ? callApi(event, "/cohorts", {
			token,
			query: { scope: "open" }
		}) : null]);
		const mineIds = new Set(mine.ok ? mine.data.items.map((c) => c.id) : []);
		return {
			manager,
			cohorts: mine.ok ? mine.data.items : [],
			open: open?.ok ? open.data.items.filter((c) => !mineIds.has(c.id)) : [],
			courses: [],
			filter: {
				courseId: "",
				country: ""
			},
			loadFailure: mine.ok ? null : failureFromApi(mine.error)
		};
	}
	const courseId = event.url.searchParams.get("courseId") ?? "";
	const country = (event.url.searchParams.get("country") ?? "").toUpperCase();
	const validCountry = countrySchema.safeParse(country).success ? country : "";
	const [all, courses] = await Promise.all([callApi(event, "/cohorts", {
		token,
		query: {
			scope: "all",
			courseId: /^[0-9a-f]{24}$/.test(courseId) ? courseId : void 0,
			country: validCountry
		}
	}), callApi(event, "/courses", { token })]);
	return {
		manager,
		cohorts: all.ok ? all.data.items : [],
		open: [],
		courses: courses.ok ? courses.data.items : [],
		filter: {
			courseId,
			country: validCountry
		},
		loadFailure: all.ok ? null : failureFromApi(all.error)
	};
};
var actions = { join: async (event) => {
	const { token } = requireUser(event);
	const cohortId = textField(await event.request.formData(), "cohortId");
	if (!/^[0-9a-f]{24}$/.test(cohortId)) return fail(400, {
		cohortId,
		failure: {
			code: "VALIDATION_FAILED",
			fields: {}
		}
	});
	const result = await callApi(event, `/cohorts/${cohortId}/join`, {
		method: "POST",
		token
	});
	if (!result.ok) return fail(result.status, {
		cohortId,
		failure: failureFromApi(result.error)
	});
	redirect(303, `/cohorts/${cohortId}?joined=1`);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-C_Dwrnvh.js.map
