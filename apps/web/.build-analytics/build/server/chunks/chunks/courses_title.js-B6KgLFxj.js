import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/courses_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Courses_TitleInputs */
var es_courses_title = () => {
	return `Catálogo de cursos`;
};
var en_courses_title = () => {
	return `Course catalogue`;
};
/**
* | output |
* | --- |
* | "Course catalogue" |
*
* @param {Courses_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_title();
	return es_courses_title();
});

export { courses_title as c };
//# sourceMappingURL=courses_title.js-B6KgLFxj.js.map
