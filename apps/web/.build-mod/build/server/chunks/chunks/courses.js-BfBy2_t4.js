import { e as getLocale } from './runtime.js-B8EFPPLT.js';
import { e as error_unavailable } from './error_unavailable.js-uIGIVP0X.js';
import { e as error_unknown } from './error_unknown.js-C1rriivB.js';
import { c as callApi } from './api-client.js-CGTF_sRb.js';
import { v as error } from './utils.js-dm2kV1-z.js';

// src/lib/paraglide/messages/course_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_Not_FoundInputs */
var es_course_not_found = () => {
	return `Este curso no existe o aún no está publicado.`;
};
var en_course_not_found = () => {
	return `This course does not exist or is not published yet.`;
};
/**
* | output |
* | --- |
* | "This course does not exist or is not published yet." |
*
* @param {Course_Not_FoundInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_not_found = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_not_found();
	return es_course_not_found();
});
// src/lib/server/courses.ts
/** A course and the caller's progress in it, or the error page (404 for a missing or unpublished course). */
async function loadCourse(event, token, slug) {
	const path = `/courses/${encodeURIComponent(slug)}`;
	const [course, progress] = await Promise.all([callApi(event, path, { token }), callApi(event, `${path}/progress`, { token })]);
	if (!course.ok) {
		if (course.status === 404) error(404, {
			message: course_not_found(),
			code: "NOT_FOUND"
		});
		if (course.error.code === "UNAVAILABLE") error(503, {
			message: error_unavailable(),
			code: "UNAVAILABLE"
		});
		error(course.status, {
			message: error_unknown(),
			code: course.error.code
		});
	}
	const lessonCount = course.data.modules.reduce((sum, module) => sum + module.lessons.length, 0);
	return {
		course: course.data,
		progress: progress.ok ? progress.data : {
			courseId: course.data.id,
			completedLessonIds: [],
			lessonCount,
			percent: 0
		}
	};
}

export { loadCourse as l };
//# sourceMappingURL=courses.js-BfBy2_t4.js.map
