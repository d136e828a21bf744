import { ak as head, ai as attr, ah as escape_html, aj as ensure_array_like, am as stringify, al as attr_class, a1 as derived } from '../../../../../chunks/server.js-BLE87T70.js';
import { s as submitting } from '../../../../../chunks/enhance.svelte.js-P9OMnLeB.js';
import { p as page_title } from '../../../../../chunks/page_title.js-DcyKRVla.js';
import { F as FormAlert } from '../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { c as courses_title } from '../../../../../chunks/courses_title.js-B6KgLFxj.js';
import { a as courses_topics_of, c as course_status_draft } from '../../../../../chunks/course_status_draft.js-CMKWOB45.js';
import { c as course_status_published, a as course_modules_title, b as course_lessons_title, d as course_activities_title } from '../../../../../chunks/course_activities_title.js-Chrxw2AW.js';
import { b as breadcrumb_label } from '../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { c as course_progress_title, a as course_progress_label } from '../../../../../chunks/course_progress_label.js-DR7QXzRl.js';
import { c as course_progress_detail } from '../../../../../chunks/course_progress_detail.js-B81klPMR.js';
import { c as course_module_number } from '../../../../../chunks/course_module_number.js-C26yxqF9.js';
import { P as ProgressBar } from '../../../../../chunks/ProgressBar.js-BHktAs9s.js';
import { l as lessonKindLabel, a as activityKindLabel } from '../../../../../chunks/catalog-labels.js-DD5M8Enr.js';
import { f as formErrorMessage } from '../../../../../chunks/errors.js-BSO-Lm7a.js';
import { l as localized } from '../../../../../chunks/localized.js-5IdAKyD2.js';
import { e as getLocale } from '../../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../../chunks/index-server.js-CutNbI_-.js';
import '../../../../../chunks/client.js-C3Zw1AhV.js';
import '../../../../../chunks/exports.js-BDUeH8ma.js';
import '../../../../../chunks/internal2.js-B8C7YPNb.js';
import '../../../../../chunks/utils.js-dm2kV1-z.js';
import '../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../../chunks/error_unknown.js-C1rriivB.js';

// src/lib/paraglide/messages/course_start.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_StartInputs */
var es_course_start = () => {
	return `Empezar el curso`;
};
var en_course_start = () => {
	return `Start the course`;
};
/**
* | output |
* | --- |
* | "Start the course" |
*
* @param {Course_StartInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_start = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_start();
	return es_course_start();
});
// src/lib/paraglide/messages/course_continue.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_ContinueInputs */
var es_course_continue = () => {
	return `Continuar donde lo dejó`;
};
var en_course_continue = () => {
	return `Continue where you left off`;
};
/**
* | output |
* | --- |
* | "Continue where you left off" |
*
* @param {Course_ContinueInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_continue = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_continue();
	return es_course_continue();
});
// src/lib/paraglide/messages/course_complete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_CompleteInputs */
var es_course_complete = () => {
	return `Completó todas las lecciones de este curso.`;
};
var en_course_complete = () => {
	return `You have completed every lesson of this course.`;
};
/**
* | output |
* | --- |
* | "You have completed every lesson of this course." |
*
* @param {Course_CompleteInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_complete = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_complete();
	return es_course_complete();
});
// src/lib/paraglide/messages/course_manage.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_ManageInputs */
var es_course_manage = () => {
	return `Gestión del curso`;
};
var en_course_manage = () => {
	return `Course management`;
};
/**
* | output |
* | --- |
* | "Course management" |
*
* @param {Course_ManageInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_manage = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_manage();
	return es_course_manage();
});
// src/lib/paraglide/messages/course_edit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_EditInputs */
var es_course_edit = () => {
	return `Editar el curso`;
};
var en_course_edit = () => {
	return `Edit the course`;
};
/**
* | output |
* | --- |
* | "Edit the course" |
*
* @param {Course_EditInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_edit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_edit();
	return es_course_edit();
});
// src/lib/paraglide/messages/course_publish.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_PublishInputs */
var es_course_publish = () => {
	return `Publicar`;
};
var en_course_publish = () => {
	return `Publish`;
};
/**
* | output |
* | --- |
* | "Publish" |
*
* @param {Course_PublishInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_publish = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_publish();
	return es_course_publish();
});
// src/lib/paraglide/messages/course_unpublish.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_UnpublishInputs */
var es_course_unpublish = () => {
	return `Retirar la publicación`;
};
var en_course_unpublish = () => {
	return `Unpublish`;
};
/**
* | output |
* | --- |
* | "Unpublish" |
*
* @param {Course_UnpublishInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_unpublish = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_unpublish();
	return es_course_unpublish();
});
// src/lib/paraglide/messages/course_published_now.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_Published_NowInputs */
var es_course_published_now = () => {
	return `El curso está publicado.`;
};
var en_course_published_now = () => {
	return `The course is published.`;
};
/**
* | output |
* | --- |
* | "The course is published." |
*
* @param {Course_Published_NowInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_published_now = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_published_now();
	return es_course_published_now();
});
// src/lib/paraglide/messages/course_unpublished_now.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_Unpublished_NowInputs */
var es_course_unpublished_now = () => {
	return `El curso volvió a borrador.`;
};
var en_course_unpublished_now = () => {
	return `The course is a draft again.`;
};
/**
* | output |
* | --- |
* | "The course is a draft again." |
*
* @param {Course_Unpublished_NowInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_unpublished_now = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_unpublished_now();
	return es_course_unpublished_now();
});
// src/lib/paraglide/messages/course_no_modules.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_No_ModulesInputs */
var es_course_no_modules = () => {
	return `Este curso aún no tiene módulos.`;
};
var en_course_no_modules = () => {
	return `This course has no modules yet.`;
};
/**
* | output |
* | --- |
* | "This course has no modules yet." |
*
* @param {Course_No_ModulesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_no_modules = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_no_modules();
	return es_course_no_modules();
});
// src/lib/paraglide/messages/course_activity_due.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ days: NonNullable<unknown> }} Course_Activity_DueInputs */
var es_course_activity_due = (i) => {
	return `Plazo: ${i?.days} días desde el inicio de la cohorte`;
};
var en_course_activity_due = (i) => {
	return `Due ${i?.days} days after the cohort starts`;
};
/**
* | output |
* | --- |
* | "Due {days} days after the cohort starts" |
*
* @param {Course_Activity_DueInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_activity_due = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_activity_due(inputs);
	return es_course_activity_due(inputs);
});
// src/lib/paraglide/messages/lesson_done_state.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Done_StateInputs */
var es_lesson_done_state = () => {
	return `completada`;
};
var en_lesson_done_state = () => {
	return `completed`;
};
/**
* | output |
* | --- |
* | "completed" |
*
* @param {Lesson_Done_StateInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_done_state = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_done_state();
	return es_lesson_done_state();
});
// src/lib/paraglide/messages/course_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Course_SavedInputs */
var es_course_saved = () => {
	return `El curso se guardó.`;
};
var en_course_saved = () => {
	return `The course was saved.`;
};
/**
* | output |
* | --- |
* | "The course was saved." |
*
* @param {Course_SavedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var course_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_course_saved();
	return es_course_saved();
});
// src/routes/(app)/courses/[slug]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const locale = getLocale();
		const pending = submitting();
		const course = derived(() => data.course);
		const done = derived(() => new Set(data.progress.completedLessonIds));
		const nextLesson = derived(() => course().modules.flatMap((mod) => mod.lessons).find((lesson) => !done().has(lesson.id)));
		const statusAlert = derived(() => form && "failure" in form && form.failure ? formErrorMessage(form.failure.code) : null);
		const statusNote = derived(() => form && "statusChanged" in form ? form.statusChanged === "published" ? course_published_now() : course_unpublished_now() : data.saved ? course_saved() : null);
		head("j008ha", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: localized(course().title, locale) }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs svelte-j008ha"${attr("aria-label", breadcrumb_label())}><a href="/courses" class="svelte-j008ha">${escape_html(courses_title())}</a></nav> <header class="page-header"><h1>${escape_html(localized(course().title, locale))}</h1> <p>${escape_html(localized(course().summary, locale))}</p> `);
		if (course().topics.length > 0) {
			$$renderer.push(`<!--[0--><ul class="tags svelte-j008ha"${attr("aria-label", courses_topics_of())}><!--[-->`);
			const each_array = ensure_array_like(course().topics);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let topic = each_array[$$index];
				$$renderer.push(`<li><a${attr("href", `/courses?topic=${stringify(encodeURIComponent(topic))}`)} class="svelte-j008ha">${escape_html(topic)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></header> <div class="layout svelte-j008ha"><section class="card progress-card svelte-j008ha" aria-labelledby="progress-title"><h2 id="progress-title" class="svelte-j008ha">${escape_html(course_progress_title())}</h2> `);
		ProgressBar($$renderer, {
			percent: data.progress.percent,
			label: course_progress_label(),
			detail: course_progress_detail({
				done: data.progress.completedLessonIds.length,
				total: data.progress.lessonCount
			})
		});
		$$renderer.push(`<!----> `);
		if (nextLesson()) $$renderer.push(`<!--[0--><a class="button"${attr("href", `/courses/${stringify(course().slug)}/lessons/${stringify(nextLesson().id)}`)}>${escape_html(data.progress.completedLessonIds.length === 0 ? course_start() : course_continue())}</a>`);
		else if (data.progress.lessonCount > 0) $$renderer.push(`<!--[1--><p class="complete svelte-j008ha">${escape_html(course_complete())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.canEdit) {
			$$renderer.push(`<!--[0--><div class="editor-tools svelte-j008ha"><h3 class="svelte-j008ha">${escape_html(course_manage())}</h3> <p class="muted svelte-j008ha">${escape_html(course().status === "published" ? course_status_published() : course_status_draft())}</p> `);
			FormAlert($$renderer, { message: statusAlert() });
			$$renderer.push(`<!----> `);
			FormAlert($$renderer, {
				tone: "success",
				message: statusNote()
			});
			$$renderer.push(`<!----> <div class="tool-row svelte-j008ha"><a class="button button-secondary"${attr("href", `/courses/${stringify(course().slug)}/edit`)}>${escape_html(course_edit())}</a> <form method="POST" action="?/status"><input type="hidden" name="status"${attr("value", course().status === "published" ? "draft" : "published")}/> <button class="button button-secondary" type="submit"${attr("disabled", pending.active, true)}>${escape_html(course().status === "published" ? course_unpublish() : course_publish())}</button></form></div></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> <section aria-labelledby="modules-title"><h2 id="modules-title">${escape_html(course_modules_title())}</h2> `);
		if (course().modules.length === 0) $$renderer.push(`<!--[0--><p class="card muted">${escape_html(course_no_modules())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ol class="modules svelte-j008ha"><!--[-->`);
		const each_array_1 = ensure_array_like(course().modules);
		for (let moduleIndex = 0, $$length = each_array_1.length; moduleIndex < $$length; moduleIndex++) {
			let module = each_array_1[moduleIndex];
			$$renderer.push(`<li class="card module svelte-j008ha"><h3 class="svelte-j008ha"><span class="module-number svelte-j008ha">${escape_html(course_module_number({ number: moduleIndex + 1 }))}</span> ${escape_html(localized(module.title, locale))}</h3> `);
			if (module.summary) $$renderer.push(`<!--[0--><p class="muted">${escape_html(module.summary)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (module.lessons.length > 0) {
				$$renderer.push(`<!--[0--><h4 class="visually-hidden">${escape_html(course_lessons_title())}</h4> <ol class="lessons svelte-j008ha"><!--[-->`);
				const each_array_2 = ensure_array_like(module.lessons);
				for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
					let lesson = each_array_2[$$index_1];
					$$renderer.push(`<li${attr_class("svelte-j008ha", void 0, { "done": done().has(lesson.id) })}><span class="state svelte-j008ha" aria-hidden="true">${escape_html(done().has(lesson.id) ? "✓" : "")}</span> <a${attr("href", `/courses/${stringify(course().slug)}/lessons/${stringify(lesson.id)}`)} class="svelte-j008ha">${escape_html(localized(lesson.title, locale))}</a> <span class="kind svelte-j008ha">${escape_html(lessonKindLabel(lesson.kind))}</span> `);
					if (done().has(lesson.id)) $$renderer.push(`<!--[0--><span class="visually-hidden">(${escape_html(lesson_done_state())})</span>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></li>`);
				}
				$$renderer.push(`<!--]--></ol>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (module.activities.length > 0) {
				$$renderer.push(`<!--[0--><h4 class="activities-title svelte-j008ha">${escape_html(course_activities_title())}</h4> <ul class="activities svelte-j008ha"><!--[-->`);
				const each_array_3 = ensure_array_like(module.activities);
				for (let $$index_2 = 0, $$length = each_array_3.length; $$index_2 < $$length; $$index_2++) {
					let activity = each_array_3[$$index_2];
					$$renderer.push(`<li class="svelte-j008ha"><span class="kind svelte-j008ha">${escape_html(activityKindLabel(activity.kind))}</span> <strong><a${attr("href", `/activities/${stringify(activity.id)}${data.activityCohortId ? `?cohort=${data.activityCohortId}` : ""}`)}>${escape_html(localized(activity.title, locale))}</a></strong> `);
					if (activity.dueDaysAfterStart !== void 0) $$renderer.push(`<!--[0--><span class="muted due svelte-j008ha">${escape_html(course_activity_due({ days: activity.dueDaysAfterStart }))}</span>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ol></section></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-B8tIX6Lb.js.map
