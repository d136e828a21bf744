import { ak as head, ai as attr, ah as escape_html, a1 as derived, aj as ensure_array_like, am as stringify } from '../../../../../chunks/server.js-BLE87T70.js';
import { s as submitting } from '../../../../../chunks/enhance.svelte.js-P9OMnLeB.js';
import { p as page_title } from '../../../../../chunks/page_title.js-DcyKRVla.js';
import { s as select_placeholder } from '../../../../../chunks/select_placeholder.js-BhG-DCiB.js';
import { n as COHORT_STATUSES, E as ENROLLMENT_MODES } from '../../../../../chunks/src.js-BEir3teA.js';
import { b as breadcrumb_label } from '../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { a as countryGroups } from '../../../../../chunks/countries.js-BtjWBecQ.js';
import { c as cohort_countries } from '../../../../../chunks/cohort_countries.js-wtdEhbDm.js';
import { c as cohort_status } from '../../../../../chunks/cohort_status.js-BWssy9Uy.js';
import { c as cohort_course } from '../../../../../chunks/cohort_course.js-Dsa0C97Y.js';
import { c as cohorts_all_title } from '../../../../../chunks/cohorts_all_title.js-B1IKEO5Q.js';
import { c as cohort_enrollment } from '../../../../../chunks/cohort_enrollment.js-v_X1WQXK.js';
import { c as cohort_starts, a as cohort_ends } from '../../../../../chunks/cohort_ends.js-Da5X1syZ.js';
import { e as getLocale } from '../../../../../chunks/runtime.js-B8EFPPLT.js';
import { F as Field } from '../../../../../chunks/Field.js-BOBV9jbg.js';
import { F as FormAlert } from '../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { c as cohort_timezone, T as TimeZoneSelect } from '../../../../../chunks/TimeZoneSelect.js-BmKuugoI.js';
import { c as cohortStatusLabel, e as enrollmentModeLabel } from '../../../../../chunks/catalog-labels.js-DD5M8Enr.js';
import { f as formErrorMessage, a as fieldErrorMessages } from '../../../../../chunks/errors.js-BSO-Lm7a.js';
import { l as localized } from '../../../../../chunks/localized.js-5IdAKyD2.js';
import '../../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../../chunks/index-server.js-CutNbI_-.js';
import '../../../../../chunks/client.js-C3Zw1AhV.js';
import '../../../../../chunks/exports.js-BDUeH8ma.js';
import '../../../../../chunks/internal2.js-B8C7YPNb.js';
import '../../../../../chunks/utils.js-dm2kV1-z.js';
import 'zod';
import '../../../../../chunks/optional.js-BOctzD7Z.js';
import '../../../../../chunks/country_group_academy.js-B-Rey_NI.js';
import '../../../../../chunks/schedule.js-DRV8XJJK.js';
import '../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../../chunks/error_unknown.js-C1rriivB.js';

// src/lib/paraglide/messages/cohort_countries_others.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Countries_OthersInputs */
var es_cohort_countries_others = () => {
	return `Otros países`;
};
var en_cohort_countries_others = () => {
	return `Other countries`;
};
/**
* | output |
* | --- |
* | "Other countries" |
*
* @param {Cohort_Countries_OthersInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_countries_others = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_countries_others();
	return es_cohort_countries_others();
});
// src/lib/paraglide/messages/cohort_countries_others_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Countries_Others_HintInputs */
var es_cohort_countries_others_hint = () => {
	return `Opcional. Mantenga presionada la tecla Ctrl (o Cmd) para elegir varios.`;
};
var en_cohort_countries_others_hint = () => {
	return `Optional. Hold Ctrl (or Cmd) to choose several.`;
};
/**
* | output |
* | --- |
* | "Optional. Hold Ctrl (or Cmd) to choose several." |
*
* @param {Cohort_Countries_Others_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_countries_others_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_countries_others_hint();
	return es_cohort_countries_others_hint();
});
// src/lib/paraglide/messages/cohort_new_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_New_TitleInputs */
var es_cohort_new_title = () => {
	return `Nueva cohorte`;
};
var en_cohort_new_title = () => {
	return `New cohort`;
};
/**
* | output |
* | --- |
* | "New cohort" |
*
* @param {Cohort_New_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_new_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_new_title();
	return es_cohort_new_title();
});
// src/lib/paraglide/messages/cohort_new_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_New_IntroInputs */
var es_cohort_new_intro = () => {
	return `Cree un grupo de un curso, para uno o varios países. Después podrá inscribir a las personas.`;
};
var en_cohort_new_intro = () => {
	return `Create a group for a course, for one or several countries. You can enrol people afterwards.`;
};
/**
* | output |
* | --- |
* | "Create a group for a course, for one or several countries. You can enrol people afterwards." |
*
* @param {Cohort_New_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_new_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_new_intro();
	return es_cohort_new_intro();
});
// src/lib/paraglide/messages/cohort_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_NameInputs */
var es_cohort_name = () => {
	return `Nombre de la cohorte`;
};
var en_cohort_name = () => {
	return `Cohort name`;
};
/**
* | output |
* | --- |
* | "Cohort name" |
*
* @param {Cohort_NameInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_name();
	return es_cohort_name();
});
// src/lib/paraglide/messages/cohort_name_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Name_HintInputs */
var es_cohort_name_hint = () => {
	return `Por ejemplo: Ciberseguridad · Honduras 2027`;
};
var en_cohort_name_hint = () => {
	return `For example: Cybersecurity · Honduras 2027`;
};
/**
* | output |
* | --- |
* | "For example: Cybersecurity · Honduras 2027" |
*
* @param {Cohort_Name_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_name_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_name_hint();
	return es_cohort_name_hint();
});
// src/lib/paraglide/messages/cohort_timezone_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Timezone_HintInputs */
var es_cohort_timezone_hint = () => {
	return `Las fechas de inicio y cierre se leen en esta zona.`;
};
var en_cohort_timezone_hint = () => {
	return `The start and end dates are read in this zone.`;
};
/**
* | output |
* | --- |
* | "The start and end dates are read in this zone." |
*
* @param {Cohort_Timezone_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_timezone_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_timezone_hint();
	return es_cohort_timezone_hint();
});
// src/lib/paraglide/messages/cohort_capacity.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_CapacityInputs */
var es_cohort_capacity = () => {
	return `Cupo`;
};
var en_cohort_capacity = () => {
	return `Capacity`;
};
/**
* | output |
* | --- |
* | "Capacity" |
*
* @param {Cohort_CapacityInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_capacity = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_capacity();
	return es_cohort_capacity();
});
// src/lib/paraglide/messages/cohort_create_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Create_SubmitInputs */
var es_cohort_create_submit = () => {
	return `Crear la cohorte`;
};
var en_cohort_create_submit = () => {
	return `Create the cohort`;
};
/**
* | output |
* | --- |
* | "Create the cohort" |
*
* @param {Cohort_Create_SubmitInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_create_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_create_submit();
	return es_cohort_create_submit();
});
// src/lib/paraglide/messages/cancel.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} CancelInputs */
var es_cancel = () => {
	return `Cancelar`;
};
var en_cancel = () => {
	return `Cancel`;
};
/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {CancelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cancel = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cancel();
	return es_cancel();
});
// src/lib/components/CountryPicker.svelte
function CountryPicker($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { name = "countries", selected = [], error } = $$props;
		const groups = countryGroups(getLocale());
		const chosen = derived(() => new Set(selected));
		$$renderer.push(`<fieldset class="countries svelte-1ykc1es"${attr("aria-describedby", error ? `${name}-error` : void 0)}><legend class="svelte-1ykc1es">${escape_html(cohort_countries())}</legend> <div class="checks svelte-1ykc1es"><!--[-->`);
		const each_array = ensure_array_like(groups.academy);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let option = each_array[$$index];
			$$renderer.push(`<label class="check svelte-1ykc1es"><input type="checkbox"${attr("name", name)}${attr("value", option.code)}${attr("checked", chosen().has(option.code), true)}${attr("aria-invalid", error ? "true" : void 0)} class="svelte-1ykc1es"/> ${escape_html(option.name)}</label>`);
		}
		$$renderer.push(`<!--]--></div> <label class="others-label svelte-1ykc1es"${attr("for", `${stringify(name)}-others`)}>${escape_html(cohort_countries_others())}</label> <p class="hint svelte-1ykc1es"${attr("id", `${stringify(name)}-others-hint`)}>${escape_html(cohort_countries_others_hint())}</p> <select${attr("id", `${stringify(name)}-others`)}${attr("name", name)} multiple="" size="4"${attr("aria-describedby", `${stringify(name)}-others-hint`)}><!--[-->`);
		const each_array_1 = ensure_array_like(groups.others);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let option = each_array_1[$$index_1];
			$$renderer.option({
				value: option.code,
				selected: chosen().has(option.code)
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(option.name)}`);
			});
		}
		$$renderer.push(`<!--]--></select> `);
		if (error) $$renderer.push(`<!--[0--><p class="error svelte-1ykc1es"${attr("id", `${stringify(name)}-error`)}><span aria-hidden="true">⚠</span> ${escape_html(error)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></fieldset>`);
	});
}
// src/routes/(app)/cohorts/new/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const locale = getLocale();
		const pending = submitting();
		const values = derived(() => form?.values);
		const errors = derived(() => fieldErrorMessages(form?.failure?.fields));
		const alert = derived(() => form?.failure ? formErrorMessage(form.failure.code) : null);
		head("208yll", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: cohort_new_title() }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs svelte-208yll"${attr("aria-label", breadcrumb_label())}><a href="/cohorts" class="svelte-208yll">${escape_html(cohorts_all_title())}</a></nav> <header class="page-header"><h1>${escape_html(cohort_new_title())}</h1> <p>${escape_html(cohort_new_intro())}</p></header> <form class="card form narrow svelte-208yll" method="POST" novalidate="">`);
		FormAlert($$renderer, { message: alert() });
		$$renderer.push(`<!----> `);
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
						selected: (values()?.courseId ?? data.courseId) === course.id
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
				$$renderer.push(`<input id="name" name="name" type="text" required="" maxlength="120"${attr("value", values()?.name ?? "")}${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}/>`);
			}
			Field($$renderer, {
				id: "name",
				label: cohort_name(),
				hint: cohort_name_hint(),
				error: errors().name,
				control});
		}
		$$renderer.push(`<!----> `);
		CountryPicker($$renderer, {
			selected: values()?.countries ?? [],
			error: errors().countries
		});
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
				hint: cohort_timezone_hint(),
				error: errors().timezone,
				control});
		}
		$$renderer.push(`<!----> <div class="form-grid">`);
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
		$$renderer.push(`<!----></div> <div class="form-grid">`);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<input id="capacity" name="capacity" type="number" min="1" max="10000" inputmode="numeric"${attr("value", values()?.capacity ?? "")}${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}/>`);
			}
			Field($$renderer, {
				id: "capacity",
				label: cohort_capacity(),
				optional: true,
				error: errors().capacity,
				control});
		}
		$$renderer.push(`<!----> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<select id="status" name="status"${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}><!--[-->`);
				const each_array_1 = ensure_array_like(COHORT_STATUSES);
				for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
					let status = each_array_1[$$index_1];
					$$renderer.option({
						value: status,
						selected: (values()?.status || "planned") === status
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(cohortStatusLabel(status))}`);
					});
				}
				$$renderer.push(`<!--]--></select>`);
			}
			Field($$renderer, {
				id: "status",
				label: cohort_status(),
				error: errors().status,
				control});
		}
		$$renderer.push(`<!----> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<select id="enrollmentMode" name="enrollmentMode"${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}><!--[-->`);
				const each_array_2 = ensure_array_like(ENROLLMENT_MODES);
				for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
					let mode = each_array_2[$$index_2];
					$$renderer.option({
						value: mode,
						selected: (values()?.enrollmentMode || "coordinator") === mode
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(enrollmentModeLabel(mode))}`);
					});
				}
				$$renderer.push(`<!--]--></select>`);
			}
			Field($$renderer, {
				id: "enrollmentMode",
				label: cohort_enrollment(),
				error: errors().enrollmentMode,
				control});
		}
		$$renderer.push(`<!----></div> <div class="form-actions"><button class="button" type="submit"${attr("disabled", pending.active, true)}>${escape_html(cohort_create_submit())}</button> <a href="/cohorts">${escape_html(cancel())}</a></div></form>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Ul0LhPUP.js.map
