import { ai as attr, ah as escape_html, aj as ensure_array_like, a1 as derived } from './server.js-BLE87T70.js';
import { e as getLocale } from './runtime.js-B8EFPPLT.js';
import { s as select_placeholder } from './select_placeholder.js-BhG-DCiB.js';
import { f as field_country } from './field_country.js-BozyTGQq.js';
import { c as country_group_academy } from './country_group_academy.js-B-Rey_NI.js';
import { c as country_group_other } from './country_group_other.js-DJx8yktl.js';
import { a as field_sector, f as field_gender } from './field_sector.js-BnQkV_d9.js';
import { s as sectorLabel, g as genderLabel, l as localeLabel } from './labels.js-DuJCQrCL.js';
import { m as SECTORS, G as GENDERS, L as LOCALES } from './src.js-BEir3teA.js';
import { a as countryGroups } from './countries.js-BtjWBecQ.js';
import { F as Field } from './Field.js-BOBV9jbg.js';

// src/lib/paraglide/messages/field_displayname1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_Displayname1Inputs */
var es_field_displayname1 = () => {
	return `Nombre para mostrar`;
};
var en_field_displayname1 = () => {
	return `Display name`;
};
/**
* | output |
* | --- |
* | "Display name" |
*
* @param {Field_Displayname1Inputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var field_displayname1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_field_displayname1();
	return es_field_displayname1();
});
// src/lib/paraglide/messages/field_displayname_hint1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_Displayname_Hint1Inputs */
var es_field_displayname_hint1 = () => {
	return `Así le verán sus colegas en los foros y las sesiones en vivo.`;
};
var en_field_displayname_hint1 = () => {
	return `How colleagues will see you in forums and live sessions.`;
};
/**
* | output |
* | --- |
* | "How colleagues will see you in forums and live sessions." |
*
* @param {Field_Displayname_Hint1Inputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var field_displayname_hint1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_field_displayname_hint1();
	return es_field_displayname_hint1();
});
// src/lib/paraglide/messages/field_gender_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_Gender_HintInputs */
var es_field_gender_hint = () => {
	return `Se usa de forma agregada para los informes con enfoque de género.`;
};
var en_field_gender_hint = () => {
	return `Used in aggregate for gender-sensitive reporting.`;
};
/**
* | output |
* | --- |
* | "Used in aggregate for gender-sensitive reporting." |
*
* @param {Field_Gender_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var field_gender_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_field_gender_hint();
	return es_field_gender_hint();
});
// src/lib/paraglide/messages/field_gendertext1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_Gendertext1Inputs */
var es_field_gendertext1 = () => {
	return `Describa su género`;
};
var en_field_gendertext1 = () => {
	return `Describe your gender`;
};
/**
* | output |
* | --- |
* | "Describe your gender" |
*
* @param {Field_Gendertext1Inputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var field_gendertext1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_field_gendertext1();
	return es_field_gendertext1();
});
// src/lib/paraglide/messages/field_organization.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_OrganizationInputs */
var es_field_organization = () => {
	return `Institución u organización`;
};
var en_field_organization = () => {
	return `Institution or organisation`;
};
/**
* | output |
* | --- |
* | "Institution or organisation" |
*
* @param {Field_OrganizationInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var field_organization = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_field_organization();
	return es_field_organization();
});
// src/lib/paraglide/messages/field_locale.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_LocaleInputs */
var es_field_locale = () => {
	return `Idioma preferido`;
};
var en_field_locale = () => {
	return `Preferred language`;
};
/**
* | output |
* | --- |
* | "Preferred language" |
*
* @param {Field_LocaleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var field_locale = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_field_locale();
	return es_field_locale();
});
// src/lib/components/ProfileFields.svelte
function ProfileFields($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Worded field errors, by field name. */
		let { values = {}, errors = {} } = $$props;
		let gender = values.gender ?? "";
		const countries = derived(() => countryGroups(getLocale()));
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<input id="displayName" name="displayName" type="text" autocomplete="name" required="" maxlength="80"${attr("value", values.displayName ?? "")}${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}/>`);
			}
			Field($$renderer, {
				id: "displayName",
				label: field_displayname1(),
				hint: field_displayname_hint1(),
				error: errors.displayName,
				control});
		}
		$$renderer.push(`<!----> <div class="form-grid">`);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<select id="country" name="country" required="" autocomplete="country"${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}>`);
				$$renderer.option({
					value: "",
					selected: !values.country
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(select_placeholder())}`);
				});
				$$renderer.push(`<optgroup${attr("label", country_group_academy())}><!--[-->`);
				const each_array = ensure_array_like(countries().academy);
				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let option = each_array[$$index];
					$$renderer.option({
						value: option.code,
						selected: values.country === option.code
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(option.name)}`);
					});
				}
				$$renderer.push(`<!--]--></optgroup><optgroup${attr("label", country_group_other())}><!--[-->`);
				const each_array_1 = ensure_array_like(countries().others);
				for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
					let option = each_array_1[$$index_1];
					$$renderer.option({
						value: option.code,
						selected: values.country === option.code
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(option.name)}`);
					});
				}
				$$renderer.push(`<!--]--></optgroup></select>`);
			}
			Field($$renderer, {
				id: "country",
				label: field_country(),
				error: errors.country,
				control});
		}
		$$renderer.push(`<!----> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<select id="sector" name="sector" required=""${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}>`);
				$$renderer.option({
					value: "",
					selected: !values.sector
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(select_placeholder())}`);
				});
				$$renderer.push(`<!--[-->`);
				const each_array_2 = ensure_array_like(SECTORS);
				for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
					let sector = each_array_2[$$index_2];
					$$renderer.option({
						value: sector,
						selected: values.sector === sector
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(sectorLabel(sector))}`);
					});
				}
				$$renderer.push(`<!--]--></select>`);
			}
			Field($$renderer, {
				id: "sector",
				label: field_sector(),
				error: errors.sector,
				control});
		}
		$$renderer.push(`<!----></div> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.select({
					id: "gender",
					name: "gender",
					required: true,
					value: gender,
					"aria-describedby": describedBy,
					"aria-invalid": invalid
				}, ($$renderer) => {
					$$renderer.option({ value: "" }, ($$renderer) => {
						$$renderer.push(`${escape_html(select_placeholder())}`);
					});
					$$renderer.push(`<!--[-->`);
					const each_array_3 = ensure_array_like(GENDERS);
					for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
						let option = each_array_3[$$index_3];
						$$renderer.option({ value: option }, ($$renderer) => {
							$$renderer.push(`${escape_html(genderLabel(option))}`);
						});
					}
					$$renderer.push(`<!--]-->`);
				});
			}
			Field($$renderer, {
				id: "gender",
				label: field_gender(),
				hint: field_gender_hint(),
				error: errors.gender,
				control});
		}
		$$renderer.push(`<!----> `);
		if (gender === "self_described") {
			$$renderer.push("<!--[0-->");
			{
				function control($$renderer, { describedBy, invalid }) {
					$$renderer.push(`<input id="genderText" name="genderText" type="text" required="" maxlength="60"${attr("value", values.genderText ?? "")}${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}/>`);
				}
				Field($$renderer, {
					id: "genderText",
					label: field_gendertext1(),
					error: errors.genderText,
					control});
			}
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<input id="organization" name="organization" type="text" autocomplete="organization" maxlength="120"${attr("value", values.organization ?? "")}${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}/>`);
			}
			Field($$renderer, {
				id: "organization",
				label: field_organization(),
				optional: true,
				error: errors.organization,
				control});
		}
		$$renderer.push(`<!----> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<select id="locale" name="locale"${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}><!--[-->`);
				const each_array_4 = ensure_array_like(LOCALES);
				for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
					let option = each_array_4[$$index_4];
					$$renderer.option({
						value: option,
						lang: option,
						selected: (values.locale || getLocale()) === option
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(localeLabel(option))}`);
					});
				}
				$$renderer.push(`<!--]--></select>`);
			}
			Field($$renderer, {
				id: "locale",
				label: field_locale(),
				error: errors.locale,
				control});
		}
		$$renderer.push(`<!---->`);
	});
}

export { ProfileFields as P };
//# sourceMappingURL=ProfileFields.js-Cc-xHqd7.js.map
