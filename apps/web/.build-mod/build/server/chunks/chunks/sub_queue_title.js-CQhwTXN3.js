import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/sub_queue_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Queue_TitleInputs */
var es_sub_queue_title = () => {
	return `Entregas por revisar`;
};
var en_sub_queue_title = () => {
	return `Submissions to review`;
};
/**
* | output |
* | --- |
* | "Submissions to review" |
*
* @param {Sub_Queue_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_queue_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_queue_title();
	return es_sub_queue_title();
});

export { sub_queue_title as s };
//# sourceMappingURL=sub_queue_title.js-CQhwTXN3.js.map
