import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/locale_en.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Locale_EnInputs */
var es_locale_en = () => {
	return `English`;
};
var en_locale_en = () => {
	return `English`;
};
/**
* | output |
* | --- |
* | "English" |
*
* @param {Locale_EnInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var locale_en = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_locale_en();
	return es_locale_en();
});

export { locale_en as l };
//# sourceMappingURL=locale_en.js-C5IfUzEZ.js.map
