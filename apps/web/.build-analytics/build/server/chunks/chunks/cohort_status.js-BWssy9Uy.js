import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/cohort_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_StatusInputs */
var es_cohort_status = () => {
	return `Estado`;
};
var en_cohort_status = () => {
	return `Status`;
};
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Cohort_StatusInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_status = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_status();
	return es_cohort_status();
});

export { cohort_status as c };
//# sourceMappingURL=cohort_status.js-BWssy9Uy.js.map
