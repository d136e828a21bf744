import { ak as head, ai as attr, ah as escape_html, aj as ensure_array_like, a1 as derived } from '../../../../../chunks/server.js-BLE87T70.js';
import { s as submitting } from '../../../../../chunks/enhance.svelte.js-P9OMnLeB.js';
import { p as page_title } from '../../../../../chunks/page_title.js-DcyKRVla.js';
import { s as select_placeholder } from '../../../../../chunks/select_placeholder.js-BhG-DCiB.js';
import { f as field_country } from '../../../../../chunks/field_country.js-BozyTGQq.js';
import { f as field_gender, a as field_sector } from '../../../../../chunks/field_sector.js-BnQkV_d9.js';
import { F as Field } from '../../../../../chunks/Field.js-BOBV9jbg.js';
import { F as FormAlert } from '../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { b as breadcrumb_label } from '../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { c as cohort_course } from '../../../../../chunks/cohort_course.js-Dsa0C97Y.js';
import { c as cohorts_all_title } from '../../../../../chunks/cohorts_all_title.js-B1IKEO5Q.js';
import { c as cohort_starts, a as cohort_ends } from '../../../../../chunks/cohort_ends.js-Da5X1syZ.js';
import { c as cohort_timezone, T as TimeZoneSelect } from '../../../../../chunks/TimeZoneSelect.js-BmKuugoI.js';
import { c as countryName } from '../../../../../chunks/countries.js-BtjWBecQ.js';
import { f as formErrorMessage, a as fieldErrorMessages } from '../../../../../chunks/errors.js-BSO-Lm7a.js';
import { g as genderLabel, s as sectorLabel } from '../../../../../chunks/labels.js-DuJCQrCL.js';
import { l as localized } from '../../../../../chunks/localized.js-5IdAKyD2.js';
import { e as getLocale } from '../../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../../chunks/index-server.js-CutNbI_-.js';
import '../../../../../chunks/client.js-C3Zw1AhV.js';
import '../../../../../chunks/exports.js-BDUeH8ma.js';
import '../../../../../chunks/internal2.js-B8C7YPNb.js';
import '../../../../../chunks/utils.js-dm2kV1-z.js';
import '../../../../../chunks/optional.js-BOctzD7Z.js';
import '../../../../../chunks/country_group_academy.js-B-Rey_NI.js';
import '../../../../../chunks/schedule.js-DRV8XJJK.js';
import '../../../../../chunks/src.js-BEir3teA.js';
import 'zod';
import '../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../../chunks/error_unknown.js-C1rriivB.js';
import '../../../../../chunks/locale_es.js-C_uyAtcI.js';
import '../../../../../chunks/locale_en.js-C5IfUzEZ.js';

// src/lib/paraglide/messages/build_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Build_TitleInputs */
var es_build_title = () => {
	return `Crear cohortes equilibradas`;
};
var en_build_title = () => {
	return `Build balanced cohorts`;
};
/**
* | output |
* | --- |
* | "Build balanced cohorts" |
*
* @param {Build_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_title();
	return es_build_title();
});
// src/lib/paraglide/messages/build_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Build_IntroInputs */
var es_build_intro = () => {
	return `Reparte a las personas inscritas en un curso en varias cohortes de intercambio regional, con proporciones parecidas de país, género y sector. Primero verá la propuesta; nada se crea hasta que la confirme.`;
};
var en_build_intro = () => {
	return `Splits the people enrolled in a course into several cross-country cohorts with similar shares of country, gender and sector. You see the proposal first; nothing is created until you confirm it.`;
};
/**
* | output |
* | --- |
* | "Splits the people enrolled in a course into several cross-country cohorts with similar shares of country, gender and sector. You see the proposal first; noth..." |
*
* @param {Build_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_intro();
	return es_build_intro();
});
// src/lib/paraglide/messages/build_count.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Build_CountInputs */
var es_build_count = () => {
	return `Número de cohortes`;
};
var en_build_count = () => {
	return `Number of cohorts`;
};
/**
* | output |
* | --- |
* | "Number of cohorts" |
*
* @param {Build_CountInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_count = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_count();
	return es_build_count();
});
// src/lib/paraglide/messages/build_prefix.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Build_PrefixInputs */
var es_build_prefix = () => {
	return `Prefijo del nombre`;
};
var en_build_prefix = () => {
	return `Name prefix`;
};
/**
* | output |
* | --- |
* | "Name prefix" |
*
* @param {Build_PrefixInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_prefix = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_prefix();
	return es_build_prefix();
});
// src/lib/paraglide/messages/build_prefix_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Build_Prefix_HintInputs */
var es_build_prefix_hint = () => {
	return `Se numeran: «Prefijo 1», «Prefijo 2»…`;
};
var en_build_prefix_hint = () => {
	return `They are numbered: “Prefix 1”, “Prefix 2”…`;
};
/**
* | output |
* | --- |
* | "They are numbered: “Prefix 1”, “Prefix 2”…" |
*
* @param {Build_Prefix_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_prefix_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_prefix_hint();
	return es_build_prefix_hint();
});
// src/lib/paraglide/messages/build_preview.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Build_PreviewInputs */
var es_build_preview = () => {
	return `Ver la propuesta`;
};
var en_build_preview = () => {
	return `Preview`;
};
/**
* | output |
* | --- |
* | "Preview" |
*
* @param {Build_PreviewInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_preview = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_preview();
	return es_build_preview();
});
// src/lib/paraglide/messages/build_apply.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Build_ApplyInputs */
var es_build_apply = (i) => {
	return `Crear las ${i?.count} cohortes`;
};
var en_build_apply = (i) => {
	return `Create the ${i?.count} cohorts`;
};
/**
* | output |
* | --- |
* | "Create the {count} cohorts" |
*
* @param {Build_ApplyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_apply = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_apply(inputs);
	return es_build_apply(inputs);
});
// src/lib/paraglide/messages/build_applied.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Build_AppliedInputs */
var es_build_applied = (i) => {
	return `Se crearon ${i?.count} cohortes.`;
};
var en_build_applied = (i) => {
	return `${i?.count} cohorts were created.`;
};
/**
* | output |
* | --- |
* | "{count} cohorts were created." |
*
* @param {Build_AppliedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_applied = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_applied(inputs);
	return es_build_applied(inputs);
});
// src/lib/paraglide/messages/build_see_cohorts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Build_See_CohortsInputs */
var es_build_see_cohorts = () => {
	return `Ver las cohortes`;
};
var en_build_see_cohorts = () => {
	return `See the cohorts`;
};
/**
* | output |
* | --- |
* | "See the cohorts" |
*
* @param {Build_See_CohortsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_see_cohorts = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_see_cohorts();
	return es_build_see_cohorts();
});
// src/lib/paraglide/messages/build_preview_ready.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Build_Preview_ReadyInputs */
var es_build_preview_ready = (i) => {
	return `Propuesta lista: ${i?.count} cohortes.`;
};
var en_build_preview_ready = (i) => {
	return `Proposal ready: ${i?.count} cohorts.`;
};
/**
* | output |
* | --- |
* | "Proposal ready: {count} cohorts." |
*
* @param {Build_Preview_ReadyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_preview_ready = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_preview_ready(inputs);
	return es_build_preview_ready(inputs);
});
// src/lib/paraglide/messages/build_preview_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Build_Preview_TitleInputs */
var es_build_preview_title = () => {
	return `Propuesta`;
};
var en_build_preview_title = () => {
	return `Proposal`;
};
/**
* | output |
* | --- |
* | "Proposal" |
*
* @param {Build_Preview_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_preview_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_preview_title();
	return es_build_preview_title();
});
// src/lib/paraglide/messages/build_result_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Build_Result_TitleInputs */
var es_build_result_title = () => {
	return `Cohortes creadas`;
};
var en_build_result_title = () => {
	return `Cohorts created`;
};
/**
* | output |
* | --- |
* | "Cohorts created" |
*
* @param {Build_Result_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_result_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_result_title();
	return es_build_result_title();
});
// src/lib/paraglide/messages/build_pool.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ size: NonNullable<unknown> }} Build_PoolInputs */
var es_build_pool = (i) => {
	return `Personas por repartir: ${i?.size}. Cada celda muestra el número de personas y, entre paréntesis, su proporción en la cohorte; compárela con la fila del total.`;
};
var en_build_pool = (i) => {
	return `People to distribute: ${i?.size}. Each cell shows the number of people and, in brackets, their share of the cohort; compare it with the total row.`;
};
/**
* | output |
* | --- |
* | "People to distribute: {size}. Each cell shows the number of people and, in brackets, their share of the cohort; compare it with the total row." |
*
* @param {Build_PoolInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_pool = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_pool(inputs);
	return es_build_pool(inputs);
});
// src/lib/paraglide/messages/build_table_caption.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ dimension: NonNullable<unknown> }} Build_Table_CaptionInputs */
var es_build_table_caption = (i) => {
	return `Por ${i?.dimension}`;
};
var en_build_table_caption = (i) => {
	return `By ${i?.dimension}`;
};
/**
* | output |
* | --- |
* | "By {dimension}" |
*
* @param {Build_Table_CaptionInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_table_caption = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_table_caption(inputs);
	return es_build_table_caption(inputs);
});
// src/lib/paraglide/messages/build_gap.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ points: NonNullable<unknown> }} Build_GapInputs */
var es_build_gap = (i) => {
	return `(diferencia máxima con el total: ${i?.points} p. p.)`;
};
var en_build_gap = (i) => {
	return `(largest gap from the total: ${i?.points} pp)`;
};
/**
* | output |
* | --- |
* | "(largest gap from the total: {points} pp)" |
*
* @param {Build_GapInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_gap = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_gap(inputs);
	return es_build_gap(inputs);
});
// src/lib/paraglide/messages/build_col_cohort.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Build_Col_CohortInputs */
var es_build_col_cohort = () => {
	return `Cohorte`;
};
var en_build_col_cohort = () => {
	return `Cohort`;
};
/**
* | output |
* | --- |
* | "Cohort" |
*
* @param {Build_Col_CohortInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_col_cohort = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_col_cohort();
	return es_build_col_cohort();
});
// src/lib/paraglide/messages/build_col_size.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Build_Col_SizeInputs */
var es_build_col_size = () => {
	return `Personas`;
};
var en_build_col_size = () => {
	return `People`;
};
/**
* | output |
* | --- |
* | "People" |
*
* @param {Build_Col_SizeInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_col_size = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_col_size();
	return es_build_col_size();
});
// src/lib/paraglide/messages/build_pool_row.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Build_Pool_RowInputs */
var es_build_pool_row = () => {
	return `Total`;
};
var en_build_pool_row = () => {
	return `Total`;
};
/**
* | output |
* | --- |
* | "Total" |
*
* @param {Build_Pool_RowInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var build_pool_row = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_build_pool_row();
	return es_build_pool_row();
});
// src/lib/cohorts/balance.ts
/** The categories of a dimension, largest in the pool first, so each cohort's row reads against the pool's. */
function categoriesOf(table, dimension) {
	return Object.entries(table.pool[dimension]).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([key]) => key);
}
/** A share in whole percent (0 when the total is 0). */
function share(count, total) {
	return total > 0 ? Math.round((count ?? 0) / total * 100) : 0;
}
/**
* The largest gap, in percentage points, between any cohort's share of a category and the pool's share: one number
* telling how even the proposal is.
*/
function largestGap(table, dimension) {
	let gap = 0;
	for (const key of categoriesOf(table, dimension)) {
		const poolShare = share(table.pool[dimension][key], table.pool.size);
		for (const cohort of table.cohorts) gap = Math.max(gap, Math.abs(share(cohort[dimension][key], cohort.size) - poolShare));
	}
	return gap;
}
// src/routes/(app)/cohorts/build/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const locale = getLocale();
		const pending = submitting();
		const values = derived(() => form?.values);
		const errors = derived(() => fieldErrorMessages(form && "failure" in form ? form.failure?.fields : void 0));
		const alert = derived(() => form && "failure" in form && form.failure ? formErrorMessage(form.failure.code) : null);
		const table = derived(() => form && "table" in form ? form.table : null);
		const dimensions = [
			{
				key: "byCountry",
				title: field_country,
				label: (key) => countryName(key, locale)
			},
			{
				key: "byGender",
				title: field_gender,
				label: (key) => genderLabel(key)
			},
			{
				key: "bySector",
				title: field_sector,
				label: (key) => sectorLabel(key)
			}
		];
		head("19ce01r", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: build_title() }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs svelte-19ce01r"${attr("aria-label", breadcrumb_label())}><a href="/cohorts" class="svelte-19ce01r">${escape_html(cohorts_all_title())}</a></nav> <header class="page-header"><h1>${escape_html(build_title())}</h1> <p>${escape_html(build_intro())}</p></header> <form class="card form" method="POST" action="?/preview" novalidate="">`);
		FormAlert($$renderer, { message: alert() });
		$$renderer.push(`<!----> <div class="form-grid">`);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<select id="courseId" name="courseId" required=""${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}>`);
				$$renderer.option({ value: "" }, ($$renderer) => {
					$$renderer.push(`${escape_html(select_placeholder())}`);
				});
				$$renderer.push(`<!--[-->`);
				const each_array = ensure_array_like(data.courses);
				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let course = each_array[$$index];
					$$renderer.option({
						value: course.id,
						selected: values()?.courseId === course.id
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(localized(course.title, locale))}`);
					});
				}
				$$renderer.push(`<!--]--></select>`);
			}
			Field($$renderer, {
				id: "courseId",
				label: cohort_course(),
				error: errors().courseId,
				control});
		}
		$$renderer.push(`<!----> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<input id="cohortCount" name="cohortCount" type="number" min="2" max="50" required=""${attr("value", values()?.cohortCount ?? "4")}${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}/>`);
			}
			Field($$renderer, {
				id: "cohortCount",
				label: build_count(),
				error: errors().cohortCount,
				control});
		}
		$$renderer.push(`<!----> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<input id="namePrefix" name="namePrefix" type="text" required="" maxlength="100"${attr("value", values()?.namePrefix ?? "")}${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}/>`);
			}
			Field($$renderer, {
				id: "namePrefix",
				label: build_prefix(),
				hint: build_prefix_hint(),
				error: errors().namePrefix,
				control});
		}
		$$renderer.push(`<!----></div> <div class="form-grid">`);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<input id="startsAt" name="startsAt" type="datetime-local" required=""${attr("value", values()?.startsAt ?? "")}${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}/>`);
			}
			Field($$renderer, {
				id: "startsAt",
				label: cohort_starts(),
				error: errors().startsAt,
				control});
		}
		$$renderer.push(`<!----> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<input id="endsAt" name="endsAt" type="datetime-local" required=""${attr("value", values()?.endsAt ?? "")}${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}/>`);
			}
			Field($$renderer, {
				id: "endsAt",
				label: cohort_ends(),
				error: errors().endsAt,
				control});
		}
		$$renderer.push(`<!----> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				TimeZoneSelect($$renderer, {
					id: "timezone",
					value: values()?.timezone || "America/Tegucigalpa",
					describedBy,
					invalid
				});
			}
			Field($$renderer, {
				id: "timezone",
				label: cohort_timezone(),
				error: errors().timezone,
				control});
		}
		$$renderer.push(`<!----></div> <div class="form-actions"><button class="button" type="submit"${attr("disabled", pending.active, true)}>${escape_html(build_preview())}</button> `);
		if (table() && !table().applied) $$renderer.push(`<!--[0--><button class="button button-apply svelte-19ce01r" type="submit" formaction="?/apply"${attr("disabled", pending.active, true)}>${escape_html(build_apply({ count: table().cohorts.length }))}</button>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></form> <div role="status" aria-live="polite" class="live svelte-19ce01r">`);
		if (table()?.applied) $$renderer.push(`<!--[0--><p class="card applied svelte-19ce01r">${escape_html(build_applied({ count: table().createdCohortIds.length }))} <a href="/cohorts">${escape_html(build_see_cohorts())}</a></p>`);
		else if (table()) $$renderer.push(`<!--[1--><p class="visually-hidden">${escape_html(build_preview_ready({ count: table().cohorts.length }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> `);
		if (table()) {
			$$renderer.push(`<!--[0--><section class="card preview svelte-19ce01r" aria-labelledby="preview-title" data-testid="balance-preview"><h2 id="preview-title" class="svelte-19ce01r">${escape_html(table().applied ? build_result_title() : build_preview_title())}</h2> <p class="muted svelte-19ce01r">${escape_html(build_pool({ size: table().pool.size }))}</p> <!--[-->`);
			const each_array_1 = ensure_array_like(dimensions);
			for (let $$index_5 = 0, $$length = each_array_1.length; $$index_5 < $$length; $$index_5++) {
				let dimension = each_array_1[$$index_5];
				const keys = categoriesOf(table(), dimension.key);
				if (keys.length > 0) {
					$$renderer.push(`<!--[0--><div class="table-wrap svelte-19ce01r" tabindex="0" role="region"${attr("aria-label", build_table_caption({ dimension: dimension.title().toLocaleLowerCase(locale) }))}><table class="svelte-19ce01r"><caption class="svelte-19ce01r">${escape_html(build_table_caption({ dimension: dimension.title().toLocaleLowerCase(locale) }))} <span class="gap svelte-19ce01r">${escape_html(build_gap({ points: largestGap(table(), dimension.key) }))}</span></caption><thead class="svelte-19ce01r"><tr><th scope="col" class="svelte-19ce01r">${escape_html(build_col_cohort())}</th><th scope="col" class="num svelte-19ce01r">${escape_html(build_col_size())}</th><!--[-->`);
					const each_array_2 = ensure_array_like(keys);
					for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
						let key = each_array_2[$$index_1];
						$$renderer.push(`<th scope="col" class="num svelte-19ce01r">${escape_html(dimension.label(key))}</th>`);
					}
					$$renderer.push(`<!--]--></tr></thead><tbody><tr class="pool svelte-19ce01r"><th scope="row" class="svelte-19ce01r">${escape_html(build_pool_row())}</th><td class="num svelte-19ce01r">${escape_html(table().pool.size)}</td><!--[-->`);
					const each_array_3 = ensure_array_like(keys);
					for (let $$index_2 = 0, $$length = each_array_3.length; $$index_2 < $$length; $$index_2++) {
						let key = each_array_3[$$index_2];
						$$renderer.push(`<td class="num svelte-19ce01r">${escape_html(table().pool[dimension.key][key] ?? 0)} <span class="pct svelte-19ce01r">(${escape_html(share(table().pool[dimension.key][key], table().pool.size))} %)</span></td>`);
					}
					$$renderer.push(`<!--]--></tr><!--[-->`);
					const each_array_4 = ensure_array_like(table().cohorts);
					for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
						let cohort = each_array_4[$$index_4];
						$$renderer.push(`<tr><th scope="row" class="svelte-19ce01r">${escape_html(cohort.name)}</th><td class="num svelte-19ce01r">${escape_html(cohort.size)}</td><!--[-->`);
						const each_array_5 = ensure_array_like(keys);
						for (let $$index_3 = 0, $$length = each_array_5.length; $$index_3 < $$length; $$index_3++) {
							let key = each_array_5[$$index_3];
							$$renderer.push(`<td class="num svelte-19ce01r">${escape_html(cohort[dimension.key][key] ?? 0)} <span class="pct svelte-19ce01r">(${escape_html(share(cohort[dimension.key][key], cohort.size))} %)</span></td>`);
						}
						$$renderer.push(`<!--]--></tr>`);
					}
					$$renderer.push(`<!--]--></tbody></table></div>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			}
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CzpzZ1Gu.js.map
