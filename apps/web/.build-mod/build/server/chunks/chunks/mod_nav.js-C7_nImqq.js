import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/mod_nav.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_NavInputs */
var es_mod_nav = () => {
	return `Moderación`;
};
var en_mod_nav = () => {
	return `Moderation`;
};
/**
* | output |
* | --- |
* | "Moderation" |
*
* @param {Mod_NavInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_nav = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_nav();
	return es_mod_nav();
});

export { mod_nav as m };
//# sourceMappingURL=mod_nav.js-C7_nImqq.js.map
