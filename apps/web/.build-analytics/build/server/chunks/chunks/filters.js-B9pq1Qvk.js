import { A as ANALYTICS_DIMENSIONS } from './src.js-BEir3teA.js';

var DEFAULT_DIMENSIONS = ["country", "gender"];
/** The filters sent to the API, in a stable order (also the order in shared links). */
var FILTER_KEYS = [
	"courseId",
	"cohortId",
	"country",
	"gender",
	"sector",
	"from",
	"to"
];
var ID = /^[0-9a-f]{24}$/;
var DAY = /^\d{4}-\d{2}-\d{2}$/;
var WORD = /^[a-z_]{1,30}$/;
function isDimension(value) {
	return ANALYTICS_DIMENSIONS.includes(value);
}
/**
* Reads the state from a URL. `by` may come as one comma list (`by=country,gender`, the shared form) or repeated
* (`by=country&by=gender`, what the dimension pickers submit without JavaScript). Unknown or malformed values are
* dropped rather than sent to the API; an empty `by=` asks for totals only.
*/
function filtersFromUrl(params) {
	const rawBy = params.getAll("by");
	const by = [];
	for (const part of rawBy.flatMap((v) => v.split(","))) {
		const dim = part.trim();
		if (isDimension(dim) && !by.includes(dim) && by.length < 3) by.push(dim);
	}
	const text = (key, pattern, transform = (v) => v) => {
		const value = transform((params.get(key) ?? "").trim());
		return pattern.test(value) ? value : "";
	};
	return {
		by: rawBy.length === 0 ? [...DEFAULT_DIMENSIONS] : by,
		courseId: text("courseId", ID),
		cohortId: text("cohortId", ID),
		country: text("country", /^[A-Z]{2}$/, (v) => v.toUpperCase()),
		gender: text("gender", WORD),
		sector: text("sector", WORD),
		from: text("from", DAY),
		to: text("to", DAY),
		period: params.get("period") === "quarter" ? "quarter" : "month"
	};
}
/** The filter part of the API query (no dimensions), without empty values. */
function filterQuery(filters, keys = FILTER_KEYS) {
	const query = {};
	for (const key of keys) if (filters[key]) query[key] = filters[key];
	return query;
}
/** The canonical query string of a view (`?by=country,gender&country=HN`), '' for the default view. */
function filtersToSearch(filters) {
	const params = new URLSearchParams();
	if (!(filters.by.length === DEFAULT_DIMENSIONS.length && filters.by.every((d, i) => d === DEFAULT_DIMENSIONS[i]))) params.set("by", filters.by.join(","));
	for (const [key, value] of Object.entries(filterQuery(filters))) params.set(key, value);
	if (filters.period !== "month") params.set("period", filters.period);
	const search = params.toString().replaceAll("%2C", ",");
	return search ? `?${search}` : "";
}
/** The same view with some parts changed, as a link. */
function viewHref(path, filters, change = {}) {
	return `${path}${filtersToSearch({
		...filters,
		...change
	})}`;
}
/** How many filters narrow the view (for "3 filtros activos"). */
function activeFilterCount(filters) {
	return FILTER_KEYS.filter((key) => filters[key]).length;
}
/** The query string of a CSV export of the current view. */
function participationExportSearch(filters) {
	return `?${new URLSearchParams({
		by: filters.by.join(","),
		...filterQuery(filters)
	}).toString().replaceAll("%2C", ",")}`;
}
function indicatorExportSearch(filters) {
	return `?${new URLSearchParams({
		period: filters.period,
		...filterQuery(filters, [
			"courseId",
			"from",
			"to"
		])
	}).toString()}`;
}

export { filterQuery as a, activeFilterCount as b, filtersFromUrl as f, indicatorExportSearch as i, participationExportSearch as p, viewHref as v };
//# sourceMappingURL=filters.js-B9pq1Qvk.js.map
