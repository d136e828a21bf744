import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/cohort_course.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_CourseInputs */
var es_cohort_course = () => {
	return `Curso`;
};
var en_cohort_course = () => {
	return `Course`;
};
/**
* | output |
* | --- |
* | "Course" |
*
* @param {Cohort_CourseInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_course = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_course();
	return es_cohort_course();
});

export { cohort_course as c };
//# sourceMappingURL=cohort_course.js-Dsa0C97Y.js.map
