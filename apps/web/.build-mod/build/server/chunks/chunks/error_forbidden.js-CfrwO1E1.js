import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/error_forbidden.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_ForbiddenInputs */
var es_error_forbidden = () => {
	return `No tiene permiso para realizar esta acción.`;
};
var en_error_forbidden = () => {
	return `You do not have permission to do this.`;
};
/**
* | output |
* | --- |
* | "You do not have permission to do this." |
*
* @param {Error_ForbiddenInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_forbidden = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_forbidden();
	return es_error_forbidden();
});

export { error_forbidden as e };
//# sourceMappingURL=error_forbidden.js-CfrwO1E1.js.map
