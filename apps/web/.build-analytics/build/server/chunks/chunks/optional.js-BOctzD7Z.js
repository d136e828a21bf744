import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/optional.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} OptionalInputs */
var es_optional = () => {
	return `opcional`;
};
var en_optional = () => {
	return `optional`;
};
/**
* | output |
* | --- |
* | "optional" |
*
* @param {OptionalInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var optional = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_optional();
	return es_optional();
});

export { optional as o };
//# sourceMappingURL=optional.js-BOctzD7Z.js.map
