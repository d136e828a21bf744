import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/breadcrumb_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Breadcrumb_LabelInputs */
var es_breadcrumb_label = () => {
	return `Ruta de navegación`;
};
var en_breadcrumb_label = () => {
	return `Breadcrumb`;
};
/**
* | output |
* | --- |
* | "Breadcrumb" |
*
* @param {Breadcrumb_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var breadcrumb_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_breadcrumb_label();
	return es_breadcrumb_label();
});

export { breadcrumb_label as b };
//# sourceMappingURL=breadcrumb_label.js-Be_mmu8U.js.map
