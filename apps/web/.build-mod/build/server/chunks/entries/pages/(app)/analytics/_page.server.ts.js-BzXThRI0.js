import { f as filtersFromUrl, a as filterQuery } from '../../../../chunks/filters.js-B9pq1Qvk.js';
import { a as failureFromApi } from '../../../../chunks/failure.js-t1Ny7fSp.js';
import { c as callApi } from '../../../../chunks/api-client.js-CGTF_sRb.js';
import { a as requireRole } from '../../../../chunks/guards.js-p-okixA8.js';

// src/routes/(app)/analytics/+page.server.ts
/** Coordinators and admins report participation to partners and donors. */
var ANALYSTS = ["coordinator", "admin"];
var load = async (event) => {
	const { token } = requireRole(event, ANALYSTS);
	const filters = filtersFromUrl(event.url.searchParams);
	const query = filterQuery(filters);
	const participation = (by) => callApi(event, "/analytics/participation", {
		token,
		query: {
			...query,
			by
		}
	});
	const [table, byGender, countryGender, months, heat, indicators, courses, cohorts] = await Promise.all([
		participation(filters.by.join(",")),
		participation("gender"),
		participation("country,gender"),
		participation("month"),
		participation("course,country"),
		callApi(event, "/analytics/indicators", {
			token,
			query: {
				period: filters.period,
				...filterQuery(filters, [
					"courseId",
					"from",
					"to"
				])
			}
		}),
		callApi(event, "/courses", { token }),
		callApi(event, "/cohorts", {
			token,
			query: {
				scope: "all",
				courseId: filters.courseId || void 0
			}
		})
	]);
	const failed = [
		table,
		byGender,
		countryGender,
		months,
		heat,
		indicators
	].find((r) => !r.ok);
	return {
		filters,
		table: table.ok ? table.data : null,
		byGender: byGender.ok ? byGender.data : null,
		countryGender: countryGender.ok ? countryGender.data : null,
		months: months.ok ? months.data : null,
		heat: heat.ok ? heat.data : null,
		indicators: indicators.ok ? indicators.data : null,
		courses: courses.ok ? courses.data.items.map((c) => ({
			id: c.id,
			title: c.title
		})) : [],
		cohorts: cohorts.ok ? cohorts.data.items.map((c) => ({
			id: c.id,
			name: c.name,
			courseId: c.courseId
		})) : [],
		loadFailure: failed && !failed.ok ? failureFromApi(failed.error) : null
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BzXThRI0.js.map
