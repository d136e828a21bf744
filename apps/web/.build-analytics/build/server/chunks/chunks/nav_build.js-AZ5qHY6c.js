import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/nav_build.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_BuildInputs */
var es_nav_build = () => {
	return `Cohortes equilibradas`;
};
var en_nav_build = () => {
	return `Balanced cohorts`;
};
/**
* | output |
* | --- |
* | "Balanced cohorts" |
*
* @param {Nav_BuildInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var nav_build = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_nav_build();
	return es_nav_build();
});

export { nav_build as n };
//# sourceMappingURL=nav_build.js-AZ5qHY6c.js.map
