import { e as error_forbidden } from '../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import { e as error_unavailable } from '../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import { S as SUBMISSION_STATUSES } from '../../../../../chunks/src.js-BEir3teA.js';
import { c as callApi } from '../../../../../chunks/api-client.js-CGTF_sRb.js';
import { l as loadCohort } from '../../../../../chunks/cohorts.js-DJODQWKG.js';
import { l as loadCourse } from '../../../../../chunks/courses.js-BfBy2_t4.js';
import { r as requireReviewer } from '../../../../../chunks/review.js-BiQJLJsQ.js';
import { v as error } from '../../../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/(app)/review/[cohortId]/+page.server.ts
/** The queue's filters from the address, ignoring anything malformed. */
function readFilters(url) {
	const q = url.searchParams;
	const status = q.get("status");
	const activityId = q.get("activityId");
	const country = q.get("country");
	const late = q.get("late");
	return {
		status: SUBMISSION_STATUSES.includes(status ?? "") ? status : void 0,
		activityId: activityId && /^[0-9a-f]{24}$/.test(activityId) ? activityId : void 0,
		country: country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : void 0,
		late: late === "true" ? true : late === "false" ? false : void 0
	};
}
var load = async (event) => {
	const { user, token } = requireReviewer(event);
	const cohort = await loadCohort(event, token, event.params.cohortId);
	requireReviewer(event, cohort);
	const filters = readFilters(event.url);
	const [queue, course] = await Promise.all([callApi(event, `/cohorts/${cohort.id}/submissions`, {
		token,
		query: {
			status: filters.status,
			activityId: filters.activityId,
			country: filters.country,
			late: filters.late === void 0 ? void 0 : String(filters.late)
		}
	}), cohort.course ? loadCourse(event, token, cohort.course.slug).then((r) => r.course).catch(() => null) : Promise.resolve(null)]);
	if (!queue.ok) {
		if (queue.status === 403 || queue.status === 404) error(403, {
			message: error_forbidden(),
			code: "FORBIDDEN"
		});
		error(queue.status === 503 ? 503 : queue.status, {
			message: error_unavailable(),
			code: queue.error.code
		});
	}
	const activities = (course?.modules ?? []).flatMap((mod) => mod.activities.filter((a) => a.kind === "submission").map((a) => ({
		id: a.id,
		title: a.title
	})));
	return {
		cohort,
		filters,
		submissions: queue.data,
		activities,
		me: user.id
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CyHdaMF8.js.map
