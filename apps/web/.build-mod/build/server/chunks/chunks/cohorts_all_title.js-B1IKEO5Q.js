import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/cohorts_all_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_All_TitleInputs */
var es_cohorts_all_title = () => {
	return `Cohortes`;
};
var en_cohorts_all_title = () => {
	return `Cohorts`;
};
/**
* | output |
* | --- |
* | "Cohorts" |
*
* @param {Cohorts_All_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_all_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_all_title();
	return es_cohorts_all_title();
});

export { cohorts_all_title as c };
//# sourceMappingURL=cohorts_all_title.js-B1IKEO5Q.js.map
