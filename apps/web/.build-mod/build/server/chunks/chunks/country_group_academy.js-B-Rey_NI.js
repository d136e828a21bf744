import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/country_group_academy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Country_Group_AcademyInputs */
var es_country_group_academy = () => {
	return `Países de la academia`;
};
var en_country_group_academy = () => {
	return `Academy countries`;
};
/**
* | output |
* | --- |
* | "Academy countries" |
*
* @param {Country_Group_AcademyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var country_group_academy = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_country_group_academy();
	return es_country_group_academy();
});

export { country_group_academy as c };
//# sourceMappingURL=country_group_academy.js-B-Rey_NI.js.map
