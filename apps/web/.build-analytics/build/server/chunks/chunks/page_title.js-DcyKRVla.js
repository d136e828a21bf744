import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/page_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ page: NonNullable<unknown> }} Page_TitleInputs */
var es_page_title = (i) => {
	return `${i?.page} · TrainAction`;
};
var en_page_title = (i) => {
	return `${i?.page} · TrainAction`;
};
/**
* | output |
* | --- |
* | "{page} · TrainAction" |
*
* @param {Page_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var page_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_page_title(inputs);
	return es_page_title(inputs);
});

export { page_title as p };
//# sourceMappingURL=page_title.js-DcyKRVla.js.map
