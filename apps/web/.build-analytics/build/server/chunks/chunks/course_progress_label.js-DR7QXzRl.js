import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/course_progress_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_Progress_TitleInputs */
var es_course_progress_title = () => {
	return `Su avance`;
};
var en_course_progress_title = () => {
	return `Your progress`;
};
/**
* | output |
* | --- |
* | "Your progress" |
*
* @param {Course_Progress_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_progress_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_progress_title();
	return es_course_progress_title();
});
// src/lib/paraglide/messages/course_progress_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_Progress_LabelInputs */
var es_course_progress_label = () => {
	return `Lecciones completadas`;
};
var en_course_progress_label = () => {
	return `Lessons completed`;
};
/**
* | output |
* | --- |
* | "Lessons completed" |
*
* @param {Course_Progress_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_progress_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_progress_label();
	return es_course_progress_label();
});

export { course_progress_label as a, course_progress_title as c };
//# sourceMappingURL=course_progress_label.js-DR7QXzRl.js.map
