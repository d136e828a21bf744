import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/lesson_transcript.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_TranscriptInputs */
var es_lesson_transcript = () => {
	return `Transcripción del video`;
};
var en_lesson_transcript = () => {
	return `Video transcript`;
};
/**
* | output |
* | --- |
* | "Video transcript" |
*
* @param {Lesson_TranscriptInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_transcript = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_transcript();
	return es_lesson_transcript();
});

export { lesson_transcript as l };
//# sourceMappingURL=lesson_transcript.js-VrFL48cE.js.map
