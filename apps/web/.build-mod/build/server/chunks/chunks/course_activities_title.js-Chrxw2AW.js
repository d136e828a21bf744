import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/course_status_published.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_Status_PublishedInputs */
var es_course_status_published = () => {
	return `Publicado`;
};
var en_course_status_published = () => {
	return `Published`;
};
/**
* | output |
* | --- |
* | "Published" |
*
* @param {Course_Status_PublishedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_status_published = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_status_published();
	return es_course_status_published();
});
// src/lib/paraglide/messages/course_modules_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_Modules_TitleInputs */
var es_course_modules_title = () => {
	return `Módulos`;
};
var en_course_modules_title = () => {
	return `Modules`;
};
/**
* | output |
* | --- |
* | "Modules" |
*
* @param {Course_Modules_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_modules_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_modules_title();
	return es_course_modules_title();
});
// src/lib/paraglide/messages/course_lessons_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_Lessons_TitleInputs */
var es_course_lessons_title = () => {
	return `Lecciones`;
};
var en_course_lessons_title = () => {
	return `Lessons`;
};
/**
* | output |
* | --- |
* | "Lessons" |
*
* @param {Course_Lessons_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_lessons_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_lessons_title();
	return es_course_lessons_title();
});
// src/lib/paraglide/messages/course_activities_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_Activities_TitleInputs */
var es_course_activities_title = () => {
	return `Actividades`;
};
var en_course_activities_title = () => {
	return `Activities`;
};
/**
* | output |
* | --- |
* | "Activities" |
*
* @param {Course_Activities_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_activities_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_activities_title();
	return es_course_activities_title();
});

export { course_modules_title as a, course_lessons_title as b, course_status_published as c, course_activities_title as d };
//# sourceMappingURL=course_activities_title.js-Chrxw2AW.js.map
