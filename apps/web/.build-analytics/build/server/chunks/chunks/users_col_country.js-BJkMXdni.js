import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/users_col_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_Col_NameInputs */
var es_users_col_name = () => {
	return `Nombre`;
};
var en_users_col_name = () => {
	return `Name`;
};
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Users_Col_NameInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_col_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_col_name();
	return es_users_col_name();
});
// src/lib/paraglide/messages/users_col_country.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_Col_CountryInputs */
var es_users_col_country = () => {
	return `País`;
};
var en_users_col_country = () => {
	return `Country`;
};
/**
* | output |
* | --- |
* | "Country" |
*
* @param {Users_Col_CountryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_col_country = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_col_country();
	return es_users_col_country();
});

export { users_col_country as a, users_col_name as u };
//# sourceMappingURL=users_col_country.js-BJkMXdni.js.map
