import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/error_unknown.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_UnknownInputs */
var es_error_unknown = () => {
	return `Ocurrió un error inesperado. Inténtelo de nuevo.`;
};
var en_error_unknown = () => {
	return `Something unexpected went wrong. Please try again.`;
};
/**
* | output |
* | --- |
* | "Something unexpected went wrong. Please try again." |
*
* @param {Error_UnknownInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_unknown = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_unknown();
	return es_error_unknown();
});

export { error_unknown as e };
//# sourceMappingURL=error_unknown.js-C1rriivB.js.map
