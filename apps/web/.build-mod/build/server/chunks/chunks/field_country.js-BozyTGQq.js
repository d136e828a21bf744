import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/field_country.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_CountryInputs */
var es_field_country = () => {
	return `País`;
};
var en_field_country = () => {
	return `Country`;
};
/**
* | output |
* | --- |
* | "Country" |
*
* @param {Field_CountryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var field_country = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_field_country();
	return es_field_country();
});

export { field_country as f };
//# sourceMappingURL=field_country.js-BozyTGQq.js.map
