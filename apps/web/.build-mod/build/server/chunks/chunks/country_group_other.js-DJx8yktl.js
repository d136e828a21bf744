import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/country_group_other.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Country_Group_OtherInputs */
var es_country_group_other = () => {
	return `Otros países`;
};
var en_country_group_other = () => {
	return `Other countries`;
};
/**
* | output |
* | --- |
* | "Other countries" |
*
* @param {Country_Group_OtherInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var country_group_other = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_country_group_other();
	return es_country_group_other();
});

export { country_group_other as c };
//# sourceMappingURL=country_group_other.js-DJx8yktl.js.map
