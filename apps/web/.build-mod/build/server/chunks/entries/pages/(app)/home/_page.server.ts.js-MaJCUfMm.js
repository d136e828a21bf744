import { c as callApi } from '../../../../chunks/api-client.js-CGTF_sRb.js';
import { r as requireUser } from '../../../../chunks/guards.js-p-okixA8.js';

// src/routes/(app)/home/+page.server.ts
var SHOWN = 4;
/** The person's first cohorts and their progress in each cohort's course. */
var load = async (event) => {
	const { token } = requireUser(event);
	const cohorts = await callApi(event, "/cohorts", {
		token,
		query: { scope: "mine" }
	});
	if (!cohorts.ok) return {
		cohorts: [],
		cohortTotal: 0,
		progress: {},
		cohortsFailed: true
	};
	const mine = cohorts.data.items.filter((c) => c.myRole);
	const shown = (mine.length > 0 ? mine : cohorts.data.items).slice(0, SHOWN);
	const slugs = [...new Set(shown.filter((c) => c.myRole === "learner").flatMap((c) => c.course ? [c.course.slug] : []))];
	const results = await Promise.all(slugs.map((slug) => callApi(event, `/courses/${encodeURIComponent(slug)}/progress`, { token })));
	const progress = {};
	results.forEach((result, index) => {
		if (result.ok) progress[slugs[index]] = result.data;
	});
	return {
		cohorts: shown,
		cohortTotal: (mine.length > 0 ? mine : cohorts.data.items).length,
		progress,
		cohortsFailed: false
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-MaJCUfMm.js.map
