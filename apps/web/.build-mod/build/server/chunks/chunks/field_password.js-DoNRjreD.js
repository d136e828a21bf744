import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/field_password.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_PasswordInputs */
var es_field_password = () => {
	return `Contraseña`;
};
var en_field_password = () => {
	return `Password`;
};
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Field_PasswordInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var field_password = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_field_password();
	return es_field_password();
});

export { field_password as f };
//# sourceMappingURL=field_password.js-DoNRjreD.js.map
