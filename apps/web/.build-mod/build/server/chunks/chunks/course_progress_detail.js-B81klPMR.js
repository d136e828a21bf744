import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/course_progress_detail.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Course_Progress_DetailInputs */
var es_course_progress_detail = (i) => {
	return `${i?.done} de ${i?.total} lecciones`;
};
var en_course_progress_detail = (i) => {
	return `${i?.done} of ${i?.total} lessons`;
};
/**
* | output |
* | --- |
* | "{done} of {total} lessons" |
*
* @param {Course_Progress_DetailInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_progress_detail = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_progress_detail(inputs);
	return es_course_progress_detail(inputs);
});

export { course_progress_detail as c };
//# sourceMappingURL=course_progress_detail.js-B81klPMR.js.map
