import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/locale_es.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Locale_EsInputs */
var es_locale_es = () => {
	return `Español`;
};
var en_locale_es = () => {
	return `Español`;
};
/**
* | output |
* | --- |
* | "Español" |
*
* @param {Locale_EsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var locale_es = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_locale_es();
	return es_locale_es();
});

export { locale_es as l };
//# sourceMappingURL=locale_es.js-C_uyAtcI.js.map
