import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, am as stringify, al as attr_class, a1 as derived, ap as attr_style } from '../../../../chunks/server.js-BLE87T70.js';
import '../../../../chunks/client.js-BNlL4dZY.js';
import { p as page_title } from '../../../../chunks/page_title.js-DcyKRVla.js';
import { p as page } from '../../../../chunks/state.js-P_hr6ZfF.js';
import { k as ACADEMY_COUNTRIES, G as GENDERS, m as SECTORS, A as ANALYTICS_DIMENSIONS } from '../../../../chunks/src.js-Yht03z39.js';
import { c as countryName } from '../../../../chunks/countries.js-CFZZWy7J.js';
import { g as genderLabel, s as sectorLabel } from '../../../../chunks/labels.js-DuJCQrCL.js';
import { F as FormAlert } from '../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { v as viewHref, b as activeFilterCount, p as participationExportSearch, i as indicatorExportSearch } from '../../../../chunks/filters.js-Cl9_yH2-.js';
import { f as formErrorMessage } from '../../../../chunks/errors.js-BSO-Lm7a.js';
import { l as localized } from '../../../../chunks/localized.js-5IdAKyD2.js';
import { e as getLocale } from '../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../chunks/index-server.js-CutNbI_-.js';
import '../../../../chunks/exports.js-BDUeH8ma.js';
import '../../../../chunks/internal2.js-BxH-mENw.js';
import '../../../../chunks/utils.js-dm2kV1-z.js';
import 'zod';
import '../../../../chunks/locale_es.js-C_uyAtcI.js';
import '../../../../chunks/locale_en.js-C5IfUzEZ.js';
import '../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../chunks/error_unknown.js-C1rriivB.js';

// src/lib/components/analytics/ChartCanvas.svelte
function ChartCanvas($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Short accessible name of the picture; the figure's caption carries the full summary. */
		let { spec, label, height = "18rem" } = $$props;
		$$renderer.push(`<div class="chart-box svelte-cxpgdr"${attr_style("", { height })}><canvas role="img"${attr("aria-label", label)} class="svelte-cxpgdr"></canvas></div>`);
	});
}
// src/lib/components/analytics/ChartFigure.svelte
function ChartFigure($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The text alternative: what the chart shows, in a sentence or two. */
		let { id, title, summary, chart, table } = $$props;
		$$renderer.push(`<figure class="card chart-figure svelte-gwgy6v"${attr("aria-labelledby", `${stringify(id)}-title`)}${attr("data-testid", id)}><h3${attr("id", `${stringify(id)}-title`)} class="svelte-gwgy6v">${escape_html(title)}</h3> <figcaption class="summary svelte-gwgy6v"${attr("data-testid", `${stringify(id)}-caption`)}>${escape_html(summary)}</figcaption> `);
		chart($$renderer);
		$$renderer.push(`<!----> <details class="as-table svelte-gwgy6v"><summary class="svelte-gwgy6v">${escape_html((void 0)())}<span class="visually-hidden">: ${escape_html(title)}</span></summary> `);
		table($$renderer);
		$$renderer.push(`<!----></details></figure>`);
	});
}
// src/lib/analytics/format.ts
var MEASURES = [
	"learners",
	"activeLearners",
	"participationRate",
	"messages",
	"posts",
	"submissions",
	"acceptedSubmissions",
	"completions",
	"lessonsCompleted"
];
var DIMENSION_LABELS = {
	course: void 0,
	cohort: void 0,
	country: void 0,
	gender: void 0,
	sector: void 0,
	month: void 0
};
var MEASURE_LABELS = {
	learners: void 0,
	activeLearners: void 0,
	participationRate: void 0,
	messages: void 0,
	posts: void 0,
	submissions: void 0,
	acceptedSubmissions: void 0,
	completions: void 0,
	lessonsCompleted: void 0
};
var dimensionLabel = (dim) => DIMENSION_LABELS[dim]();
var measureLabel = (measure) => MEASURE_LABELS[measure]();
/** "2026-07" → "jul 2026" (es) / "Jul 2026" (en). */
function monthLabel(month, locale) {
	const match = /^(\d{4})-(\d{2})$/.exec(month);
	if (!match) return month;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
	return new Intl.DateTimeFormat(locale, {
		month: "short",
		year: "numeric",
		timeZone: "UTC"
	}).format(date);
}
/** "2026-T3" → "T3 2026" (es) / "Q3 2026" (en); months as monthLabel. */
function periodLabel(period, locale) {
	const quarter = /^(\d{4})-T(\d)$/.exec(period);
	if (quarter) return (void 0)({
		quarter: quarter[2],
		year: quarter[1]
	});
	return monthLabel(period, locale);
}
/** A dimension value in words: course and cohort names from the report's labels, countries, genders, sectors. */
function valueLabel(dim, value, labels, locale) {
	if (value === void 0 || value === null) return "";
	switch (dim) {
		case "course":
		case "cohort": return labels[value] ?? value;
		case "country": return countryName(value, locale);
		case "gender": return genderLabel(value);
		case "sector": return sectorLabel(value);
		case "month": return monthLabel(value, locale);
	}
}
/** A count in the locale ("1 000" / "1,000"); hidden counts stay "<5", missing ones "—". */
function formatCount(value, locale) {
	if (value === null || value === void 0) return "—";
	if (typeof value === "string") return value;
	return new Intl.NumberFormat(locale).format(value);
}
/** A rate of 0 … 1 as a percentage ("45 %"). */
function formatRate(rate, locale) {
	if (rate === null || rate === void 0) return "—";
	return new Intl.NumberFormat(locale, {
		style: "percent",
		maximumFractionDigits: 0
	}).format(rate);
}
function formatMeasure(measure, value, locale) {
	return measure === "participationRate" ? formatRate(value, locale) : formatCount(value, locale);
}
// src/lib/analytics/shape.ts
/** A count as a number, or null when it is hidden ("<5") or missing. */
function countValue(count) {
	return typeof count === "number" && Number.isFinite(count) ? count : null;
}
function isSuppressed(row) {
	return row.suppressed === true || typeof row.learners === "string";
}
/** Distinct values of a dimension in the rows, in `order` first (e.g. the academy's countries), then sorted. */
function distinct(rows, dim, order = []) {
	const seen = /* @__PURE__ */ new Set();
	for (const row of rows) {
		const value = row[dim];
		if (value !== void 0 && value !== null) seen.add(value);
	}
	const first = order.filter((v) => seen.has(v));
	const rest = [...seen].filter((v) => !order.includes(v)).sort();
	return [...first, ...rest];
}
/**
* Learners per `category` split by `split` (bars of learners by country split by gender), from rows of
* `by=category,split`. A hidden cell is null, so the chart draws nothing and the table shows "<5".
*/
function splitSeries(rows, category, split, order = {}) {
	const categories = distinct(rows, category, order.categories);
	const splits = distinct(rows, split, order.splits);
	const index = new Map(rows.map((r) => [`${r[category]}|${r[split]}`, r]));
	return {
		categories,
		series: splits.map((key) => {
			const cells = categories.map((c) => index.get(`${c}|${key}`));
			return {
				key,
				values: cells.map((r) => r ? countValue(r.learners) : 0),
				hidden: cells.map((r) => r ? isSuppressed(r) : false)
			};
		})
	};
}
/** Active learners and messages by month, from rows of `by=month`, in month order. */
function monthlySeries(rows) {
	const sorted = rows.filter((r) => r.month).sort((a, b) => a.month.localeCompare(b.month));
	return {
		months: sorted.map((r) => r.month),
		activeLearners: sorted.map((r) => countValue(r.activeLearners)),
		messages: sorted.map((r) => r.messages),
		posts: sorted.map((r) => r.posts),
		submissions: sorted.map((r) => r.submissions)
	};
}
/** A rows × columns grid of participation rates (course × country), from rows of `by=rowDim,columnDim`. */
function heatMatrix(data, rowDim, columnDim, order = {}) {
	const rows = distinct(data, rowDim, order.rows);
	const columns = distinct(data, columnDim, order.columns);
	const index = new Map(data.map((r) => [`${r[rowDim]}|${r[columnDim]}`, r]));
	const rates = [];
	return {
		rows,
		columns,
		cells: rows.map((r) => columns.map((c) => {
			const row = index.get(`${r}|${c}`);
			if (!row) return {
				rate: null,
				learners: null,
				hidden: false
			};
			const hidden = isSuppressed(row);
			const rate = hidden ? null : row.participationRate;
			if (rate !== null) rates.push(rate);
			return {
				rate,
				learners: row.learners,
				hidden
			};
		})),
		min: rates.length ? Math.min(...rates) : 0,
		max: rates.length ? Math.max(...rates) : 1
	};
}
/** The index of the largest value (first one on ties), or -1. */
function argMax(values) {
	let best = -1;
	values.forEach((v, i) => {
		if (v !== null && (best < 0 || v > (values[best] ?? -Infinity))) best = i;
	});
	return best;
}
/** Per category sum over series (e.g. learners per country, all genders), null when any part is hidden. */
function categoryTotals(table) {
	return table.categories.map((_, i) => {
		let sum = 0;
		for (const s of table.series) {
			if (s.hidden[i]) return null;
			sum += s.values[i] ?? 0;
		}
		return sum;
	});
}
// src/lib/components/analytics/CrossTab.svelte
function CrossTab($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Id of the note that explains "<5" cells. */
		let { report, locale, noteId } = $$props;
		const dims = derived(() => report.by);
		$$renderer.push(`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="crosstab-caption"><table class="data crosstab" data-testid="crosstab"><caption id="crosstab-caption">${escape_html(dims().length ? (void 0)({ dims: dims().map(dimensionLabel).join(" × ") }) : (void 0)())}</caption><thead><tr><!--[-->`);
		const each_array = ensure_array_like(dims());
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let dim = each_array[$$index];
			$$renderer.push(`<th scope="col">${escape_html(dimensionLabel(dim))}</th>`);
		}
		$$renderer.push(`<!--]--><!--[-->`);
		const each_array_1 = ensure_array_like(MEASURES);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let measure = each_array_1[$$index_1];
			$$renderer.push(`<th scope="col" class="num">${escape_html(measureLabel(measure))}</th>`);
		}
		$$renderer.push(`<!--]--></tr></thead><tbody>`);
		const each_array_2 = ensure_array_like(report.rows);
		if (each_array_2.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let i = 0, $$length = each_array_2.length; i < $$length; i++) {
				let row = each_array_2[i];
				const hidden = isSuppressed(row);
				$$renderer.push(`<tr${attr_class("", void 0, { "suppressed": hidden })}><!--[-->`);
				const each_array_3 = ensure_array_like(dims());
				for (let d = 0, $$length = each_array_3.length; d < $$length; d++) {
					let dim = each_array_3[d];
					if (d === 0) $$renderer.push(`<!--[0--><th scope="row">${escape_html(valueLabel(dim, row[dim], report.labels, locale))}</th>`);
					else $$renderer.push(`<!--[-1--><td>${escape_html(valueLabel(dim, row[dim], report.labels, locale))}</td>`);
					$$renderer.push(`<!--]-->`);
				}
				$$renderer.push(`<!--]--><!--[-->`);
				const each_array_4 = ensure_array_like(MEASURES);
				for (let $$index_3 = 0, $$length = each_array_4.length; $$index_3 < $$length; $$index_3++) {
					let measure = each_array_4[$$index_3];
					if (hidden && measure === "learners") $$renderer.push(`<!--[0--><td class="num hidden-cell"${attr("aria-describedby", noteId)}>${escape_html(formatMeasure(measure, row[measure], locale))}</td>`);
					else $$renderer.push(`<!--[-1--><td class="num">${escape_html(formatMeasure(measure, row[measure], locale))}</td>`);
					$$renderer.push(`<!--]-->`);
				}
				$$renderer.push(`<!--]--></tr>`);
			}
		} else $$renderer.push(`<!--[!--><tr><td${attr("colspan", dims().length + MEASURES.length)} class="muted">${escape_html((void 0)())}</td></tr>`);
		$$renderer.push(`<!--]--></tbody><tfoot><tr data-testid="crosstab-total"><th scope="row"${attr("colspan", Math.max(1, dims().length))}>${escape_html((void 0)())}</th><!--[-->`);
		const each_array_5 = ensure_array_like(MEASURES);
		for (let $$index_5 = 0, $$length = each_array_5.length; $$index_5 < $$length; $$index_5++) {
			let measure = each_array_5[$$index_5];
			$$renderer.push(`<td class="num"${attr("data-measure", measure)}>${escape_html(formatMeasure(measure, report.totals[measure], locale))}</td>`);
		}
		$$renderer.push(`<!--]--></tr></tfoot></table></div>`);
	});
}
// src/lib/analytics/scale.ts
/**
* Colour scale of the heat map: from a pale blue to the app's primary blue (#1d4f7a), linear in the value's
* place between `min` and `max`. The text colour switches to white where dark text would fall below 4.5:1.
*/
var LOW = [
	233,
	241,
	248
];
var HIGH = [
	29,
	79,
	122
];
var DARK_TEXT = "#1b2430";
function intensity(value, min = 0, max = 1) {
	if (!Number.isFinite(value)) return 0;
	if (max <= min) return value >= max ? 1 : 0;
	return Math.min(1, Math.max(0, (value - min) / (max - min)));
}
function toHex(rgb) {
	return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}
function luminance(rgb) {
	const [r, g, b] = rgb.map((c) => {
		const s = c / 255;
		return s <= .03928 ? s / 12.92 : ((s + .055) / 1.055) ** 2.4;
	});
	return .2126 * r + .7152 * g + .0722 * b;
}
/** WCAG contrast ratio of two colours given as [r, g, b]. */
function contrast(a, b) {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + .05) / (lo + .05);
}
function mix(t) {
	return LOW.map((low, i) => low + (HIGH[i] - low) * t);
}
/** Background and text colour of a cell; null values (hidden or absent) get a neutral grey. */
function heatStyle(value, min = 0, max = 1) {
	if (value === null) return {
		background: "#f1f2f4",
		color: DARK_TEXT,
		intensity: 0
	};
	const t = intensity(value, min, max);
	const rgb = mix(t);
	const color = contrast(rgb, [
		27,
		36,
		48
	]) >= 4.5 ? DARK_TEXT : "#ffffff";
	return {
		background: toHex(rgb),
		color,
		intensity: t
	};
}
/** Evenly spaced stops for the legend, from min to max. */
function legendStops(min, max, steps = 5) {
	const span = max > min ? max - min : 0;
	return Array.from({ length: steps }, (_, i) => {
		const value = min + span * i / (steps - 1);
		return {
			value,
			style: heatStyle(value, min, max)
		};
	});
}
// src/lib/components/analytics/HeatMap.svelte
function HeatMap($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { matrix, rowLabel, columnLabel, rowHeading, caption, locale, noteId } = $$props;
		const stops = derived(() => legendStops(matrix.min, matrix.max, 5));
		$$renderer.push(`<div class="table-wrap" tabindex="0" role="region"${attr("aria-label", caption)}><table class="data heat" data-testid="heatmap"><caption class="visually-hidden">${escape_html(caption)}</caption><thead><tr><th scope="col">${escape_html(rowHeading)}</th><!--[-->`);
		const each_array = ensure_array_like(matrix.columns);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let column = each_array[$$index];
			$$renderer.push(`<th scope="col" class="num">${escape_html(columnLabel(column))}</th>`);
		}
		$$renderer.push(`<!--]--></tr></thead><tbody><!--[-->`);
		const each_array_1 = ensure_array_like(matrix.rows);
		for (let r = 0, $$length = each_array_1.length; r < $$length; r++) {
			let row = each_array_1[r];
			$$renderer.push(`<tr><th scope="row">${escape_html(rowLabel(row))}</th><!--[-->`);
			const each_array_2 = ensure_array_like(matrix.columns);
			for (let c = 0, $$length = each_array_2.length; c < $$length; c++) {
				each_array_2[c];
				const cell = matrix.cells[r][c];
				const style = heatStyle(cell.rate, matrix.min, matrix.max);
				if (cell.hidden) $$renderer.push(`<!--[0--><td class="num heat-cell hidden-cell svelte-1v58hmv"${attr("aria-describedby", noteId)}${attr_style("", {
					background: style.background,
					color: style.color
				})}>&lt;5</td>`);
				else {
					$$renderer.push(`<!--[-1--><td class="num heat-cell svelte-1v58hmv"${attr_style("", {
						background: style.background,
						color: style.color
					})}>${escape_html(cell.learners === null ? "—" : formatRate(cell.rate, locale))} `);
					if (cell.learners !== null) $$renderer.push(`<!--[0--><span class="heat-n svelte-1v58hmv">n = ${escape_html(formatCount(cell.learners, locale))}</span>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></td>`);
				}
				$$renderer.push(`<!--]-->`);
			}
			$$renderer.push(`<!--]--></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div> <div class="legend svelte-1v58hmv" aria-hidden="true"><span class="svelte-1v58hmv">${escape_html((void 0)())}</span> <!--[-->`);
		const each_array_3 = ensure_array_like(stops());
		for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
			let stop = each_array_3[$$index_3];
			$$renderer.push(`<span class="swatch svelte-1v58hmv"${attr_style("", {
				background: stop.style.background,
				color: stop.style.color
			})}>${escape_html(formatRate(stop.value, locale))}</span>`);
		}
		$$renderer.push(`<!--]--></div>`);
	});
}
// src/routes/(app)/analytics/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const locale = getLocale();
		const NOTE_ID = "suppression-note";
		const GENDER_COLORS = {
			man: "#1d4f7a",
			woman: "#b4501f",
			non_binary: "#6a3d9a",
			self_described: "#0e6e64",
			undisclosed: "#6b7280"
		};
		const GENDER_COUNTS = {
			man: void 0,
			woman: void 0,
			non_binary: void 0,
			self_described: void 0,
			undisclosed: void 0
		};
		const filters = derived(() => data.filters);
		const list = (items) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
		const countries = derived(() => [.../* @__PURE__ */ new Set([...ACADEMY_COUNTRIES, ...filters().country ? [filters().country] : []])]);
		const cohortOptions = derived(() => filters().courseId ? data.cohorts.filter((c) => c.courseId === filters().courseId) : data.cohorts);
		const courseName = (id) => localized(data.courses.find((c) => c.id === id)?.title, locale) || (data.heat?.labels[id] ?? id);
		const genderRows = derived(() => (data.byGender?.rows ?? []).filter((r) => r.gender));
		const totalLearners = derived(() => data.byGender?.totals.learners ?? null);
		const headline = derived(() => genderRows().length ? (void 0)({
			total: formatCount(totalLearners(), locale),
			parts: list(genderRows().map((r) => (GENDER_COUNTS[r.gender] ?? ((p) => `${p.count} ${r.gender}`))({ count: formatCount(r.learners, locale) })))
		}) : (void 0)());
		const byCountry = derived(() => splitSeries(data.countryGender?.rows ?? [], "country", "gender", {
			categories: ACADEMY_COUNTRIES,
			splits: GENDERS
		}));
		const countrySpec = derived(() => ({
			labels: byCountry().categories.map((c) => countryName(c, locale)),
			datasets: byCountry().series.map((s) => ({
				label: genderLabel(s.key),
				data: s.values,
				color: GENDER_COLORS[s.key] ?? "#4f5b6b"
			})),
			stacked: true,
			yTitle: (void 0)()
		}));
		const countrySummary = derived(() => {
			if (byCountry().categories.length === 0) return (void 0)();
			const totals = categoryTotals(byCountry());
			const parts = byCountry().categories.map((c, i) => {
				const split = byCountry().series.map((s) => `${genderLabel(s.key).toLowerCase()} ${s.hidden[i] ? "<5" : formatCount(s.values[i], locale)}`);
				return `${countryName(c, locale)}: ${formatCount(totals[i] ?? "<5", locale)} (${split.join(", ")})`;
			});
			const top = argMax(totals);
			return (void 0)({
				parts: parts.join("; "),
				top: top >= 0 ? countryName(byCountry().categories[top], locale) : "—"
			});
		});
		const monthly = derived(() => monthlySeries(data.months?.rows ?? []));
		const monthSpec = derived(() => ({
			labels: monthly().months.map((mo) => monthLabel(mo, locale)),
			datasets: [{
				label: (void 0)(),
				data: monthly().activeLearners,
				color: "#0e6e64"
			}, {
				label: (void 0)(),
				data: monthly().messages,
				color: "#b4501f",
				line: true,
				secondAxis: true
			}],
			yTitle: (void 0)(),
			y2Title: (void 0)()
		}));
		const monthSummary = derived(() => {
			const n = monthly().months.length;
			if (n === 0) return (void 0)();
			const busiest = argMax(monthly().messages);
			return (void 0)({
				from: monthLabel(monthly().months[0], locale),
				to: monthLabel(monthly().months[n - 1], locale),
				activeFirst: formatCount(monthly().activeLearners[0], locale),
				activeLast: formatCount(monthly().activeLearners[n - 1], locale),
				busiest: busiest >= 0 ? monthLabel(monthly().months[busiest], locale) : "—",
				messages: busiest >= 0 ? formatCount(monthly().messages[busiest], locale) : "—"
			});
		});
		const matrix = derived(() => heatMatrix(data.heat?.rows ?? [], "course", "country", { columns: ACADEMY_COUNTRIES }));
		const heatSummary = derived(() => {
			let best = null;
			let worst = null;
			matrix().cells.forEach((row, r) => row.forEach((cell, c) => {
				if (cell.rate === null) return;
				if (!best || cell.rate > best.rate) best = {
					r,
					c,
					rate: cell.rate
				};
				if (!worst || cell.rate < worst.rate) worst = {
					r,
					c,
					rate: cell.rate
				};
			}));
			if (!best || !worst) return (void 0)();
			const b = best;
			const w = worst;
			return (void 0)({
				best: `${courseName(matrix().rows[b.r])} · ${countryName(matrix().columns[b.c], locale)}`,
				bestRate: formatRate(b.rate, locale),
				worst: `${courseName(matrix().rows[w.r])} · ${countryName(matrix().columns[w.c], locale)}`,
				worstRate: formatRate(w.rate, locale)
			});
		});
		const suppressed = derived(() => data.table?.suppressedCells ?? 0);
		const threshold = derived(() => data.table?.threshold ?? 5);
		const exportHref = derived(() => `/analytics/export/participation${participationExportSearch(filters())}`);
		const indicatorsHref = derived(() => `/analytics/export/indicators${indicatorExportSearch(filters())}`);
		const loadAlert = derived(() => data.loadFailure ? formErrorMessage(data.loadFailure.code) : null);
		const filterCount = derived(() => activeFilterCount(filters()));
		head("1bpgs3e", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: (void 0)() }))}</title>`);
			});
		});
		$$renderer.push(`<div class="analytics svelte-1bpgs3e"><header class="page-header svelte-1bpgs3e"><h1>${escape_html((void 0)())}</h1> <p>${escape_html((void 0)())}</p></header> <section class="card filters" aria-labelledby="filters-title"><h2 id="filters-title" class="section-title svelte-1bpgs3e">${escape_html((void 0)())}</h2> <form method="GET" data-testid="analytics-filters"><div class="filter-grid svelte-1bpgs3e"><div class="field svelte-1bpgs3e"><label for="f-course" class="svelte-1bpgs3e">${escape_html((void 0)())}</label> <select id="f-course" name="courseId">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html((void 0)())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array = ensure_array_like(data.courses);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let course = each_array[$$index];
			$$renderer.option({
				value: course.id,
				selected: filters().courseId === course.id
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(localized(course.title, locale))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="field svelte-1bpgs3e"><label for="f-cohort" class="svelte-1bpgs3e">${escape_html((void 0)())}</label> <select id="f-cohort" name="cohortId">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html((void 0)())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_1 = ensure_array_like(cohortOptions());
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let cohort = each_array_1[$$index_1];
			$$renderer.option({
				value: cohort.id,
				selected: filters().cohortId === cohort.id
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(cohort.name)}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="field svelte-1bpgs3e"><label for="f-country" class="svelte-1bpgs3e">${escape_html((void 0)())}</label> <select id="f-country" name="country">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html((void 0)())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_2 = ensure_array_like(countries());
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let code = each_array_2[$$index_2];
			$$renderer.option({
				value: code,
				selected: filters().country === code
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(countryName(code, locale))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="field svelte-1bpgs3e"><label for="f-gender" class="svelte-1bpgs3e">${escape_html((void 0)())}</label> <select id="f-gender" name="gender">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html((void 0)())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_3 = ensure_array_like(GENDERS);
		for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
			let gender = each_array_3[$$index_3];
			$$renderer.option({
				value: gender,
				selected: filters().gender === gender
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(genderLabel(gender))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="field svelte-1bpgs3e"><label for="f-sector" class="svelte-1bpgs3e">${escape_html((void 0)())}</label> <select id="f-sector" name="sector">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html((void 0)())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_4 = ensure_array_like(SECTORS);
		for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
			let sector = each_array_4[$$index_4];
			$$renderer.option({
				value: sector,
				selected: filters().sector === sector
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(sectorLabel(sector))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="field svelte-1bpgs3e"><label for="f-from" class="svelte-1bpgs3e">${escape_html((void 0)())}</label> <input id="f-from" name="from" type="date"${attr("value", filters().from)}${attr("max", filters().to || void 0)} class="svelte-1bpgs3e"/></div> <div class="field svelte-1bpgs3e"><label for="f-to" class="svelte-1bpgs3e">${escape_html((void 0)())}</label> <input id="f-to" name="to" type="date"${attr("value", filters().to)}${attr("min", filters().from || void 0)} class="svelte-1bpgs3e"/></div></div> <fieldset class="dims svelte-1bpgs3e"><legend class="svelte-1bpgs3e">${escape_html((void 0)())}</legend> <p class="hint svelte-1bpgs3e" id="dims-hint">${escape_html((void 0)({ max: 3 }))}</p> <div class="filter-grid svelte-1bpgs3e"><!--[-->`);
		const each_array_5 = ensure_array_like(Array.from({ length: 3 }, (_, i) => i));
		for (let $$index_6 = 0, $$length = each_array_5.length; $$index_6 < $$length; $$index_6++) {
			let i = each_array_5[$$index_6];
			$$renderer.push(`<div class="field svelte-1bpgs3e"><label${attr("for", `f-by-${stringify(i)}`)} class="svelte-1bpgs3e">${escape_html((void 0)({ n: i + 1 }))}</label> <select${attr("id", `f-by-${stringify(i)}`)} name="by" aria-describedby="dims-hint">`);
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html((void 0)())}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array_6 = ensure_array_like(ANALYTICS_DIMENSIONS);
			for (let $$index_5 = 0, $$length = each_array_6.length; $$index_5 < $$length; $$index_5++) {
				let dim = each_array_6[$$index_5];
				$$renderer.option({
					value: dim,
					selected: filters().by[i] === dim
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(dimensionLabel(dim))}`);
				});
			}
			$$renderer.push(`<!--]--></select></div>`);
		}
		$$renderer.push(`<!--]--></div></fieldset> `);
		if (filters().period !== "month") $$renderer.push(`<!--[0--><input type="hidden" name="period"${attr("value", filters().period)}/>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="form-actions"><button class="button" type="submit">${escape_html((void 0)())}</button> <a class="button button-secondary" href="/analytics">${escape_html((void 0)())}</a> `);
		if (filterCount() > 0) $$renderer.push(`<!--[0--><span class="muted">${escape_html((void 0)({ count: filterCount() }))}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></form></section> `);
		FormAlert($$renderer, { message: loadAlert() });
		$$renderer.push(`<!----> <section aria-labelledby="summary-title" class="summary-section"><h2 id="summary-title" class="visually-hidden">${escape_html((void 0)())}</h2> <p class="headline svelte-1bpgs3e" data-testid="analytics-headline">${escape_html(headline())}</p> <dl class="stats svelte-1bpgs3e"><div class="stat card svelte-1bpgs3e" data-testid="stat-learners"><dt class="svelte-1bpgs3e">${escape_html((void 0)())}</dt> <dd class="svelte-1bpgs3e">${escape_html(formatCount(totalLearners(), locale))}</dd></div> <!--[-->`);
		const each_array_7 = ensure_array_like(genderRows());
		for (let $$index_7 = 0, $$length = each_array_7.length; $$index_7 < $$length; $$index_7++) {
			let row = each_array_7[$$index_7];
			$$renderer.push(`<div class="stat card svelte-1bpgs3e"${attr("data-testid", `stat-${stringify(row.gender)}`)}><dt class="svelte-1bpgs3e">${escape_html(genderLabel(row.gender))}</dt> <dd class="svelte-1bpgs3e">${escape_html(formatCount(row.learners, locale))} `);
			if (countValue(row.learners) !== null && countValue(totalLearners())) $$renderer.push(`<!--[0--><span class="share svelte-1bpgs3e">${escape_html(formatRate((countValue(row.learners) ?? 0) / (countValue(totalLearners()) ?? 1), locale))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></dd></div>`);
		}
		$$renderer.push(`<!--]--> <div class="stat card svelte-1bpgs3e" data-testid="stat-rate"><dt class="svelte-1bpgs3e">${escape_html((void 0)())}</dt> <dd class="svelte-1bpgs3e">${escape_html(formatRate(data.byGender?.totals.participationRate, locale))}</dd></div></dl></section> <section aria-labelledby="charts-title"><h2 id="charts-title">${escape_html((void 0)())}</h2> <div class="charts svelte-1bpgs3e">`);
		{
			function chart($$renderer) {
				ChartCanvas($$renderer, {
					spec: countrySpec(),
					label: (void 0)()
				});
			}
			function table($$renderer) {
				$$renderer.push(`<div class="table-wrap" tabindex="0" role="region"${attr("aria-label", (void 0)())}><table class="data"><caption class="visually-hidden">${escape_html((void 0)())}</caption><thead><tr><th scope="col">${escape_html((void 0)())}</th><!--[-->`);
				const each_array_8 = ensure_array_like(byCountry().series);
				for (let $$index_8 = 0, $$length = each_array_8.length; $$index_8 < $$length; $$index_8++) {
					let s = each_array_8[$$index_8];
					$$renderer.push(`<th scope="col" class="num">${escape_html(genderLabel(s.key))}</th>`);
				}
				$$renderer.push(`<!--]--></tr></thead><tbody><!--[-->`);
				const each_array_9 = ensure_array_like(byCountry().categories);
				for (let i = 0, $$length = each_array_9.length; i < $$length; i++) {
					let c = each_array_9[i];
					$$renderer.push(`<tr><th scope="row">${escape_html(countryName(c, locale))}</th><!--[-->`);
					const each_array_10 = ensure_array_like(byCountry().series);
					for (let $$index_9 = 0, $$length = each_array_10.length; $$index_9 < $$length; $$index_9++) {
						let s = each_array_10[$$index_9];
						$$renderer.push(`<td${attr_class("num", void 0, { "hidden-cell": s.hidden[i] })}>${escape_html(s.hidden[i] ? "<5" : formatCount(s.values[i], locale))}</td>`);
					}
					$$renderer.push(`<!--]--></tr>`);
				}
				$$renderer.push(`<!--]--></tbody></table></div>`);
			}
			ChartFigure($$renderer, {
				id: "chart-country",
				title: (void 0)(),
				summary: countrySummary(),
				chart,
				table});
		}
		$$renderer.push(`<!----> `);
		{
			function chart($$renderer) {
				ChartCanvas($$renderer, {
					spec: monthSpec(),
					label: (void 0)()
				});
			}
			function table($$renderer) {
				$$renderer.push(`<div class="table-wrap" tabindex="0" role="region"${attr("aria-label", (void 0)())}><table class="data"><caption class="visually-hidden">${escape_html((void 0)())}</caption><thead><tr><th scope="col">${escape_html((void 0)())}</th><th scope="col" class="num">${escape_html((void 0)())}</th><th scope="col" class="num">${escape_html((void 0)())}</th><th scope="col" class="num">${escape_html((void 0)())}</th><th scope="col" class="num">${escape_html((void 0)())}</th></tr></thead><tbody><!--[-->`);
				const each_array_11 = ensure_array_like(monthly().months);
				for (let i = 0, $$length = each_array_11.length; i < $$length; i++) {
					let mo = each_array_11[i];
					$$renderer.push(`<tr><th scope="row">${escape_html(monthLabel(mo, locale))}</th><td class="num">${escape_html(formatCount(monthly().activeLearners[i], locale))}</td><td class="num">${escape_html(formatCount(monthly().messages[i], locale))}</td><td class="num">${escape_html(formatCount(monthly().posts[i], locale))}</td><td class="num">${escape_html(formatCount(monthly().submissions[i], locale))}</td></tr>`);
				}
				$$renderer.push(`<!--]--></tbody></table></div>`);
			}
			ChartFigure($$renderer, {
				id: "chart-months",
				title: (void 0)(),
				summary: monthSummary(),
				chart,
				table});
		}
		$$renderer.push(`<!----></div> <figure class="card heat-figure svelte-1bpgs3e" aria-labelledby="heat-title" data-testid="chart-heat"><h3 id="heat-title" class="svelte-1bpgs3e">${escape_html((void 0)())}</h3> <figcaption class="summary svelte-1bpgs3e" data-testid="chart-heat-caption">${escape_html(heatSummary())} ${escape_html((void 0)())}</figcaption> `);
		HeatMap($$renderer, {
			matrix: matrix(),
			locale,
			noteId: NOTE_ID,
			caption: (void 0)(),
			rowHeading: (void 0)(),
			rowLabel: courseName,
			columnLabel: (c) => countryName(c, locale)
		});
		$$renderer.push(`<!----></figure></section> <section class="card" aria-labelledby="table-title"><div class="section-head svelte-1bpgs3e"><h2 id="table-title" class="svelte-1bpgs3e">${escape_html((void 0)())}</h2> <a class="button"${attr("href", exportHref())} download="" data-testid="export-participation">${escape_html((void 0)())}</a></div> <p${attr("id", NOTE_ID)} class="note svelte-1bpgs3e" data-testid="suppression-note">`);
		if (suppressed() > 0) $$renderer.push(`<!--[0--><strong>${escape_html((void 0)({ count: suppressed() }))}</strong>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> ${escape_html((void 0)({ threshold: threshold() }))}</p> `);
		if (data.table) {
			$$renderer.push("<!--[0-->");
			CrossTab($$renderer, {
				report: data.table,
				locale,
				noteId: NOTE_ID
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <details class="definitions svelte-1bpgs3e"><summary class="svelte-1bpgs3e">${escape_html((void 0)())}</summary> <dl><dt class="svelte-1bpgs3e">${escape_html((void 0)())}</dt><dd class="svelte-1bpgs3e">${escape_html((void 0)())}</dd> <dt class="svelte-1bpgs3e">${escape_html((void 0)())}</dt><dd class="svelte-1bpgs3e">${escape_html((void 0)())}</dd> <dt class="svelte-1bpgs3e">${escape_html((void 0)())}</dt><dd class="svelte-1bpgs3e">${escape_html((void 0)())}</dd> <dt class="svelte-1bpgs3e">${escape_html((void 0)())}</dt><dd class="svelte-1bpgs3e">${escape_html((void 0)())}</dd></dl></details></section> <section class="card indicators" aria-labelledby="indicators-title"><div class="section-head svelte-1bpgs3e"><h2 id="indicators-title" class="svelte-1bpgs3e">${escape_html((void 0)())}</h2> <a class="button"${attr("href", indicatorsHref())} download="" data-testid="export-indicators">${escape_html((void 0)())}</a></div> <p class="muted">${escape_html((void 0)())}</p> <nav class="period svelte-1bpgs3e"${attr("aria-label", (void 0)())}><a${attr("href", viewHref(page.url.pathname, filters(), { period: "month" }))}${attr("aria-current", filters().period === "month" ? "true" : void 0)} class="svelte-1bpgs3e">${escape_html((void 0)())}</a> <a${attr("href", viewHref(page.url.pathname, filters(), { period: "quarter" }))}${attr("aria-current", filters().period === "quarter" ? "true" : void 0)} class="svelte-1bpgs3e">${escape_html((void 0)())}</a></nav> `);
		if (data.indicators) {
			$$renderer.push(`<!--[0--><div class="table-wrap tall" tabindex="0" role="region" aria-labelledby="indicators-title"><table class="data" data-testid="indicators"><caption class="visually-hidden">${escape_html((void 0)())}</caption><thead><tr><th scope="col">${escape_html((void 0)())}</th><th scope="col">${escape_html((void 0)())}</th><th scope="col">${escape_html((void 0)())}</th><th scope="col" class="num">${escape_html((void 0)())}</th><th scope="col" class="num">${escape_html((void 0)())}</th></tr></thead><tbody>`);
			const each_array_12 = ensure_array_like(data.indicators.rows);
			if (each_array_12.length !== 0) {
				$$renderer.push("<!--[-->");
				for (let i = 0, $$length = each_array_12.length; i < $$length; i++) {
					let row = each_array_12[i];
					$$renderer.push(`<tr${attr_class("", void 0, { "suppressed": row.suppressed })}><th scope="row">${escape_html(periodLabel(row.period, locale))}</th><td>${escape_html(countryName(row.country, locale))}</td><td>${escape_html(genderLabel(row.gender))}</td><td${attr_class("num", void 0, { "hidden-cell": row.suppressed })}>${escape_html(formatCount(row.participants, locale))}</td><td class="num">${escape_html(formatCount(row.completions, locale))}</td></tr>`);
				}
			} else $$renderer.push(`<!--[!--><tr><td colspan="5" class="muted">${escape_html((void 0)())}</td></tr>`);
			$$renderer.push(`<!--]--></tbody></table></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-rgCItuZj.js.map
