import { ai as attr, ah as escape_html, aj as ensure_array_like, al as attr_class, am as stringify, a1 as derived } from './server.js-BLE87T70.js';
import { e as getLocale } from './runtime.js-B8EFPPLT.js';
import { o as optional$1 } from './optional.js-BOctzD7Z.js';
import { e as error_field_slug, f as formErrorMessage } from './errors.js-BSO-Lm7a.js';
import { c as course_status_draft, a as courses_topics_of } from './course_status_draft.js-CMKWOB45.js';
import { c as course_status_published, a as course_modules_title, b as course_lessons_title, d as course_activities_title } from './course_activities_title.js-Chrxw2AW.js';
import { c as course_module_number } from './course_module_number.js-C26yxqF9.js';
import { l as lessonKindLabel, r as resourceTypeLabel, a as activityKindLabel } from './catalog-labels.js-DD5M8Enr.js';
import { l as lesson_transcript } from './lesson_transcript.js-VrFL48cE.js';
import { c as cohort_status } from './cohort_status.js-BWssy9Uy.js';
import { o as LESSON_KINDS, p as RESOURCE_TYPES, q as ACTIVITY_KINDS } from './src.js-BEir3teA.js';
import { F as FormAlert } from './FormAlert.js-L-NnjxoB.js';
import { s as submitting } from './enhance.svelte.js-P9OMnLeB.js';

// src/lib/paraglide/messages/editor_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_IntroInputs */
var es_editor_intro = () => {
	return `Los cambios se guardan al pulsar «Guardar el curso». El orden de módulos, lecciones y actividades es el orden del curso.`;
};
var en_editor_intro = () => {
	return `Changes are saved with “Save the course”. The order of modules, lessons and activities is the course order.`;
};
/**
* | output |
* | --- |
* | "Changes are saved with “Save the course”. The order of modules, lessons and activities is the course order." |
*
* @param {Editor_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_intro();
	return es_editor_intro();
});
// src/lib/paraglide/messages/editor_course_section.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_Course_SectionInputs */
var es_editor_course_section = () => {
	return `Datos del curso`;
};
var en_editor_course_section = () => {
	return `Course details`;
};
/**
* | output |
* | --- |
* | "Course details" |
*
* @param {Editor_Course_SectionInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_course_section = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_course_section();
	return es_editor_course_section();
});
// src/lib/paraglide/messages/editor_slug.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_SlugInputs */
var es_editor_slug = () => {
	return `Dirección del curso (slug)`;
};
var en_editor_slug = () => {
	return `Course address (slug)`;
};
/**
* | output |
* | --- |
* | "Course address (slug)" |
*
* @param {Editor_SlugInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_slug = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_slug();
	return es_editor_slug();
});
// src/lib/paraglide/messages/editor_slug_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_Slug_HintInputs */
var es_editor_slug_hint = () => {
	return `Palabras en minúsculas unidas por guiones, por ejemplo: introduccion-ciberseguridad.`;
};
var en_editor_slug_hint = () => {
	return `Lower-case words joined by hyphens, for example: introduction-cybersecurity.`;
};
/**
* | output |
* | --- |
* | "Lower-case words joined by hyphens, for example: introduction-cybersecurity." |
*
* @param {Editor_Slug_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_slug_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_slug_hint();
	return es_editor_slug_hint();
});
// src/lib/paraglide/messages/editor_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_TitleInputs */
var es_editor_title = () => {
	return `Título`;
};
var en_editor_title = () => {
	return `Title`;
};
/**
* | output |
* | --- |
* | "Title" |
*
* @param {Editor_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_title();
	return es_editor_title();
});
// src/lib/paraglide/messages/editor_summary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_SummaryInputs */
var es_editor_summary = () => {
	return `Resumen`;
};
var en_editor_summary = () => {
	return `Summary`;
};
/**
* | output |
* | --- |
* | "Summary" |
*
* @param {Editor_SummaryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_summary = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_summary();
	return es_editor_summary();
});
// src/lib/paraglide/messages/editor_topics_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_Topics_HintInputs */
var es_editor_topics_hint = () => {
	return `Separados por comas.`;
};
var en_editor_topics_hint = () => {
	return `Separated by commas.`;
};
/**
* | output |
* | --- |
* | "Separated by commas." |
*
* @param {Editor_Topics_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_topics_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_topics_hint();
	return es_editor_topics_hint();
});
// src/lib/paraglide/messages/editor_lesson_number.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ number: NonNullable<unknown> }} Editor_Lesson_NumberInputs */
var es_editor_lesson_number = (i) => {
	return `Lección ${i?.number}`;
};
var en_editor_lesson_number = (i) => {
	return `Lesson ${i?.number}`;
};
/**
* | output |
* | --- |
* | "Lesson {number}" |
*
* @param {Editor_Lesson_NumberInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_lesson_number = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_lesson_number(inputs);
	return es_editor_lesson_number(inputs);
});
// src/lib/paraglide/messages/editor_activity_number.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ number: NonNullable<unknown> }} Editor_Activity_NumberInputs */
var es_editor_activity_number = (i) => {
	return `Actividad ${i?.number}`;
};
var en_editor_activity_number = (i) => {
	return `Activity ${i?.number}`;
};
/**
* | output |
* | --- |
* | "Activity {number}" |
*
* @param {Editor_Activity_NumberInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_activity_number = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_activity_number(inputs);
	return es_editor_activity_number(inputs);
});
// src/lib/paraglide/messages/editor_lesson_kind.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_Lesson_KindInputs */
var es_editor_lesson_kind = () => {
	return `Tipo de lección`;
};
var en_editor_lesson_kind = () => {
	return `Lesson type`;
};
/**
* | output |
* | --- |
* | "Lesson type" |
*
* @param {Editor_Lesson_KindInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_lesson_kind = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_lesson_kind();
	return es_editor_lesson_kind();
});
// src/lib/paraglide/messages/editor_activity_kind.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_Activity_KindInputs */
var es_editor_activity_kind = () => {
	return `Tipo de actividad`;
};
var en_editor_activity_kind = () => {
	return `Activity type`;
};
/**
* | output |
* | --- |
* | "Activity type" |
*
* @param {Editor_Activity_KindInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_activity_kind = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_activity_kind();
	return es_editor_activity_kind();
});
// src/lib/paraglide/messages/editor_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_BodyInputs */
var es_editor_body = () => {
	return `Texto (Markdown)`;
};
var en_editor_body = () => {
	return `Text (Markdown)`;
};
/**
* | output |
* | --- |
* | "Text (Markdown)" |
*
* @param {Editor_BodyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_body = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_body();
	return es_editor_body();
});
// src/lib/paraglide/messages/editor_citation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_CitationInputs */
var es_editor_citation = () => {
	return `Referencia bibliográfica`;
};
var en_editor_citation = () => {
	return `Citation`;
};
/**
* | output |
* | --- |
* | "Citation" |
*
* @param {Editor_CitationInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_citation = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_citation();
	return es_editor_citation();
});
// src/lib/paraglide/messages/editor_url.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_UrlInputs */
var es_editor_url = () => {
	return `Dirección web (https://…)`;
};
var en_editor_url = () => {
	return `Web address (https://…)`;
};
/**
* | output |
* | --- |
* | "Web address (https://…)" |
*
* @param {Editor_UrlInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_url = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_url();
	return es_editor_url();
});
// src/lib/paraglide/messages/editor_url_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_Url_InvalidInputs */
var es_editor_url_invalid = () => {
	return `Escriba una dirección que empiece por https:// o http://.`;
};
var en_editor_url_invalid = () => {
	return `Write an address starting with https:// or http://.`;
};
/**
* | output |
* | --- |
* | "Write an address starting with https:// or http://." |
*
* @param {Editor_Url_InvalidInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_url_invalid = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_url_invalid();
	return es_editor_url_invalid();
});
// src/lib/paraglide/messages/editor_duration.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_DurationInputs */
var es_editor_duration = () => {
	return `Duración (segundos)`;
};
var en_editor_duration = () => {
	return `Duration (seconds)`;
};
/**
* | output |
* | --- |
* | "Duration (seconds)" |
*
* @param {Editor_DurationInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_duration = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_duration();
	return es_editor_duration();
});
// src/lib/paraglide/messages/editor_captions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_CaptionsInputs */
var es_editor_captions = () => {
	return `Subtítulos en español (WebVTT)`;
};
var en_editor_captions = () => {
	return `Spanish captions (WebVTT)`;
};
/**
* | output |
* | --- |
* | "Spanish captions (WebVTT)" |
*
* @param {Editor_CaptionsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_captions = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_captions();
	return es_editor_captions();
});
// src/lib/paraglide/messages/editor_resource_type.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_Resource_TypeInputs */
var es_editor_resource_type = () => {
	return `Tipo de recurso`;
};
var en_editor_resource_type = () => {
	return `Resource type`;
};
/**
* | output |
* | --- |
* | "Resource type" |
*
* @param {Editor_Resource_TypeInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_resource_type = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_resource_type();
	return es_editor_resource_type();
});
// src/lib/paraglide/messages/editor_due.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_DueInputs */
var es_editor_due = () => {
	return `Plazo (días desde el inicio)`;
};
var en_editor_due = () => {
	return `Due (days after the start)`;
};
/**
* | output |
* | --- |
* | "Due (days after the start)" |
*
* @param {Editor_DueInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_due = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_due();
	return es_editor_due();
});
// src/lib/paraglide/messages/editor_completion.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_CompletionInputs */
var es_editor_completion = () => {
	return `Se completa con`;
};
var en_editor_completion = () => {
	return `Completed by`;
};
/**
* | output |
* | --- |
* | "Completed by" |
*
* @param {Editor_CompletionInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_completion = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_completion();
	return es_editor_completion();
});
// src/lib/paraglide/messages/editor_completion_submission.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_Completion_SubmissionInputs */
var es_editor_completion_submission = () => {
	return `Una entrega aceptada`;
};
var en_editor_completion_submission = () => {
	return `An accepted submission`;
};
/**
* | output |
* | --- |
* | "An accepted submission" |
*
* @param {Editor_Completion_SubmissionInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_completion_submission = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_completion_submission();
	return es_editor_completion_submission();
});
// src/lib/paraglide/messages/editor_completion_forum.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_Completion_ForumInputs */
var es_editor_completion_forum = () => {
	return `Participación en el foro`;
};
var en_editor_completion_forum = () => {
	return `Forum participation`;
};
/**
* | output |
* | --- |
* | "Forum participation" |
*
* @param {Editor_Completion_ForumInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_completion_forum = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_completion_forum();
	return es_editor_completion_forum();
});
// src/lib/paraglide/messages/editor_replies.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_RepliesInputs */
var es_editor_replies = () => {
	return `Respuestas requeridas`;
};
var en_editor_replies = () => {
	return `Replies required`;
};
/**
* | output |
* | --- |
* | "Replies required" |
*
* @param {Editor_RepliesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_replies = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_replies();
	return es_editor_replies();
});
// src/lib/paraglide/messages/editor_prompt.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_PromptInputs */
var es_editor_prompt = () => {
	return `Consigna (Markdown)`;
};
var en_editor_prompt = () => {
	return `Prompt (Markdown)`;
};
/**
* | output |
* | --- |
* | "Prompt (Markdown)" |
*
* @param {Editor_PromptInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_prompt = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_prompt();
	return es_editor_prompt();
});
// src/lib/paraglide/messages/editor_add_module.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_Add_ModuleInputs */
var es_editor_add_module = () => {
	return `Añadir un módulo`;
};
var en_editor_add_module = () => {
	return `Add a module`;
};
/**
* | output |
* | --- |
* | "Add a module" |
*
* @param {Editor_Add_ModuleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_add_module = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_add_module();
	return es_editor_add_module();
});
// src/lib/paraglide/messages/editor_add_lesson.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_Add_LessonInputs */
var es_editor_add_lesson = () => {
	return `Añadir una lección`;
};
var en_editor_add_lesson = () => {
	return `Add a lesson`;
};
/**
* | output |
* | --- |
* | "Add a lesson" |
*
* @param {Editor_Add_LessonInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_add_lesson = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_add_lesson();
	return es_editor_add_lesson();
});
// src/lib/paraglide/messages/editor_add_activity.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_Add_ActivityInputs */
var es_editor_add_activity = () => {
	return `Añadir una actividad`;
};
var en_editor_add_activity = () => {
	return `Add an activity`;
};
/**
* | output |
* | --- |
* | "Add an activity" |
*
* @param {Editor_Add_ActivityInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_add_activity = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_add_activity();
	return es_editor_add_activity();
});
// src/lib/paraglide/messages/editor_move_up.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Editor_Move_UpInputs */
var es_editor_move_up = (i) => {
	return `Subir ${i?.name}`;
};
var en_editor_move_up = (i) => {
	return `Move ${i?.name} up`;
};
/**
* | output |
* | --- |
* | "Move {name} up" |
*
* @param {Editor_Move_UpInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_move_up = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_move_up(inputs);
	return es_editor_move_up(inputs);
});
// src/lib/paraglide/messages/editor_move_down.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Editor_Move_DownInputs */
var es_editor_move_down = (i) => {
	return `Bajar ${i?.name}`;
};
var en_editor_move_down = (i) => {
	return `Move ${i?.name} down`;
};
/**
* | output |
* | --- |
* | "Move {name} down" |
*
* @param {Editor_Move_DownInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_move_down = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_move_down(inputs);
	return es_editor_move_down(inputs);
});
// src/lib/paraglide/messages/editor_remove.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_RemoveInputs */
var es_editor_remove = () => {
	return `Quitar`;
};
var en_editor_remove = () => {
	return `Remove`;
};
/**
* | output |
* | --- |
* | "Remove" |
*
* @param {Editor_RemoveInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_remove = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_remove();
	return es_editor_remove();
});
// src/lib/paraglide/messages/editor_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_SaveInputs */
var es_editor_save = () => {
	return `Guardar el curso`;
};
var en_editor_save = () => {
	return `Save the course`;
};
/**
* | output |
* | --- |
* | "Save the course" |
*
* @param {Editor_SaveInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_save();
	return es_editor_save();
});
// src/lib/paraglide/messages/editor_field_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Editor_Field_InvalidInputs */
var es_editor_field_invalid = () => {
	return `Revise este campo.`;
};
var en_editor_field_invalid = () => {
	return `Check this field.`;
};
/**
* | output |
* | --- |
* | "Check this field." |
*
* @param {Editor_Field_InvalidInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_field_invalid = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_field_invalid();
	return es_editor_field_invalid();
});
// src/lib/paraglide/messages/editor_issues.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Editor_IssuesInputs */
var es_editor_issues = (i) => {
	return `Campos por revisar, marcados en rojo: ${i?.count}.`;
};
var en_editor_issues = (i) => {
	return `Fields to check, marked in red: ${i?.count}.`;
};
/**
* | output |
* | --- |
* | "Fields to check, marked in red: {count}." |
*
* @param {Editor_IssuesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_issues = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_issues(inputs);
	return es_editor_issues(inputs);
});
// src/lib/courses/editor.svelte.ts
var text = (value) => ({
	es: value?.es ?? "",
	en: value?.en ?? ""
});
function newLesson(kind = "text", keep) {
	return {
		id: keep?.id,
		kind,
		title: keep?.title ?? {
			es: "",
			en: ""
		},
		body: "",
		url: "",
		durationSeconds: null,
		captionsUrl: "",
		transcript: "",
		citation: "",
		resourceType: "document"
	};
}
function newActivity() {
	return {
		kind: "forum",
		title: {
			es: "",
			en: ""
		},
		prompt: "",
		dueDaysAfterStart: null,
		completion: "forum_posts",
		replies: 2
	};
}
function newModule() {
	return {
		title: {
			es: "",
			en: ""
		},
		summary: "",
		lessons: [],
		activities: []
	};
}
/** A course from the API as an editable draft. */
function draftOf(course) {
	if (!course) return {
		slug: "",
		title: text(void 0),
		summary: text(void 0),
		topics: "",
		status: "draft",
		modules: []
	};
	return {
		slug: course.slug,
		title: text(course.title),
		summary: text(course.summary),
		topics: course.topics.join(", "),
		status: course.status,
		modules: course.modules.map((module) => ({
			id: module.id,
			title: text(module.title),
			summary: module.summary ?? "",
			lessons: module.lessons.map((lesson) => {
				const draft = newLesson(lesson.kind, {
					id: lesson.id,
					title: text(lesson.title)
				});
				if (lesson.kind === "text") draft.body = lesson.body;
				if (lesson.kind === "video") Object.assign(draft, {
					url: lesson.url,
					durationSeconds: lesson.durationSeconds,
					captionsUrl: lesson.captionsUrl ?? "",
					transcript: lesson.transcript ?? ""
				});
				if (lesson.kind === "reading") Object.assign(draft, {
					citation: lesson.citation,
					url: lesson.url ?? ""
				});
				if (lesson.kind === "resource") Object.assign(draft, {
					url: lesson.url,
					resourceType: lesson.resourceType
				});
				return draft;
			}),
			activities: module.activities.map((activity) => ({
				id: activity.id,
				kind: activity.kind,
				title: text(activity.title),
				prompt: activity.prompt,
				dueDaysAfterStart: activity.dueDaysAfterStart ?? null,
				completion: activity.completion.kind,
				replies: activity.completion.kind === "forum_posts" ? activity.completion.replies : 2,
				rubric: activity.rubric
			}))
		}))
	};
}
var localizedOut = (value) => value.en.trim() ? {
	es: value.es,
	en: value.en
} : { es: value.es };
var optional = (value) => value === null || value === "" ? void 0 : value;
function lessonOut(lesson) {
	const base = {
		...lesson.id ? { id: lesson.id } : {},
		title: localizedOut(lesson.title)
	};
	switch (lesson.kind) {
		case "text": return {
			...base,
			kind: "text",
			body: lesson.body
		};
		case "video": return {
			...base,
			kind: "video",
			url: lesson.url,
			durationSeconds: lesson.durationSeconds ?? 0,
			...optional(lesson.captionsUrl) ? { captionsUrl: lesson.captionsUrl } : {},
			...optional(lesson.transcript) ? { transcript: lesson.transcript } : {}
		};
		case "reading": return {
			...base,
			kind: "reading",
			citation: lesson.citation,
			...optional(lesson.url) ? { url: lesson.url } : {}
		};
		case "resource": return {
			...base,
			kind: "resource",
			url: lesson.url,
			resourceType: lesson.resourceType
		};
	}
}
function activityOut(activity) {
	return {
		...activity.id ? { id: activity.id } : {},
		kind: activity.kind,
		title: localizedOut(activity.title),
		prompt: activity.prompt,
		...activity.dueDaysAfterStart !== null ? { dueDaysAfterStart: activity.dueDaysAfterStart } : {},
		completion: activity.completion === "forum_posts" ? {
			kind: "forum_posts",
			replies: activity.replies
		} : { kind: "accepted_submission" },
		...activity.rubric ? { rubric: activity.rubric } : {}
	};
}
/** The draft as the body of POST /api/courses or PUT /api/courses/:slug; array order is the course order. */
function courseOut(draft) {
	return {
		slug: draft.slug.trim(),
		title: localizedOut(draft.title),
		summary: localizedOut(draft.summary),
		topics: [...new Set(draft.topics.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))],
		status: draft.status,
		modules: draft.modules.map((module) => ({
			...module.id ? { id: module.id } : {},
			title: localizedOut(module.title),
			...module.summary.trim() ? { summary: module.summary } : {},
			lessons: module.lessons.map(lessonOut),
			activities: module.activities.map(activityOut)
		}))
	};
}
function move(list, index, delta) {
	const target = index + delta;
	if (index < 0 || index >= list.length || target < 0 || target >= list.length) return;
	[list[index], list[target]] = [list[target], list[index]];
}
/** The course editor's state: one draft, edited in place by the page, sent whole as JSON. */
var CourseEditor = class {
	draft = draftOf();
	/** Dotted paths the API or the schema refused, e.g. "modules.0.lessons.1.url". */
	issues = [];
	constructor(course) {
		this.draft = draftOf(course);
	}
	#json = derived(() => JSON.stringify(courseOut(this.draft)));
	get json() {
		return this.#json();
	}
	set json($$value) {
		return this.#json($$value);
	}
	addModule() {
		this.draft.modules.push(newModule());
	}
	removeModule(index) {
		this.draft.modules.splice(index, 1);
	}
	moveModule(index, delta) {
		move(this.draft.modules, index, delta);
	}
	addLesson(moduleIndex, kind = "text") {
		this.draft.modules[moduleIndex]?.lessons.push(newLesson(kind));
	}
	removeLesson(moduleIndex, index) {
		this.draft.modules[moduleIndex]?.lessons.splice(index, 1);
	}
	moveLesson(moduleIndex, index, delta) {
		const module = this.draft.modules[moduleIndex];
		if (module) move(module.lessons, index, delta);
	}
	/** A new kind keeps the lesson's id and title and starts its own fields empty. */
	setLessonKind(moduleIndex, index, kind) {
		const lessons = this.draft.modules[moduleIndex]?.lessons;
		const lesson = lessons?.[index];
		if (!lessons || !lesson || lesson.kind === kind) return;
		lessons[index] = newLesson(kind, {
			id: lesson.id,
			title: lesson.title
		});
	}
	addActivity(moduleIndex) {
		this.draft.modules[moduleIndex]?.activities.push(newActivity());
	}
	removeActivity(moduleIndex, index) {
		this.draft.modules[moduleIndex]?.activities.splice(index, 1);
	}
	moveActivity(moduleIndex, index, delta) {
		const module = this.draft.modules[moduleIndex];
		if (module) move(module.activities, index, delta);
	}
	/** Whether the path, or anything inside it, was refused ("title" matches "title.es"). */
	hasIssue(path) {
		return this.issues.some((issue) => issue === path || issue.startsWith(`${path}.`));
	}
};
// src/lib/components/CourseEditorForm.svelte
function moveButtons($$renderer, name, index, count, up, down, remove) {
	$$renderer.push(`<div class="row-tools svelte-78zn4e"><button type="button" class="small svelte-78zn4e"${attr("disabled", index === 0, true)}>↑<span class="visually-hidden">${escape_html(editor_move_up({ name }))}</span></button> <button type="button" class="small svelte-78zn4e"${attr("disabled", index === count - 1, true)}>↓<span class="visually-hidden">${escape_html(editor_move_down({ name }))}</span></button> <button type="button" class="small danger svelte-78zn4e">${escape_html(editor_remove())}<span class="visually-hidden">${escape_html(name)}</span></button></div>`);
}
function CourseEditorForm($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { course, failure, issues } = $$props;
		const editor = new CourseEditor(course);
		const pending = submitting();
		const alert = derived(() => failure ? formErrorMessage(failure.code) : null);
		const bad = (path) => editor.hasIssue(path);
		function localizedPair($$renderer, path, label, value, multiline = false) {
			$$renderer.push(`<div class="pair svelte-78zn4e"><div class="field svelte-78zn4e"><label${attr("for", `${stringify(path)}-es`)} class="svelte-78zn4e">${escape_html(label)} <span class="lang svelte-78zn4e">(español)</span></label> `);
			if (multiline) {
				$$renderer.push(`<!--[0--><textarea${attr("id", `${stringify(path)}-es`)} rows="3"${attr("aria-invalid", bad(`${path}.es`) || bad(path))}>`);
				const $$body = escape_html(value.es);
				if ($$body) $$renderer.push(`${$$body}`);
				$$renderer.push(`</textarea>`);
			} else $$renderer.push(`<!--[-1--><input${attr("id", `${stringify(path)}-es`)} type="text"${attr("value", value.es)}${attr("aria-invalid", bad(`${path}.es`) || bad(path))}/>`);
			$$renderer.push(`<!--]--> `);
			if (bad(`${path}.es`) || bad(path)) $$renderer.push(`<!--[0--><p class="error svelte-78zn4e">${escape_html(editor_field_invalid())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div> <div class="field svelte-78zn4e"><label${attr("for", `${stringify(path)}-en`)} class="svelte-78zn4e">${escape_html(label)} <span class="lang svelte-78zn4e">(English, ${escape_html(optional$1())})</span></label> `);
			if (multiline) {
				$$renderer.push(`<!--[0--><textarea${attr("id", `${stringify(path)}-en`)} lang="en" rows="3"${attr("aria-invalid", bad(`${path}.en`))}>`);
				const $$body_1 = escape_html(value.en);
				if ($$body_1) $$renderer.push(`${$$body_1}`);
				$$renderer.push(`</textarea>`);
			} else $$renderer.push(`<!--[-1--><input${attr("id", `${stringify(path)}-en`)} lang="en" type="text"${attr("value", value.en)}${attr("aria-invalid", bad(`${path}.en`))}/>`);
			$$renderer.push(`<!--]--></div></div>`);
		}
		$$renderer.push(`<form method="POST" class="editor svelte-78zn4e" novalidate=""><input type="hidden" name="course"${attr("value", editor.json)}/> `);
		FormAlert($$renderer, { message: alert() });
		$$renderer.push(`<!----> <section class="card form" aria-labelledby="course-fields"><h2 id="course-fields">${escape_html(editor_course_section())}</h2> <div class="form-grid"><div class="field svelte-78zn4e"><label for="slug" class="svelte-78zn4e">${escape_html(editor_slug())}</label> <p class="hint svelte-78zn4e" id="slug-hint">${escape_html(editor_slug_hint())}</p> <input id="slug" type="text"${attr("value", editor.draft.slug)} aria-describedby="slug-hint"${attr("aria-invalid", bad("slug"))}/> `);
		if (bad("slug")) $$renderer.push(`<!--[0--><p class="error svelte-78zn4e">${escape_html(error_field_slug())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <div class="field svelte-78zn4e"><label for="status" class="svelte-78zn4e">${escape_html(cohort_status())}</label> `);
		$$renderer.select({
			id: "status",
			value: editor.draft.status
		}, ($$renderer) => {
			$$renderer.option({ value: "draft" }, ($$renderer) => {
				$$renderer.push(`${escape_html(course_status_draft())}`);
			});
			$$renderer.option({ value: "published" }, ($$renderer) => {
				$$renderer.push(`${escape_html(course_status_published())}`);
			});
		});
		$$renderer.push(`</div></div> `);
		localizedPair($$renderer, "title", editor_title(), editor.draft.title);
		$$renderer.push(`<!----> `);
		localizedPair($$renderer, "summary", editor_summary(), editor.draft.summary, true);
		$$renderer.push(`<!----> <div class="field svelte-78zn4e"><label for="topics" class="svelte-78zn4e">${escape_html(courses_topics_of())}</label> <p class="hint svelte-78zn4e" id="topics-hint">${escape_html(editor_topics_hint())}</p> <input id="topics" type="text"${attr("value", editor.draft.topics)} aria-describedby="topics-hint"${attr("aria-invalid", bad("topics"))}/></div></section> <section aria-labelledby="modules-heading" class="modules svelte-78zn4e"><h2 id="modules-heading" class="svelte-78zn4e">${escape_html(course_modules_title())}</h2> <!--[-->`);
		const each_array = ensure_array_like(editor.draft.modules);
		for (let mi = 0, $$length = each_array.length; mi < $$length; mi++) {
			let module = each_array[mi];
			const moduleName = course_module_number({ number: mi + 1 });
			$$renderer.push(`<fieldset${attr_class("card module svelte-78zn4e", void 0, { "has-issue": bad(`modules.${mi}`) })}><legend class="svelte-78zn4e">${escape_html(moduleName)}</legend> `);
			moveButtons($$renderer, moduleName, mi, editor.draft.modules.length);
			$$renderer.push(`<!----> `);
			localizedPair($$renderer, `modules.${mi}.title`, editor_title(), module.title);
			$$renderer.push(`<!----> <div class="field svelte-78zn4e"><label${attr("for", `modules.${stringify(mi)}.summary`)} class="svelte-78zn4e">${escape_html(editor_summary())} <span class="lang svelte-78zn4e">(${escape_html(optional$1())})</span></label> <textarea${attr("id", `modules.${stringify(mi)}.summary`)} rows="2">`);
			const $$body_2 = escape_html(module.summary);
			if ($$body_2) $$renderer.push(`${$$body_2}`);
			$$renderer.push(`</textarea></div> <h3 class="svelte-78zn4e">${escape_html(course_lessons_title())}</h3> <!--[-->`);
			const each_array_1 = ensure_array_like(module.lessons);
			for (let li = 0, $$length = each_array_1.length; li < $$length; li++) {
				let lesson = each_array_1[li];
				const path = `modules.${mi}.lessons.${li}`;
				const lessonName = editor_lesson_number({ number: li + 1 });
				$$renderer.push(`<fieldset${attr_class("item svelte-78zn4e", void 0, { "has-issue": bad(path) })}><legend class="svelte-78zn4e">${escape_html(lessonName)} · ${escape_html(lessonKindLabel(lesson.kind))}</legend> `);
				moveButtons($$renderer, `${moduleName}, ${lessonName}`, li, module.lessons.length);
				$$renderer.push(`<!----> <div class="field svelte-78zn4e"><label${attr("for", `${path}.kind`)} class="svelte-78zn4e">${escape_html(editor_lesson_kind())}</label> `);
				$$renderer.select({
					id: `${path}.kind`,
					value: lesson.kind,
					onchange: (e) => editor.setLessonKind(mi, li, e.currentTarget.value)
				}, ($$renderer) => {
					$$renderer.push(`<!--[-->`);
					const each_array_2 = ensure_array_like(LESSON_KINDS);
					for (let $$index = 0, $$length = each_array_2.length; $$index < $$length; $$index++) {
						let kind = each_array_2[$$index];
						$$renderer.option({ value: kind }, ($$renderer) => {
							$$renderer.push(`${escape_html(lessonKindLabel(kind))}`);
						});
					}
					$$renderer.push(`<!--]-->`);
				});
				$$renderer.push(`</div> `);
				localizedPair($$renderer, `${path}.title`, editor_title(), lesson.title);
				$$renderer.push(`<!----> `);
				if (lesson.kind === "text") {
					$$renderer.push(`<!--[0--><div class="field svelte-78zn4e"><label${attr("for", `${path}.body`)} class="svelte-78zn4e">${escape_html(editor_body())}</label> <textarea${attr("id", `${path}.body`)} rows="8"${attr("aria-invalid", bad(`${path}.body`))}>`);
					const $$body_3 = escape_html(lesson.body);
					if ($$body_3) $$renderer.push(`${$$body_3}`);
					$$renderer.push(`</textarea></div>`);
				} else {
					$$renderer.push("<!--[-1-->");
					if (lesson.kind === "reading") {
						$$renderer.push(`<!--[0--><div class="field svelte-78zn4e"><label${attr("for", `${path}.citation`)} class="svelte-78zn4e">${escape_html(editor_citation())}</label> <textarea${attr("id", `${path}.citation`)} rows="2"${attr("aria-invalid", bad(`${path}.citation`))}>`);
						const $$body_4 = escape_html(lesson.citation);
						if ($$body_4) $$renderer.push(`${$$body_4}`);
						$$renderer.push(`</textarea> `);
						if (bad(`${path}.citation`)) $$renderer.push(`<!--[0--><p class="error svelte-78zn4e">${escape_html(editor_field_invalid())}</p>`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--></div>`);
					} else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> <div class="field svelte-78zn4e"><label${attr("for", `${path}.url`)} class="svelte-78zn4e">${escape_html(editor_url())}`);
					if (lesson.kind === "reading") $$renderer.push(`<!--[0--><span class="lang svelte-78zn4e">(${escape_html(optional$1())})</span>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></label> <input${attr("id", `${path}.url`)} type="url"${attr("value", lesson.url)}${attr("aria-invalid", bad(`${path}.url`))}/> `);
					if (bad(`${path}.url`)) $$renderer.push(`<!--[0--><p class="error svelte-78zn4e">${escape_html(editor_url_invalid())}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></div> `);
					if (lesson.kind === "video") {
						$$renderer.push(`<!--[0--><div class="form-grid"><div class="field svelte-78zn4e"><label${attr("for", `${path}.duration`)} class="svelte-78zn4e">${escape_html(editor_duration())}</label> <input${attr("id", `${path}.duration`)} type="number" min="1" max="36000"${attr("value", lesson.durationSeconds)}${attr("aria-invalid", bad(`${path}.durationSeconds`))}/> `);
						if (bad(`${path}.durationSeconds`)) $$renderer.push(`<!--[0--><p class="error svelte-78zn4e">${escape_html(editor_field_invalid())}</p>`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--></div> <div class="field svelte-78zn4e"><label${attr("for", `${path}.captions`)} class="svelte-78zn4e">${escape_html(editor_captions())} <span class="lang svelte-78zn4e">(${escape_html(optional$1())})</span></label> <input${attr("id", `${path}.captions`)} type="url"${attr("value", lesson.captionsUrl)}${attr("aria-invalid", bad(`${path}.captionsUrl`))}/></div></div> <div class="field svelte-78zn4e"><label${attr("for", `${path}.transcript`)} class="svelte-78zn4e">${escape_html(lesson_transcript())} <span class="lang svelte-78zn4e">(${escape_html(optional$1())})</span></label> <textarea${attr("id", `${path}.transcript`)} rows="4">`);
						const $$body_5 = escape_html(lesson.transcript);
						if ($$body_5) $$renderer.push(`${$$body_5}`);
						$$renderer.push(`</textarea></div>`);
					} else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> `);
					if (lesson.kind === "resource") {
						$$renderer.push(`<!--[0--><div class="field svelte-78zn4e"><label${attr("for", `${path}.type`)} class="svelte-78zn4e">${escape_html(editor_resource_type())}</label> `);
						$$renderer.select({
							id: `${path}.type`,
							value: lesson.resourceType
						}, ($$renderer) => {
							$$renderer.push(`<!--[-->`);
							const each_array_3 = ensure_array_like(RESOURCE_TYPES);
							for (let $$index_1 = 0, $$length = each_array_3.length; $$index_1 < $$length; $$index_1++) {
								let type = each_array_3[$$index_1];
								$$renderer.option({ value: type }, ($$renderer) => {
									$$renderer.push(`${escape_html(resourceTypeLabel(type))}`);
								});
							}
							$$renderer.push(`<!--]-->`);
						});
						$$renderer.push(`</div>`);
					} else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]-->`);
				}
				$$renderer.push(`<!--]--></fieldset>`);
			}
			$$renderer.push(`<!--]--> <button type="button" class="button button-secondary svelte-78zn4e">${escape_html(editor_add_lesson())}<span class="visually-hidden">(${escape_html(moduleName)})</span></button> <h3 class="svelte-78zn4e">${escape_html(course_activities_title())}</h3> <!--[-->`);
			const each_array_4 = ensure_array_like(module.activities);
			for (let ai = 0, $$length = each_array_4.length; ai < $$length; ai++) {
				let activity = each_array_4[ai];
				const path = `modules.${mi}.activities.${ai}`;
				const activityName = editor_activity_number({ number: ai + 1 });
				$$renderer.push(`<fieldset${attr_class("item svelte-78zn4e", void 0, { "has-issue": bad(path) })}><legend class="svelte-78zn4e">${escape_html(activityName)} · ${escape_html(activityKindLabel(activity.kind))}</legend> `);
				moveButtons($$renderer, `${moduleName}, ${activityName}`, ai, module.activities.length);
				$$renderer.push(`<!----> <div class="form-grid"><div class="field svelte-78zn4e"><label${attr("for", `${path}.kind`)} class="svelte-78zn4e">${escape_html(editor_activity_kind())}</label> `);
				$$renderer.select({
					id: `${path}.kind`,
					value: activity.kind
				}, ($$renderer) => {
					$$renderer.push(`<!--[-->`);
					const each_array_5 = ensure_array_like(ACTIVITY_KINDS);
					for (let $$index_3 = 0, $$length = each_array_5.length; $$index_3 < $$length; $$index_3++) {
						let kind = each_array_5[$$index_3];
						$$renderer.option({ value: kind }, ($$renderer) => {
							$$renderer.push(`${escape_html(activityKindLabel(kind))}`);
						});
					}
					$$renderer.push(`<!--]-->`);
				});
				$$renderer.push(`</div> <div class="field svelte-78zn4e"><label${attr("for", `${path}.due`)} class="svelte-78zn4e">${escape_html(editor_due())} <span class="lang svelte-78zn4e">(${escape_html(optional$1())})</span></label> <input${attr("id", `${path}.due`)} type="number" min="0" max="365"${attr("value", activity.dueDaysAfterStart)}${attr("aria-invalid", bad(`${path}.dueDaysAfterStart`))}/></div> <div class="field svelte-78zn4e"><label${attr("for", `${path}.completion`)} class="svelte-78zn4e">${escape_html(editor_completion())}</label> `);
				$$renderer.select({
					id: `${path}.completion`,
					value: activity.completion
				}, ($$renderer) => {
					$$renderer.option({ value: "accepted_submission" }, ($$renderer) => {
						$$renderer.push(`${escape_html(editor_completion_submission())}`);
					});
					$$renderer.option({ value: "forum_posts" }, ($$renderer) => {
						$$renderer.push(`${escape_html(editor_completion_forum())}`);
					});
				});
				$$renderer.push(`</div> `);
				if (activity.completion === "forum_posts") $$renderer.push(`<!--[0--><div class="field svelte-78zn4e"><label${attr("for", `${path}.replies`)} class="svelte-78zn4e">${escape_html(editor_replies())}</label> <input${attr("id", `${path}.replies`)} type="number" min="0" max="20"${attr("value", activity.replies)}/></div>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></div> `);
				localizedPair($$renderer, `${path}.title`, editor_title(), activity.title);
				$$renderer.push(`<!----> <div class="field svelte-78zn4e"><label${attr("for", `${path}.prompt`)} class="svelte-78zn4e">${escape_html(editor_prompt())}</label> <textarea${attr("id", `${path}.prompt`)} rows="4"${attr("aria-invalid", bad(`${path}.prompt`))}>`);
				const $$body_6 = escape_html(activity.prompt);
				if ($$body_6) $$renderer.push(`${$$body_6}`);
				$$renderer.push(`</textarea> `);
				if (bad(`${path}.prompt`)) $$renderer.push(`<!--[0--><p class="error svelte-78zn4e">${escape_html(editor_field_invalid())}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></div></fieldset>`);
			}
			$$renderer.push(`<!--]--> <button type="button" class="button button-secondary svelte-78zn4e">${escape_html(editor_add_activity())}<span class="visually-hidden">(${escape_html(moduleName)})</span></button></fieldset>`);
		}
		$$renderer.push(`<!--]--> <button type="button" class="button button-secondary svelte-78zn4e">${escape_html(editor_add_module())}</button></section> <div class="card save svelte-78zn4e"><button class="button" type="submit"${attr("disabled", pending.active, true)}>${escape_html(editor_save())}</button> `);
		if (editor.issues.length > 0) $$renderer.push(`<!--[0--><p class="error svelte-78zn4e" role="status">${escape_html(editor_issues({ count: editor.issues.length }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></form>`);
	});
}

export { CourseEditorForm as C, editor_intro as e };
//# sourceMappingURL=CourseEditorForm.js-BYOcBikE.js.map
