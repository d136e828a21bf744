import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/courses_new.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Courses_NewInputs */
var es_courses_new = () => {
	return `Nuevo curso`;
};
var en_courses_new = () => {
	return `New course`;
};
/**
* | output |
* | --- |
* | "New course" |
*
* @param {Courses_NewInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_new = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_new();
	return es_courses_new();
});

export { courses_new as c };
//# sourceMappingURL=courses_new.js-CnEnveZW.js.map
