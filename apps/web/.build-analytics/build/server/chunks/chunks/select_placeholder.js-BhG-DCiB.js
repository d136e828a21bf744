import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/select_placeholder.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Select_PlaceholderInputs */
var es_select_placeholder = () => {
	return `Seleccione una opción`;
};
var en_select_placeholder = () => {
	return `Choose an option`;
};
/**
* | output |
* | --- |
* | "Choose an option" |
*
* @param {Select_PlaceholderInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var select_placeholder = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_select_placeholder();
	return es_select_placeholder();
});

export { select_placeholder as s };
//# sourceMappingURL=select_placeholder.js-BhG-DCiB.js.map
