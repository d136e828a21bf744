import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/course_module_number.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ number: NonNullable<unknown> }} Course_Module_NumberInputs */
var es_course_module_number = (i) => {
	return `Módulo ${i?.number}`;
};
var en_course_module_number = (i) => {
	return `Module ${i?.number}`;
};
/**
* | output |
* | --- |
* | "Module {number}" |
*
* @param {Course_Module_NumberInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_module_number = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_module_number(inputs);
	return es_course_module_number(inputs);
});

export { course_module_number as c };
//# sourceMappingURL=course_module_number.js-C26yxqF9.js.map
