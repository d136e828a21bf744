import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/courses_search_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Courses_Search_SubmitInputs */
var es_courses_search_submit = () => {
	return `Buscar`;
};
var en_courses_search_submit = () => {
	return `Search`;
};
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Courses_Search_SubmitInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_search_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_search_submit();
	return es_courses_search_submit();
});

export { courses_search_submit as c };
//# sourceMappingURL=courses_search_submit.js-B8ZAQo_E.js.map
