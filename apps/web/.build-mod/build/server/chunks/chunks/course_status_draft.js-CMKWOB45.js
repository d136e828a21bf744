import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/courses_topics_of.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Courses_Topics_OfInputs */
var es_courses_topics_of = () => {
	return `Temas`;
};
var en_courses_topics_of = () => {
	return `Topics`;
};
/**
* | output |
* | --- |
* | "Topics" |
*
* @param {Courses_Topics_OfInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_topics_of = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_topics_of();
	return es_courses_topics_of();
});
// src/lib/paraglide/messages/course_status_draft.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_Status_DraftInputs */
var es_course_status_draft = () => {
	return `Borrador`;
};
var en_course_status_draft = () => {
	return `Draft`;
};
/**
* | output |
* | --- |
* | "Draft" |
*
* @param {Course_Status_DraftInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_status_draft = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_status_draft();
	return es_course_status_draft();
});

export { courses_topics_of as a, course_status_draft as c };
//# sourceMappingURL=course_status_draft.js-CMKWOB45.js.map
