import { ak as head, ai as attr, am as stringify, ah as escape_html, aj as ensure_array_like, a1 as derived } from '../../../../../../chunks/server.js-BLE87T70.js';
import { s as submitting } from '../../../../../../chunks/enhance.svelte.js-P9OMnLeB.js';
import { p as page_title } from '../../../../../../chunks/page_title.js-DcyKRVla.js';
import { M as MEMBER_ROLES } from '../../../../../../chunks/src.js-BEir3teA.js';
import { e as error_unknown } from '../../../../../../chunks/error_unknown.js-C1rriivB.js';
import { c as courses_search_submit } from '../../../../../../chunks/courses_search_submit.js-B8ZAQo_E.js';
import { b as breadcrumb_label } from '../../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { F as Field } from '../../../../../../chunks/Field.js-BOBV9jbg.js';
import { F as FormAlert } from '../../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { m as memberRoleLabel } from '../../../../../../chunks/catalog-labels.js-DD5M8Enr.js';
import { c as countryName } from '../../../../../../chunks/countries.js-BtjWBecQ.js';
import { f as formErrorMessage, a as fieldErrorMessages } from '../../../../../../chunks/errors.js-BSO-Lm7a.js';
import { e as getLocale } from '../../../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../../../chunks/index-server.js-CutNbI_-.js';
import '../../../../../../chunks/client.js-C3Zw1AhV.js';
import '../../../../../../chunks/exports.js-BDUeH8ma.js';
import '../../../../../../chunks/internal2.js-B8C7YPNb.js';
import '../../../../../../chunks/utils.js-dm2kV1-z.js';
import 'zod';
import '../../../../../../chunks/optional.js-BOctzD7Z.js';
import '../../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../../../../chunks/error_unavailable.js-uIGIVP0X.js';

// src/lib/paraglide/messages/cohort_created.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_CreatedInputs */
var es_cohort_created = () => {
	return `La cohorte fue creada. Ahora puede inscribir a las personas.`;
};
var en_cohort_created = () => {
	return `The cohort was created. You can now enrol people.`;
};
/**
* | output |
* | --- |
* | "The cohort was created. You can now enrol people." |
*
* @param {Cohort_CreatedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_created = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_created();
	return es_cohort_created();
});
// src/lib/paraglide/messages/enrol_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ cohort: NonNullable<unknown> }} Enrol_TitleInputs */
var es_enrol_title = (i) => {
	return `Inscribir en ${i?.cohort}`;
};
var en_enrol_title = (i) => {
	return `Enrol in ${i?.cohort}`;
};
/**
* | output |
* | --- |
* | "Enrol in {cohort}" |
*
* @param {Enrol_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var enrol_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_enrol_title(inputs);
	return es_enrol_title(inputs);
});
// src/lib/paraglide/messages/enrol_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Enrol_IntroInputs */
var es_enrol_intro = (i) => {
	return `Inscriba a una persona o importe una lista en CSV. Participantes actuales: ${i?.count}.`;
};
var en_enrol_intro = (i) => {
	return `Enrol one person or import a CSV roster. Current members: ${i?.count}.`;
};
/**
* | output |
* | --- |
* | "Enrol one person or import a CSV roster. Current members: {count}." |
*
* @param {Enrol_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var enrol_intro = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_enrol_intro(inputs);
	return es_enrol_intro(inputs);
});
// src/lib/paraglide/messages/enrol_one_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Enrol_One_TitleInputs */
var es_enrol_one_title = () => {
	return `Inscribir a una persona`;
};
var en_enrol_one_title = () => {
	return `Enrol one person`;
};
/**
* | output |
* | --- |
* | "Enrol one person" |
*
* @param {Enrol_One_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var enrol_one_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_enrol_one_title();
	return es_enrol_one_title();
});
// src/lib/paraglide/messages/enrol_search_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Enrol_Search_LabelInputs */
var es_enrol_search_label = () => {
	return `Buscar por nombre o correo electrónico`;
};
var en_enrol_search_label = () => {
	return `Search by name or email`;
};
/**
* | output |
* | --- |
* | "Search by name or email" |
*
* @param {Enrol_Search_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var enrol_search_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_enrol_search_label();
	return es_enrol_search_label();
});
// src/lib/paraglide/messages/enrol_search_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Enrol_Search_NoneInputs */
var es_enrol_search_none = () => {
	return `No se encontró a nadie con esa búsqueda.`;
};
var en_enrol_search_none = () => {
	return `Nobody matches that search.`;
};
/**
* | output |
* | --- |
* | "Nobody matches that search." |
*
* @param {Enrol_Search_NoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var enrol_search_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_enrol_search_none();
	return es_enrol_search_none();
});
// src/lib/paraglide/messages/enrol_pick_person.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Enrol_Pick_PersonInputs */
var es_enrol_pick_person = () => {
	return `Seleccione a la persona`;
};
var en_enrol_pick_person = () => {
	return `Choose the person`;
};
/**
* | output |
* | --- |
* | "Choose the person" |
*
* @param {Enrol_Pick_PersonInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var enrol_pick_person = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_enrol_pick_person();
	return es_enrol_pick_person();
});
// src/lib/paraglide/messages/enrol_role.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Enrol_RoleInputs */
var es_enrol_role = () => {
	return `Rol en la cohorte`;
};
var en_enrol_role = () => {
	return `Role in the cohort`;
};
/**
* | output |
* | --- |
* | "Role in the cohort" |
*
* @param {Enrol_RoleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var enrol_role = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_enrol_role();
	return es_enrol_role();
});
// src/lib/paraglide/messages/enrol_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Enrol_SubmitInputs */
var es_enrol_submit = () => {
	return `Inscribir`;
};
var en_enrol_submit = () => {
	return `Enrol`;
};
/**
* | output |
* | --- |
* | "Enrol" |
*
* @param {Enrol_SubmitInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var enrol_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_enrol_submit();
	return es_enrol_submit();
});
// src/lib/paraglide/messages/enrol_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown> }} Enrol_DoneInputs */
var es_enrol_done = (i) => {
	return `${i?.name} quedó inscrita o inscrito como ${i?.role}.`;
};
var en_enrol_done = (i) => {
	return `${i?.name} is enrolled as ${i?.role}.`;
};
/**
* | output |
* | --- |
* | "{name} is enrolled as {role}." |
*
* @param {Enrol_DoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var enrol_done = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_enrol_done(inputs);
	return es_enrol_done(inputs);
});
// src/lib/paraglide/messages/import_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Import_TitleInputs */
var es_import_title = () => {
	return `Importar una lista CSV`;
};
var en_import_title = () => {
	return `Import a CSV roster`;
};
/**
* | output |
* | --- |
* | "Import a CSV roster" |
*
* @param {Import_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var import_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_import_title();
	return es_import_title();
});
// src/lib/paraglide/messages/import_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Import_IntroInputs */
var es_import_intro = () => {
	return `Una fila de encabezados y una persona por fila. Las cuentas que no existen se crean; las filas con errores se informan y el resto se inscribe.`;
};
var en_import_intro = () => {
	return `A header row and one person per row. Missing accounts are created; rows with errors are reported and the rest are enrolled.`;
};
/**
* | output |
* | --- |
* | "A header row and one person per row. Missing accounts are created; rows with errors are reported and the rest are enrolled." |
*
* @param {Import_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var import_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_import_intro();
	return es_import_intro();
});
// src/lib/paraglide/messages/import_file_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Import_File_LabelInputs */
var es_import_file_label = () => {
	return `Archivo CSV`;
};
var en_import_file_label = () => {
	return `CSV file`;
};
/**
* | output |
* | --- |
* | "CSV file" |
*
* @param {Import_File_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var import_file_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_import_file_label();
	return es_import_file_label();
});
// src/lib/paraglide/messages/import_text_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Import_Text_LabelInputs */
var es_import_text_label = () => {
	return `Contenido del CSV`;
};
var en_import_text_label = () => {
	return `CSV content`;
};
/**
* | output |
* | --- |
* | "CSV content" |
*
* @param {Import_Text_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var import_text_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_import_text_label();
	return es_import_text_label();
});
// src/lib/paraglide/messages/import_text_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Import_Text_HintInputs */
var es_import_text_hint = () => {
	return `Se completa al elegir el archivo; también puede pegarlo aquí.`;
};
var en_import_text_hint = () => {
	return `Filled in when you choose the file; you can also paste it here.`;
};
/**
* | output |
* | --- |
* | "Filled in when you choose the file; you can also paste it here." |
*
* @param {Import_Text_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var import_text_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_import_text_hint();
	return es_import_text_hint();
});
// src/lib/paraglide/messages/import_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Import_SubmitInputs */
var es_import_submit = () => {
	return `Importar`;
};
var en_import_submit = () => {
	return `Import`;
};
/**
* | output |
* | --- |
* | "Import" |
*
* @param {Import_SubmitInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var import_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_import_submit();
	return es_import_submit();
});
// src/lib/paraglide/messages/import_report_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Import_Report_TitleInputs */
var es_import_report_title = () => {
	return `Resultado de la importación`;
};
var en_import_report_title = () => {
	return `Import report`;
};
/**
* | output |
* | --- |
* | "Import report" |
*
* @param {Import_Report_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var import_report_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_import_report_title();
	return es_import_report_title();
});
// src/lib/paraglide/messages/enrol_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Enrol_FoundInputs */
var es_enrol_found = (i) => {
	return `${i?.count} encontradas; se muestran como máximo 20`;
};
var en_enrol_found = (i) => {
	return `${i?.count} found; at most 20 are shown`;
};
/**
* | output |
* | --- |
* | "{count} found; at most 20 are shown" |
*
* @param {Enrol_FoundInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var enrol_found = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_enrol_found(inputs);
	return es_enrol_found(inputs);
});
// src/routes/(app)/cohorts/[id]/enrol/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const locale = getLocale();
		const enrolling = submitting();
		const importing = submitting();
		const enrolResult = derived(() => form && "enrol" in form ? form.enrol : null);
		const enrolAlert = derived(() => enrolResult() && "failure" in enrolResult() && enrolResult().failure ? formErrorMessage(enrolResult().failure.code) : null);
		const enrolDone = derived(() => enrolResult() && "done" in enrolResult() && enrolResult().done ? enrol_done({
			name: enrolResult().done.displayName,
			role: memberRoleLabel(enrolResult().done.role)
		}) : null);
		const importResult = derived(() => form && "import" in form ? form.import : null);
		const importErrors = derived(() => importResult() && "failure" in importResult() ? fieldErrorMessages(importResult().failure?.fields) : {});
		const importAlert = derived(() => importResult() && "failure" in importResult() && importResult().failure ? formErrorMessage(importResult().failure.code) : null);
		let csvText = "";
		head("kw8l0d", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: enrol_title({ cohort: data.cohort.name }) }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs svelte-kw8l0d"${attr("aria-label", breadcrumb_label())}><a${attr("href", `/cohorts/${stringify(data.cohort.id)}`)} class="svelte-kw8l0d">${escape_html(data.cohort.name)}</a></nav> <header class="page-header"><h1>${escape_html(enrol_title({ cohort: data.cohort.name }))}</h1> <p>${escape_html(enrol_intro({ count: data.cohort.memberCount }))}</p></header> `);
		FormAlert($$renderer, {
			tone: "success",
			message: data.created ? cohort_created() : null
		});
		$$renderer.push(`<!----> <div class="layout svelte-kw8l0d"><section class="card" aria-labelledby="one-title"><h2 id="one-title">${escape_html(enrol_one_title())}</h2> <form method="GET" class="search svelte-kw8l0d" role="search"><label for="who" class="svelte-kw8l0d">${escape_html(enrol_search_label())}</label> <div class="row svelte-kw8l0d"><input id="who" name="who" type="search"${attr("value", data.who)} minlength="2" maxlength="80" class="svelte-kw8l0d"/> <button class="button button-secondary" type="submit">${escape_html(courses_search_submit())}</button></div></form> `);
		if (data.who) {
			$$renderer.push("<!--[0-->");
			if (data.people.length === 0) $$renderer.push(`<!--[0--><p class="muted" role="status">${escape_html(data.searchFailed ? error_unknown() : enrol_search_none())}</p>`);
			else {
				$$renderer.push(`<!--[-1--><form method="POST" action="?/enrol" class="form svelte-kw8l0d"><fieldset><legend>${escape_html(enrol_pick_person())} <span class="found svelte-kw8l0d">(${escape_html(enrol_found({ count: data.people.length }))})</span></legend> <ul class="people svelte-kw8l0d"><!--[-->`);
				const each_array = ensure_array_like(data.people);
				for (let index = 0, $$length = each_array.length; index < $$length; index++) {
					let person = each_array[index];
					$$renderer.push(`<li><label class="svelte-kw8l0d"><input type="radio" name="userId"${attr("value", person.id)}${attr("checked", index === 0, true)} class="svelte-kw8l0d"/> <span><strong>${escape_html(person.displayName)}</strong> <span class="muted svelte-kw8l0d">${escape_html(person.email)} · ${escape_html(countryName(person.country, locale))}</span></span></label></li>`);
				}
				$$renderer.push(`<!--]--></ul></fieldset> `);
				{
					function control($$renderer, { describedBy }) {
						$$renderer.push(`<select id="role" name="role"${attr("aria-describedby", describedBy)}><!--[-->`);
						const each_array_1 = ensure_array_like(MEMBER_ROLES);
						for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
							let role = each_array_1[$$index_1];
							$$renderer.option({ value: role }, ($$renderer) => {
								$$renderer.push(`${escape_html(memberRoleLabel(role))}`);
							});
						}
						$$renderer.push(`<!--]--></select>`);
					}
					Field($$renderer, {
						id: "role",
						label: enrol_role(),
						control});
				}
				$$renderer.push(`<!----> `);
				FormAlert($$renderer, { message: enrolAlert() });
				$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit"${attr("disabled", enrolling.active, true)}>${escape_html(enrol_submit())}</button></div></form>`);
			}
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		FormAlert($$renderer, {
			tone: "success",
			message: enrolDone()
		});
		$$renderer.push(`<!----></section> <section class="card" aria-labelledby="csv-title"><h2 id="csv-title">${escape_html(import_title())}</h2> <p class="muted">${escape_html(import_intro())}</p> <p class="columns svelte-kw8l0d"><code class="svelte-kw8l0d">email,name,country,gender,sector,organisation</code></p> <form method="POST" action="?/import" class="form svelte-kw8l0d"><div class="field svelte-kw8l0d"><label for="csv-file" class="svelte-kw8l0d">${escape_html(import_file_label())}</label> <input id="csv-file" type="file" accept=".csv,text/csv,text/plain" class="svelte-kw8l0d"/> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<textarea id="csv" name="csv" rows="8" spellcheck="false"${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)} class="svelte-kw8l0d">`);
				const $$body = escape_html(csvText);
				if ($$body) $$renderer.push(`${$$body}`);
				$$renderer.push(`</textarea>`);
			}
			Field($$renderer, {
				id: "csv",
				label: import_text_label(),
				hint: import_text_hint(),
				error: importErrors().csv,
				control});
		}
		$$renderer.push(`<!----> `);
		FormAlert($$renderer, { message: importAlert() });
		$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit"${attr("disabled", importing.active || false, true)}>${escape_html(import_submit())}</button></div></form></section></div> <section class="card report-card svelte-kw8l0d" aria-labelledby="report-title"${attr("hidden", true)}><h2 id="report-title">${escape_html(import_report_title())}</h2> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-xojZGmHG.js.map
