import { c as callApi } from '../../../../../chunks/api-client.js-CGTF_sRb.js';
import { l as loadCohort } from '../../../../../chunks/cohorts.js-DJODQWKG.js';
import { r as requireUser, C as COHORT_MANAGERS } from '../../../../../chunks/guards.js-p-okixA8.js';

// src/routes/(app)/cohorts/[id]/+page.server.ts
var load = async (event) => {
	const { user, token } = requireUser(event);
	const cohort = await loadCohort(event, token, event.params.id);
	const manager = COHORT_MANAGERS.includes(user.role);
	const seesProgress = manager || cohort.myRole === "moderator";
	const [members, progress] = await Promise.all([callApi(event, `/cohorts/${cohort.id}/members`, { token }), seesProgress ? callApi(event, `/cohorts/${cohort.id}/progress`, { token }) : null]);
	const progressRows = progress?.ok ? Array.isArray(progress.data) ? progress.data : progress.data.items : null;
	return {
		cohort,
		manager,
		members: members.ok ? members.data.items : [],
		membersFailed: !members.ok,
		progress: progressRows,
		joined: event.url.searchParams.has("joined")
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DTBW30iH.js.map
