import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/error_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Not_FoundInputs */
var es_error_not_found = () => {
	return `No encontramos lo que busca.`;
};
var en_error_not_found = () => {
	return `We could not find what you are looking for.`;
};
/**
* | output |
* | --- |
* | "We could not find what you are looking for." |
*
* @param {Error_Not_FoundInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_not_found = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_not_found();
	return es_error_not_found();
});

export { error_not_found as e };
//# sourceMappingURL=error_not_found.js-BS2Q6Djj.js.map
