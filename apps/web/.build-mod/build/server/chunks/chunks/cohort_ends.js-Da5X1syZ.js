import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/cohort_starts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_StartsInputs */
var es_cohort_starts = () => {
	return `Inicio`;
};
var en_cohort_starts = () => {
	return `Starts`;
};
/**
* | output |
* | --- |
* | "Starts" |
*
* @param {Cohort_StartsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_starts = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_starts();
	return es_cohort_starts();
});
// src/lib/paraglide/messages/cohort_ends.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_EndsInputs */
var es_cohort_ends = () => {
	return `Cierre`;
};
var en_cohort_ends = () => {
	return `Ends`;
};
/**
* | output |
* | --- |
* | "Ends" |
*
* @param {Cohort_EndsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_ends = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_ends();
	return es_cohort_ends();
});

export { cohort_ends as a, cohort_starts as c };
//# sourceMappingURL=cohort_ends.js-Da5X1syZ.js.map
