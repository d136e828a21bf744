import { ai as attr, aj as ensure_array_like, ah as escape_html } from './server.js-BLE87T70.js';
import { e as getLocale } from './runtime.js-B8EFPPLT.js';
import { c as country_group_academy } from './country_group_academy.js-B-Rey_NI.js';
import { o as otherTimeZones, A as ACADEMY_TIME_ZONES } from './schedule.js-DRV8XJJK.js';
import { c as countryName } from './countries.js-BtjWBecQ.js';

// src/lib/paraglide/messages/timezone_group_other.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Timezone_Group_OtherInputs */
var es_timezone_group_other = () => {
	return `Otras zonas horarias`;
};
var en_timezone_group_other = () => {
	return `Other time zones`;
};
/**
* | output |
* | --- |
* | "Other time zones" |
*
* @param {Timezone_Group_OtherInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var timezone_group_other = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_timezone_group_other();
	return es_timezone_group_other();
});
// src/lib/paraglide/messages/cohort_timezone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_TimezoneInputs */
var es_cohort_timezone = () => {
	return `Zona horaria de la cohorte`;
};
var en_cohort_timezone = () => {
	return `Cohort time zone`;
};
/**
* | output |
* | --- |
* | "Cohort time zone" |
*
* @param {Cohort_TimezoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_timezone = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_timezone();
	return es_cohort_timezone();
});
// src/lib/components/TimeZoneSelect.svelte
function TimeZoneSelect($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { id, name = "timezone", value = "America/Tegucigalpa", describedBy, invalid = false } = $$props;
		const locale = getLocale();
		const others = otherTimeZones();
		$$renderer.push(`<select${attr("id", id)}${attr("name", name)} required=""${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}><optgroup${attr("label", country_group_academy())}><!--[-->`);
		const each_array = ensure_array_like(ACADEMY_TIME_ZONES);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let option = each_array[$$index];
			$$renderer.option({
				value: option.zone,
				selected: value === option.zone
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(countryName(option.country, locale))} — ${escape_html(option.zone)} (${escape_html(option.country === "DO" ? "UTC-4" : "UTC-6")})`);
			});
		}
		$$renderer.push(`<!--]--></optgroup><optgroup${attr("label", timezone_group_other())}><!--[-->`);
		const each_array_1 = ensure_array_like(others);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let zone = each_array_1[$$index_1];
			$$renderer.option({
				value: zone,
				selected: value === zone
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(zone)}`);
			});
		}
		$$renderer.push(`<!--]--></optgroup></select>`);
	});
}

export { TimeZoneSelect as T, cohort_timezone as c };
//# sourceMappingURL=TimeZoneSelect.js-BmKuugoI.js.map
