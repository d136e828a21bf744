import { a as activityDueAt } from '../../../../../chunks/format.js-ENEWJlJ4.js';
import { e as error_not_found } from '../../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import { e as error_unavailable } from '../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import { c as callApi } from '../../../../../chunks/api-client.js-CGTF_sRb.js';
import { r as requireUser } from '../../../../../chunks/guards.js-p-okixA8.js';
import { r as renderMarkdown } from '../../../../../chunks/markdown2.js-D7tIkhF7.js';
import { r as renderSubmissions } from '../../../../../chunks/submission-markdown.js-GE-qQ2Fr.js';
import { v as error } from '../../../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/(app)/activities/[id]/+page.server.ts
var ID = /^[0-9a-f]{24}$/;
var load = async (event) => {
	const { user, token } = requireUser(event);
	const id = event.params.id;
	if (!ID.test(id)) error(404, {
		message: error_not_found(),
		code: "NOT_FOUND"
	});
	const [context, cohorts] = await Promise.all([callApi(event, `/activities/${id}`, { token }), callApi(event, "/cohorts", {
		token,
		query: { scope: "mine" }
	})]);
	if (!context.ok) {
		if (context.error.code === "UNAVAILABLE") error(503, {
			message: error_unavailable(),
			code: "UNAVAILABLE"
		});
		error(context.status === 404 ? 404 : context.status, {
			message: error_not_found(),
			code: context.error.code
		});
	}
	const { activity, course, module } = context.data;
	const courseCohorts = (cohorts.ok ? cohorts.data.items : []).filter((c) => c.courseId === course.id && c.myRole);
	const wanted = event.url.searchParams.get("cohort");
	const cohort = courseCohorts.find((c) => c.id === wanted) ?? (wanted ? void 0 : courseCohorts[0]) ?? null;
	let submissions = [];
	let submissionsFailed = false;
	if (cohort && activity.kind === "submission") {
		const result = await callApi(event, `/activities/${id}/submissions`, {
			token,
			query: { cohortId: cohort.id }
		});
		if (result.ok) submissions = result.data.filter((s) => s.learner.id === user.id);
		else submissionsFailed = true;
	}
	const dueAt = submissions.at(-1)?.dueAt ?? (cohort && activity.dueDaysAfterStart !== void 0 ? activityDueAt(cohort.startsAt, activity.dueDaysAfterStart, cohort.timezone) : null);
	return {
		activity,
		course,
		module,
		cohort,
		cohorts: courseCohorts.map((c) => ({
			id: c.id,
			name: c.name
		})),
		promptHtml: renderMarkdown(activity.prompt ?? ""),
		submissions,
		submissionsFailed,
		rendered: renderSubmissions(submissions),
		dueAt,
		isModerator: cohort?.myRole === "moderator"
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-840YC5dN.js.map
