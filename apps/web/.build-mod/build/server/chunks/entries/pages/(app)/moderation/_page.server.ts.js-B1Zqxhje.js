import { c as callApi } from '../../../../chunks/api-client.js-CGTF_sRb.js';
import { r as requireUser, C as COHORT_MANAGERS } from '../../../../chunks/guards.js-p-okixA8.js';
import { z as redirect } from '../../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/(app)/moderation/+page.server.ts
/** The cohorts the person moderates; straight to the console when there is only one. */
var load = async (event) => {
	const { user, token } = requireUser(event);
	const manager = COHORT_MANAGERS.includes(user.role);
	const result = await callApi(event, "/cohorts", {
		token,
		query: { scope: manager ? "all" : "mine" }
	});
	const cohorts = (result.ok ? result.data.items : []).filter((c) => manager || c.myRole === "moderator");
	if (cohorts.length === 1 && !manager) redirect(303, `/moderation/${cohorts[0].id}`);
	return {
		cohorts: cohorts.map((c) => ({
			id: c.id,
			name: c.name
		})),
		failed: !result.ok
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-B1Zqxhje.js.map
