import { b as csvImportSchema, e as enrollmentSchema } from '../../../../../../chunks/src.js-BEir3teA.js';
import { f as failureFromIssues, a as failureFromApi } from '../../../../../../chunks/failure.js-t1Ny7fSp.js';
import { c as callApi } from '../../../../../../chunks/api-client.js-CGTF_sRb.js';
import { l as loadCohort } from '../../../../../../chunks/cohorts.js-DJODQWKG.js';
import { t as textField } from '../../../../../../chunks/form-data.js-BOxvqRxB.js';
import { a as requireRole, C as COHORT_MANAGERS } from '../../../../../../chunks/guards.js-p-okixA8.js';
import { A as fail } from '../../../../../../chunks/utils.js-dm2kV1-z.js';

// src/lib/server/people-search.ts
var PAGE = 100;
var MAX_PAGES = 30;
var MAX_RESULTS = 20;
/** Lower-case without accents, so "jose" finds "José". */
function fold(text) {
	return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}
/**
* People whose name or e-mail contains `query`. GET /api/users has no text search yet, so this walks its pages
* (at most 3,000 accounts) and filters here; a `q` parameter on the API would replace the loop.
*/
async function searchPeople(event, token, query) {
	const needle = fold(query.trim());
	if (needle.length < 2) return {
		items: [],
		failed: false
	};
	const found = [];
	let cursor = null;
	for (let page = 0; page < MAX_PAGES; page++) {
		const result = await callApi(event, "/users", {
			token,
			query: {
				limit: PAGE,
				cursor
			}
		});
		if (!result.ok) return {
			items: found,
			failed: true
		};
		for (const user of result.data.items) {
			if (fold(user.displayName).includes(needle) || fold(user.email ?? "").includes(needle)) found.push(user);
			if (found.length >= MAX_RESULTS) return {
				items: found,
				failed: false
			};
		}
		cursor = result.data.nextCursor;
		if (!cursor) break;
	}
	return {
		items: found,
		failed: false
	};
}
// src/routes/(app)/cohorts/[id]/enrol/+page.server.ts
var load = async (event) => {
	const { token } = requireRole(event, COHORT_MANAGERS);
	const cohort = await loadCohort(event, token, event.params.id);
	const who = (event.url.searchParams.get("who") ?? "").trim().slice(0, 80);
	const people = who ? await searchPeople(event, token, who) : {
		items: [],
		failed: false
	};
	return {
		cohort,
		who,
		people: people.items,
		searchFailed: people.failed,
		created: event.url.searchParams.has("created")
	};
};
var actions = {
	enrol: async (event) => {
		const { token } = requireRole(event, COHORT_MANAGERS);
		const form = await event.request.formData();
		const displayName = textField(form, "displayName");
		const parsed = enrollmentSchema.safeParse({
			userId: textField(form, "userId"),
			role: textField(form, "role") || "learner"
		});
		if (!parsed.success) return fail(400, { enrol: { failure: failureFromIssues(parsed.error.issues) } });
		const result = await callApi(event, `/cohorts/${event.params.id}/enrollments`, {
			method: "POST",
			token,
			body: parsed.data
		});
		if (!result.ok) return fail(result.status, { enrol: { failure: failureFromApi(result.error) } });
		return { enrol: { done: {
			displayName,
			role: parsed.data.role
		} } };
	},
	import: async (event) => {
		const { token } = requireRole(event, COHORT_MANAGERS);
		const csv = textField(await event.request.formData(), "csv");
		const parsed = csvImportSchema.safeParse({ csv });
		if (!parsed.success) return fail(400, { import: { failure: failureFromIssues([{ path: "csv" }]) } });
		const result = await callApi(event, `/cohorts/${event.params.id}/imports`, {
			method: "POST",
			token,
			body: parsed.data
		});
		if (!result.ok) return fail(result.status, { import: { failure: failureFromApi(result.error) } });
		return { import: { job: result.data } };
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CCMAA8kD.js.map
