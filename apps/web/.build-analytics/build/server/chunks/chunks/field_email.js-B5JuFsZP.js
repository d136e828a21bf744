import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/field_email.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_EmailInputs */
var es_field_email = () => {
	return `Correo electrónico`;
};
var en_field_email = () => {
	return `Email`;
};
/**
* | output |
* | --- |
* | "Email" |
*
* @param {Field_EmailInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var field_email = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_field_email();
	return es_field_email();
});

export { field_email as f };
//# sourceMappingURL=field_email.js-B5JuFsZP.js.map
