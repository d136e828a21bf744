import { ak as head, ai as attr, ah as escape_html, an as html, aj as ensure_array_like, al as attr_class, am as stringify, a1 as derived } from '../../../../../../../chunks/server.js-BLE87T70.js';
import { s as submitting } from '../../../../../../../chunks/enhance.svelte.js-P9OMnLeB.js';
import { p as page_title } from '../../../../../../../chunks/page_title.js-DcyKRVla.js';
import { l as locale_es } from '../../../../../../../chunks/locale_es.js-C_uyAtcI.js';
import { F as FormAlert } from '../../../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { c as courses_title } from '../../../../../../../chunks/courses_title.js-B6KgLFxj.js';
import { b as breadcrumb_label } from '../../../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { c as course_progress_title, a as course_progress_label } from '../../../../../../../chunks/course_progress_label.js-DR7QXzRl.js';
import { c as course_progress_detail } from '../../../../../../../chunks/course_progress_detail.js-B81klPMR.js';
import { c as course_module_number } from '../../../../../../../chunks/course_module_number.js-C26yxqF9.js';
import { P as ProgressBar } from '../../../../../../../chunks/ProgressBar.js-BHktAs9s.js';
import { l as lesson_transcript } from '../../../../../../../chunks/lesson_transcript.js-VrFL48cE.js';
import { f as formatDuration } from '../../../../../../../chunks/outline.js-CnwMIEeI.js';
import { l as lessonKindLabel, r as resourceTypeLabel } from '../../../../../../../chunks/catalog-labels.js-DD5M8Enr.js';
import { f as formErrorMessage } from '../../../../../../../chunks/errors.js-BSO-Lm7a.js';
import { l as localized } from '../../../../../../../chunks/localized.js-5IdAKyD2.js';
import { e as getLocale } from '../../../../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../../../../chunks/index-server.js-CutNbI_-.js';
import '../../../../../../../chunks/client.js-C3Zw1AhV.js';
import '../../../../../../../chunks/exports.js-BDUeH8ma.js';
import '../../../../../../../chunks/internal2.js-B8C7YPNb.js';
import '../../../../../../../chunks/utils.js-dm2kV1-z.js';
import '../../../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../../../../chunks/error_unknown.js-C1rriivB.js';

// src/lib/paraglide/messages/lesson_position.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ position: NonNullable<unknown>, total: NonNullable<unknown> }} Lesson_PositionInputs */
var es_lesson_position = (i) => {
	return `Lección ${i?.position} de ${i?.total}`;
};
var en_lesson_position = (i) => {
	return `Lesson ${i?.position} of ${i?.total}`;
};
/**
* | output |
* | --- |
* | "Lesson {position} of {total}" |
*
* @param {Lesson_PositionInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_position = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_position(inputs);
	return es_lesson_position(inputs);
});
// src/lib/paraglide/messages/lesson_video_download.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Video_DownloadInputs */
var es_lesson_video_download = () => {
	return `Descargar el video`;
};
var en_lesson_video_download = () => {
	return `Download the video`;
};
/**
* | output |
* | --- |
* | "Download the video" |
*
* @param {Lesson_Video_DownloadInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_video_download = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_video_download();
	return es_lesson_video_download();
});
// src/lib/paraglide/messages/lesson_no_captions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_No_CaptionsInputs */
var es_lesson_no_captions = () => {
	return `Este video aún no tiene subtítulos.`;
};
var en_lesson_no_captions = () => {
	return `This video has no captions yet.`;
};
/**
* | output |
* | --- |
* | "This video has no captions yet." |
*
* @param {Lesson_No_CaptionsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_no_captions = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_no_captions();
	return es_lesson_no_captions();
});
// src/lib/paraglide/messages/lesson_reading_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Reading_OpenInputs */
var es_lesson_reading_open = () => {
	return `Abrir la lectura`;
};
var en_lesson_reading_open = () => {
	return `Open the reading`;
};
/**
* | output |
* | --- |
* | "Open the reading" |
*
* @param {Lesson_Reading_OpenInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_reading_open = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_reading_open();
	return es_lesson_reading_open();
});
// src/lib/paraglide/messages/lesson_resource_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Resource_OpenInputs */
var es_lesson_resource_open = () => {
	return `Abrir el recurso`;
};
var en_lesson_resource_open = () => {
	return `Open the resource`;
};
/**
* | output |
* | --- |
* | "Open the resource" |
*
* @param {Lesson_Resource_OpenInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_resource_open = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_resource_open();
	return es_lesson_resource_open();
});
// src/lib/paraglide/messages/lesson_is_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Is_DoneInputs */
var es_lesson_is_done = () => {
	return `Completó esta lección.`;
};
var en_lesson_is_done = () => {
	return `You completed this lesson.`;
};
/**
* | output |
* | --- |
* | "You completed this lesson." |
*
* @param {Lesson_Is_DoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_is_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_is_done();
	return es_lesson_is_done();
});
// src/lib/paraglide/messages/lesson_mark_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Mark_DoneInputs */
var es_lesson_mark_done = () => {
	return `Marcar como completada`;
};
var en_lesson_mark_done = () => {
	return `Mark as completed`;
};
/**
* | output |
* | --- |
* | "Mark as completed" |
*
* @param {Lesson_Mark_DoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_mark_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_mark_done();
	return es_lesson_mark_done();
});
// src/lib/paraglide/messages/lesson_mark_undone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Mark_UndoneInputs */
var es_lesson_mark_undone = () => {
	return `Marcar como no completada`;
};
var en_lesson_mark_undone = () => {
	return `Mark as not completed`;
};
/**
* | output |
* | --- |
* | "Mark as not completed" |
*
* @param {Lesson_Mark_UndoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_mark_undone = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_mark_undone();
	return es_lesson_mark_undone();
});
// src/lib/paraglide/messages/lesson_marked_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Marked_DoneInputs */
var es_lesson_marked_done = () => {
	return `Lección marcada como completada.`;
};
var en_lesson_marked_done = () => {
	return `Lesson marked as completed.`;
};
/**
* | output |
* | --- |
* | "Lesson marked as completed." |
*
* @param {Lesson_Marked_DoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_marked_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_marked_done();
	return es_lesson_marked_done();
});
// src/lib/paraglide/messages/lesson_marked_undone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Marked_UndoneInputs */
var es_lesson_marked_undone = () => {
	return `Lección marcada como no completada.`;
};
var en_lesson_marked_undone = () => {
	return `Lesson marked as not completed.`;
};
/**
* | output |
* | --- |
* | "Lesson marked as not completed." |
*
* @param {Lesson_Marked_UndoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_marked_undone = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_marked_undone();
	return es_lesson_marked_undone();
});
// src/lib/paraglide/messages/lesson_pager_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Pager_LabelInputs */
var es_lesson_pager_label = () => {
	return `Lecciones anterior y siguiente`;
};
var en_lesson_pager_label = () => {
	return `Previous and next lessons`;
};
/**
* | output |
* | --- |
* | "Previous and next lessons" |
*
* @param {Lesson_Pager_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_pager_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_pager_label();
	return es_lesson_pager_label();
});
// src/lib/paraglide/messages/lesson_previous.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_PreviousInputs */
var es_lesson_previous = () => {
	return `Anterior`;
};
var en_lesson_previous = () => {
	return `Previous`;
};
/**
* | output |
* | --- |
* | "Previous" |
*
* @param {Lesson_PreviousInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_previous = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_previous();
	return es_lesson_previous();
});
// src/lib/paraglide/messages/lesson_next.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_NextInputs */
var es_lesson_next = () => {
	return `Siguiente`;
};
var en_lesson_next = () => {
	return `Next`;
};
/**
* | output |
* | --- |
* | "Next" |
*
* @param {Lesson_NextInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_next = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_next();
	return es_lesson_next();
});
// src/lib/paraglide/messages/lesson_back_to_course.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Back_To_CourseInputs */
var es_lesson_back_to_course = () => {
	return `Volver al curso`;
};
var en_lesson_back_to_course = () => {
	return `Back to the course`;
};
/**
* | output |
* | --- |
* | "Back to the course" |
*
* @param {Lesson_Back_To_CourseInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_back_to_course = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_back_to_course();
	return es_lesson_back_to_course();
});
// src/routes/(app)/courses/[slug]/lessons/[lessonId]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const locale = getLocale();
		const pending = submitting();
		const lesson = derived(() => data.lesson);
		const courseHref = derived(() => `/courses/${data.course.slug}`);
		const failure = derived(() => form && "failure" in form && form.failure ? formErrorMessage(form.failure.code) : null);
		const note = derived(() => form && "marked" in form ? form.marked ? lesson_marked_done() : lesson_marked_undone() : null);
		head("1ujsyxo", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: localized(lesson().title, locale) }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs svelte-1ujsyxo"${attr("aria-label", breadcrumb_label())}><ol class="svelte-1ujsyxo"><li class="svelte-1ujsyxo"><a href="/courses">${escape_html(courses_title())}</a></li> <li class="svelte-1ujsyxo"><a${attr("href", courseHref())}>${escape_html(localized(data.course.title, locale))}</a></li></ol></nav> <article class="card lesson svelte-1ujsyxo" aria-labelledby="lesson-title"><header><p class="eyebrow svelte-1ujsyxo">${escape_html(course_module_number({ number: data.module.number }))} · ${escape_html(localized(data.module.title, locale))}</p> <h1 id="lesson-title">${escape_html(localized(lesson().title, locale))}</h1> <p class="meta svelte-1ujsyxo"><span class="kind svelte-1ujsyxo">${escape_html(lessonKindLabel(lesson().kind))}</span> <span>${escape_html(lesson_position({
			position: data.position,
			total: data.course.lessonTotal
		}))}</span> `);
		if (lesson().kind === "video") $$renderer.push(`<!--[0--><span>${escape_html(formatDuration(lesson().durationSeconds))}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p></header> `);
		if (lesson().kind === "text") $$renderer.push(`<!--[0--><div class="prose svelte-1ujsyxo">${html(data.bodyHtml)}</div>`);
		else if (lesson().kind === "video") {
			$$renderer.push(`<!--[1--><video controls="" preload="metadata"${attr("src", lesson().url)}${attr("aria-describedby", lesson().transcript ? "transcript-summary" : void 0)} class="svelte-1ujsyxo">`);
			if (lesson().captionsUrl) $$renderer.push(`<!--[0--><track kind="captions" srclang="es"${attr("label", locale_es())}${attr("src", lesson().captionsUrl)} default=""/>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <a${attr("href", lesson().url)}>${escape_html(lesson_video_download())}</a></video> `);
			if (!lesson().captionsUrl) $$renderer.push(`<!--[0--><p class="muted">${escape_html(lesson_no_captions())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (lesson().transcript) {
				$$renderer.push(`<!--[0--><details class="transcript svelte-1ujsyxo"><summary id="transcript-summary" class="svelte-1ujsyxo">${escape_html(lesson_transcript())}</summary> <!--[-->`);
				const each_array = ensure_array_like(lesson().transcript.split(/\n{2,}/));
				for (let index = 0, $$length = each_array.length; index < $$length; index++) {
					let paragraph = each_array[index];
					$$renderer.push(`<p class="svelte-1ujsyxo">${escape_html(paragraph)}</p>`);
				}
				$$renderer.push(`<!--]--></details>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <p><a${attr("href", lesson().url)} rel="noopener noreferrer">${escape_html(lesson_video_download())}</a></p>`);
		} else if (lesson().kind === "reading") {
			$$renderer.push(`<!--[2--><blockquote class="citation svelte-1ujsyxo"><p class="svelte-1ujsyxo">${escape_html(lesson().citation)}</p></blockquote> `);
			if (lesson().url) $$renderer.push(`<!--[0--><p><a class="button button-secondary"${attr("href", lesson().url)} rel="noopener noreferrer">${escape_html(lesson_reading_open())}</a></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else if (lesson().kind === "resource") $$renderer.push(`<!--[3--><p><span class="kind svelte-1ujsyxo">${escape_html(resourceTypeLabel(lesson().resourceType))}</span></p> <p><a class="button button-secondary"${attr("href", lesson().url)} rel="noopener noreferrer">${escape_html(lesson_resource_open())}</a></p> <p class="muted url svelte-1ujsyxo">${escape_html(lesson().url)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></article> <section class="card done-card svelte-1ujsyxo" aria-labelledby="done-title"><h2 id="done-title" class="visually-hidden">${escape_html(course_progress_title())}</h2> `);
		ProgressBar($$renderer, {
			percent: data.progress.percent,
			label: course_progress_label(),
			detail: course_progress_detail({
				done: data.progress.completedLessonIds.length,
				total: data.progress.lessonCount
			}),
			id: "course-progress"
		});
		$$renderer.push(`<!----> <form method="POST" action="?/done" class="done-form svelte-1ujsyxo"><input type="hidden" name="done"${attr("value", data.done ? "false" : "true")}/> `);
		if (data.done) $$renderer.push(`<!--[0--><p class="done-state svelte-1ujsyxo"><span aria-hidden="true">✓</span> ${escape_html(lesson_is_done())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <button${attr_class("button", void 0, { "button-secondary": data.done })} type="submit"${attr("disabled", pending.active, true)} data-testid="lesson-done">${escape_html(data.done ? lesson_mark_undone() : lesson_mark_done())}</button></form> `);
		FormAlert($$renderer, { message: failure() });
		$$renderer.push(`<!----> `);
		FormAlert($$renderer, {
			tone: "success",
			message: note()
		});
		$$renderer.push(`<!----></section> <nav class="pager svelte-1ujsyxo"${attr("aria-label", lesson_pager_label())}>`);
		if (data.previous) $$renderer.push(`<!--[0--><a class="prev svelte-1ujsyxo"${attr("href", `${courseHref()}/lessons/${stringify(data.previous.id)}`)} rel="prev"><span class="dir svelte-1ujsyxo">${escape_html(lesson_previous())}</span> ${escape_html(localized(data.previous.title, locale))}</a>`);
		else $$renderer.push(`<!--[-1--><span></span>`);
		$$renderer.push(`<!--]--> `);
		if (data.next) $$renderer.push(`<!--[0--><a class="next svelte-1ujsyxo"${attr("href", `${courseHref()}/lessons/${stringify(data.next.id)}`)} rel="next"><span class="dir svelte-1ujsyxo">${escape_html(lesson_next())}</span> ${escape_html(localized(data.next.title, locale))}</a>`);
		else $$renderer.push(`<!--[-1--><a class="next svelte-1ujsyxo"${attr("href", courseHref())}><span class="dir svelte-1ujsyxo">${escape_html(lesson_back_to_course())}</span>${escape_html(localized(data.course.title, locale))}</a>`);
		$$renderer.push(`<!--]--></nav>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CadO-AUR.js.map
