import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/cohort_enrollment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_EnrollmentInputs */
var es_cohort_enrollment = () => {
	return `Inscripción`;
};
var en_cohort_enrollment = () => {
	return `Enrolment`;
};
/**
* | output |
* | --- |
* | "Enrolment" |
*
* @param {Cohort_EnrollmentInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_enrollment = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_enrollment();
	return es_cohort_enrollment();
});

export { cohort_enrollment as c };
//# sourceMappingURL=cohort_enrollment.js-v_X1WQXK.js.map
