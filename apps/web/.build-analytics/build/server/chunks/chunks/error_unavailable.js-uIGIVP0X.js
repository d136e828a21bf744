import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/error_unavailable.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_UnavailableInputs */
var es_error_unavailable = () => {
	return `El servicio no está disponible en este momento. Inténtelo de nuevo en unos minutos.`;
};
var en_error_unavailable = () => {
	return `The service is not available right now. Please try again in a few minutes.`;
};
/**
* | output |
* | --- |
* | "The service is not available right now. Please try again in a few minutes." |
*
* @param {Error_UnavailableInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_unavailable = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_unavailable();
	return es_error_unavailable();
});

export { error_unavailable as e };
//# sourceMappingURL=error_unavailable.js-uIGIVP0X.js.map
