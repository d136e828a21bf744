import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/cohort_countries.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_CountriesInputs */
var es_cohort_countries = () => {
	return `Países`;
};
var en_cohort_countries = () => {
	return `Countries`;
};
/**
* | output |
* | --- |
* | "Countries" |
*
* @param {Cohort_CountriesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_countries = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_countries();
	return es_cohort_countries();
});

export { cohort_countries as c };
//# sourceMappingURL=cohort_countries.js-wtdEhbDm.js.map
