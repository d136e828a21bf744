import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/field_gender.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_GenderInputs */
var es_field_gender = () => {
	return `Género`;
};
var en_field_gender = () => {
	return `Gender`;
};
/**
* | output |
* | --- |
* | "Gender" |
*
* @param {Field_GenderInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var field_gender = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_field_gender();
	return es_field_gender();
});
// src/lib/paraglide/messages/field_sector.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_SectorInputs */
var es_field_sector = () => {
	return `Sector`;
};
var en_field_sector = () => {
	return `Sector`;
};
/**
* | output |
* | --- |
* | "Sector" |
*
* @param {Field_SectorInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var field_sector = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_field_sector();
	return es_field_sector();
});

export { field_sector as a, field_gender as f };
//# sourceMappingURL=field_sector.js-BnQkV_d9.js.map
