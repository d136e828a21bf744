import { e as error_not_found } from '../../../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import { e as error_unavailable } from '../../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import { c as callApi } from '../../../../../../chunks/api-client.js-CGTF_sRb.js';
import { l as loadCohort } from '../../../../../../chunks/cohorts.js-DJODQWKG.js';
import { r as requireReviewer } from '../../../../../../chunks/review.js-BiQJLJsQ.js';
import { r as renderSubmissions } from '../../../../../../chunks/submission-markdown.js-GE-qQ2Fr.js';
import { v as error } from '../../../../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/(app)/review/[cohortId]/[submissionId]/+page.server.ts
var load = async (event) => {
	const { user, token } = requireReviewer(event);
	const cohort = await loadCohort(event, token, event.params.cohortId);
	requireReviewer(event, cohort);
	const id = event.params.submissionId;
	if (!/^[0-9a-f]{24}$/.test(id)) error(404, {
		message: error_not_found(),
		code: "NOT_FOUND"
	});
	const submission = await callApi(event, `/submissions/${id}`, { token });
	if (!submission.ok || submission.data.cohortId !== cohort.id) {
		if (!submission.ok && submission.error.code === "UNAVAILABLE") error(503, {
			message: error_unavailable(),
			code: "UNAVAILABLE"
		});
		error(404, {
			message: error_not_found(),
			code: "NOT_FOUND"
		});
	}
	const context = await callApi(event, `/activities/${submission.data.activityId}`, { token });
	return {
		cohort,
		submission: submission.data,
		activity: context.ok ? context.data.activity : null,
		rendered: renderSubmissions([submission.data]),
		me: user.id
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-D4N6gdiC.js.map
