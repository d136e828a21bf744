import { c as callApi } from '../../../../chunks/api-client.js-CGTF_sRb.js';
import { C as COHORT_MANAGERS } from '../../../../chunks/guards.js-p-okixA8.js';
import { r as requireReviewer } from '../../../../chunks/review.js-BiQJLJsQ.js';
import { z as redirect } from '../../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/(app)/review/+page.server.ts
/** The cohorts whose queue this person may open; with exactly one, straight to it. */
var load = async (event) => {
	const { user, token } = requireReviewer(event);
	const result = await callApi(event, "/cohorts", {
		token,
		query: { scope: "mine" }
	});
	const all = result.ok ? result.data.items : [];
	const cohorts = COHORT_MANAGERS.includes(user.role) ? all : all.filter((c) => c.myRole === "moderator");
	if (cohorts.length === 1) redirect(303, `/review/${cohorts[0].id}`);
	return {
		cohorts: cohorts.map((c) => ({
			id: c.id,
			name: c.name,
			course: c.course?.title ?? null
		})),
		failed: !result.ok
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DOnfZJT3.js.map
