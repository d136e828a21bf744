import { p as placeOf } from '../../../../../../../chunks/outline.js-CnwMIEeI.js';
import { a as failureFromApi } from '../../../../../../../chunks/failure.js-t1Ny7fSp.js';
import { c as callApi } from '../../../../../../../chunks/api-client.js-CGTF_sRb.js';
import { l as loadCourse } from '../../../../../../../chunks/courses.js-BfBy2_t4.js';
import { t as textField } from '../../../../../../../chunks/form-data.js-BOxvqRxB.js';
import { r as requireUser } from '../../../../../../../chunks/guards.js-p-okixA8.js';
import { r as renderMarkdown } from '../../../../../../../chunks/markdown2.js-D7tIkhF7.js';
import { e as getLocale } from '../../../../../../../chunks/runtime.js-B8EFPPLT.js';
import { A as fail, v as error } from '../../../../../../../chunks/utils.js-dm2kV1-z.js';

// src/lib/paraglide/messages/lesson_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Not_FoundInputs */
var es_lesson_not_found = () => {
	return `Esta lección no forma parte del curso.`;
};
var en_lesson_not_found = () => {
	return `This lesson is not part of the course.`;
};
/**
* | output |
* | --- |
* | "This lesson is not part of the course." |
*
* @param {Lesson_Not_FoundInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_not_found = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_not_found();
	return es_lesson_not_found();
});
// src/routes/(app)/courses/[slug]/lessons/[lessonId]/+page.server.ts
var load = async (event) => {
	const { token } = requireUser(event);
	const { course, progress } = await loadCourse(event, token, event.params.slug);
	const place = placeOf(course, event.params.lessonId);
	if (!place) error(404, {
		message: lesson_not_found(),
		code: "NOT_FOUND"
	});
	const { lesson } = place;
	return {
		course: {
			slug: course.slug,
			title: course.title,
			lessonTotal: progress.lessonCount
		},
		module: {
			title: place.module.title,
			number: place.moduleIndex + 1
		},
		lesson,
		position: place.index + 1,
		previous: place.previous ? {
			id: place.previous.id,
			title: place.previous.title
		} : null,
		next: place.next ? {
			id: place.next.id,
			title: place.next.title
		} : null,
		bodyHtml: lesson.kind === "text" ? renderMarkdown(lesson.body) : null,
		done: progress.completedLessonIds.includes(lesson.id),
		progress
	};
};
var actions = { done: async (event) => {
	const { token } = requireUser(event);
	const done = textField(await event.request.formData(), "done") === "true";
	const result = await callApi(event, `/lessons/${encodeURIComponent(event.params.lessonId)}/done`, {
		method: "PUT",
		token,
		body: { done }
	});
	if (!result.ok) return fail(result.status, { failure: failureFromApi(result.error) });
	return { marked: done };
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BZKnVCuF.js.map
