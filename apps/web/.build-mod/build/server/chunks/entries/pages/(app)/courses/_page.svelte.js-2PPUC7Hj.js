import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, am as stringify, a1 as derived } from '../../../../chunks/server.js-BLE87T70.js';
import { F as FormAlert } from '../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { p as page_title } from '../../../../chunks/page_title.js-DcyKRVla.js';
import { f as formErrorMessage } from '../../../../chunks/errors.js-BSO-Lm7a.js';
import { c as courses_title } from '../../../../chunks/courses_title.js-B6KgLFxj.js';
import { c as courses_new } from '../../../../chunks/courses_new.js-CnEnveZW.js';
import { c as courses_search_submit } from '../../../../chunks/courses_search_submit.js-B8ZAQo_E.js';
import { c as course_status_draft, a as courses_topics_of } from '../../../../chunks/course_status_draft.js-CMKWOB45.js';
import { l as localized } from '../../../../chunks/localized.js-5IdAKyD2.js';
import { e as getLocale } from '../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../chunks/error_unknown.js-C1rriivB.js';

// src/lib/paraglide/messages/courses_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Courses_IntroInputs */
var es_courses_intro = () => {
	return `Cursos de la academia sobre seguridad ciudadana. Busque por tema o por palabra clave.`;
};
var en_courses_intro = () => {
	return `The academy's courses on citizen security. Search by topic or keyword.`;
};
/**
* | output |
* | --- |
* | "The academy's courses on citizen security. Search by topic or keyword." |
*
* @param {Courses_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_intro();
	return es_courses_intro();
});
// src/lib/paraglide/messages/courses_search_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Courses_Search_LabelInputs */
var es_courses_search_label = () => {
	return `Buscar cursos`;
};
var en_courses_search_label = () => {
	return `Search courses`;
};
/**
* | output |
* | --- |
* | "Search courses" |
*
* @param {Courses_Search_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_search_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_search_label();
	return es_courses_search_label();
});
// src/lib/paraglide/messages/courses_search_placeholder.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Courses_Search_PlaceholderInputs */
var es_courses_search_placeholder = () => {
	return `Por ejemplo: ciberseguridad`;
};
var en_courses_search_placeholder = () => {
	return `For example: cybersecurity`;
};
/**
* | output |
* | --- |
* | "For example: cybersecurity" |
*
* @param {Courses_Search_PlaceholderInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_search_placeholder = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_search_placeholder();
	return es_courses_search_placeholder();
});
// src/lib/paraglide/messages/courses_topics_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Courses_Topics_LabelInputs */
var es_courses_topics_label = () => {
	return `Filtrar por tema`;
};
var en_courses_topics_label = () => {
	return `Filter by topic`;
};
/**
* | output |
* | --- |
* | "Filter by topic" |
*
* @param {Courses_Topics_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_topics_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_topics_label();
	return es_courses_topics_label();
});
// src/lib/paraglide/messages/courses_topics_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Courses_Topics_AllInputs */
var es_courses_topics_all = () => {
	return `Todos los temas`;
};
var en_courses_topics_all = () => {
	return `All topics`;
};
/**
* | output |
* | --- |
* | "All topics" |
*
* @param {Courses_Topics_AllInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_topics_all = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_topics_all();
	return es_courses_topics_all();
});
// src/lib/paraglide/messages/courses_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Courses_FoundInputs */
var es_courses_found = (i) => {
	return `Cursos encontrados: ${i?.count}`;
};
var en_courses_found = (i) => {
	return `Courses found: ${i?.count}`;
};
/**
* | output |
* | --- |
* | "Courses found: {count}" |
*
* @param {Courses_FoundInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_found = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_found(inputs);
	return es_courses_found(inputs);
});
// src/lib/paraglide/messages/courses_clear.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Courses_ClearInputs */
var es_courses_clear = () => {
	return `Ver todo el catálogo`;
};
var en_courses_clear = () => {
	return `Show the whole catalogue`;
};
/**
* | output |
* | --- |
* | "Show the whole catalogue" |
*
* @param {Courses_ClearInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_clear = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_clear();
	return es_courses_clear();
});
// src/lib/paraglide/messages/courses_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Courses_EmptyInputs */
var es_courses_empty = () => {
	return `No hay cursos que coincidan con la búsqueda.`;
};
var en_courses_empty = () => {
	return `No course matches the search.`;
};
/**
* | output |
* | --- |
* | "No course matches the search." |
*
* @param {Courses_EmptyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_empty();
	return es_courses_empty();
});
// src/lib/paraglide/messages/courses_list_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Courses_List_LabelInputs */
var es_courses_list_label = () => {
	return `Cursos`;
};
var en_courses_list_label = () => {
	return `Courses`;
};
/**
* | output |
* | --- |
* | "Courses" |
*
* @param {Courses_List_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_list_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_list_label();
	return es_courses_list_label();
});
// src/lib/paraglide/messages/courses_counts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ modules: NonNullable<unknown>, lessons: NonNullable<unknown> }} Courses_CountsInputs */
var es_courses_counts = (i) => {
	return `${i?.modules} módulos · ${i?.lessons} lecciones`;
};
var en_courses_counts = (i) => {
	return `${i?.modules} modules · ${i?.lessons} lessons`;
};
/**
* | output |
* | --- |
* | "{modules} modules · {lessons} lessons" |
*
* @param {Courses_CountsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var courses_counts = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_courses_counts(inputs);
	return es_courses_counts(inputs);
});
// src/routes/(app)/courses/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const locale = getLocale();
		const filtered = derived(() => !!data.q || !!data.topic);
		const loadAlert = derived(() => data.loadFailure ? formErrorMessage(data.loadFailure.code) : null);
		function topicHref(topic) {
			const params = new URLSearchParams();
			if (data.q) params.set("q", data.q);
			if (topic) params.set("topic", topic);
			const query = params.toString();
			return query ? `?${query}` : "?";
		}
		head("2f8vyo", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: courses_title() }))}</title>`);
			});
		});
		$$renderer.push(`<header class="page-header with-action svelte-2f8vyo"><div><h1>${escape_html(courses_title())}</h1> <p>${escape_html(courses_intro())}</p></div> `);
		if (data.canEdit) $$renderer.push(`<!--[0--><a class="button" href="/courses/new">${escape_html(courses_new())}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></header> <section class="card search svelte-2f8vyo"${attr("aria-label", courses_search_label())}><form method="GET" role="search" class="search-form svelte-2f8vyo"><label for="course-q" class="svelte-2f8vyo">${escape_html(courses_search_label())}</label> <div class="search-row svelte-2f8vyo"><input id="course-q" name="q" type="search"${attr("value", data.q)} maxlength="100"${attr("placeholder", courses_search_placeholder())} class="svelte-2f8vyo"/> `);
		if (data.topic) $$renderer.push(`<!--[0--><input type="hidden" name="topic"${attr("value", data.topic)} class="svelte-2f8vyo"/>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <button class="button" type="submit">${escape_html(courses_search_submit())}</button></div></form> `);
		if (data.topics.length > 0) {
			$$renderer.push(`<!--[0--><nav class="topics svelte-2f8vyo"${attr("aria-label", courses_topics_label())}><ul class="svelte-2f8vyo"><li><a class="chip svelte-2f8vyo"${attr("href", topicHref(null))}${attr("aria-current", !data.topic ? "true" : void 0)}>${escape_html(courses_topics_all())}</a></li> <!--[-->`);
			const each_array = ensure_array_like(data.topics);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let topic = each_array[$$index];
				$$renderer.push(`<li><a class="chip svelte-2f8vyo"${attr("href", topicHref(topic))}${attr("aria-current", data.topic === topic ? "true" : void 0)}>${escape_html(topic)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul></nav>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> `);
		FormAlert($$renderer, { message: loadAlert() });
		$$renderer.push(`<!----> <p class="result-count svelte-2f8vyo" role="status">`);
		if (filtered()) $$renderer.push(`<!--[0-->${escape_html(courses_found({ count: data.courses.length }))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (filtered()) $$renderer.push(`<!--[0--><a href="/courses">${escape_html(courses_clear())}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> `);
		if (data.courses.length === 0 && !data.loadFailure) $$renderer.push(`<!--[0--><p class="card muted">${escape_html(courses_empty())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="course-grid svelte-2f8vyo"${attr("aria-label", courses_list_label())}><!--[-->`);
			const each_array_1 = ensure_array_like(data.courses);
			for (let $$index_2 = 0, $$length = each_array_1.length; $$index_2 < $$length; $$index_2++) {
				let course = each_array_1[$$index_2];
				$$renderer.push(`<li class="card course-card svelte-2f8vyo"><h2 class="svelte-2f8vyo"><a${attr("href", `/courses/${stringify(course.slug)}`)}>${escape_html(localized(course.title, locale))}</a></h2> `);
				if (course.status === "draft") $$renderer.push(`<!--[0--><p class="badge svelte-2f8vyo">${escape_html(course_status_draft())}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <p class="summary svelte-2f8vyo">${escape_html(localized(course.summary, locale))}</p> <p class="counts svelte-2f8vyo">${escape_html(courses_counts({
					modules: course.moduleCount,
					lessons: course.lessonCount
				}))}</p> `);
				if (course.topics.length > 0) {
					$$renderer.push(`<!--[0--><ul class="tags svelte-2f8vyo"${attr("aria-label", courses_topics_of())}><!--[-->`);
					const each_array_2 = ensure_array_like(course.topics);
					for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
						let topic = each_array_2[$$index_1];
						$$renderer.push(`<li class="svelte-2f8vyo">${escape_html(topic)}</li>`);
					}
					$$renderer.push(`<!--]--></ul>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-2PPUC7Hj.js.map
