import { ak as head, ai as attr, am as stringify, ah as escape_html, a1 as derived } from '../../../../../../chunks/server.js-BLE87T70.js';
import { e as editor_intro, C as CourseEditorForm } from '../../../../../../chunks/CourseEditorForm.js-BYOcBikE.js';
import { p as page_title } from '../../../../../../chunks/page_title.js-DcyKRVla.js';
import { b as breadcrumb_label } from '../../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { l as localized } from '../../../../../../chunks/localized.js-5IdAKyD2.js';
import { e as getLocale } from '../../../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../../../chunks/optional.js-BOctzD7Z.js';
import '../../../../../../chunks/errors.js-BSO-Lm7a.js';
import '../../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../../../chunks/error_unknown.js-C1rriivB.js';
import '../../../../../../chunks/course_status_draft.js-CMKWOB45.js';
import '../../../../../../chunks/course_activities_title.js-Chrxw2AW.js';
import '../../../../../../chunks/course_module_number.js-C26yxqF9.js';
import '../../../../../../chunks/catalog-labels.js-DD5M8Enr.js';
import '../../../../../../chunks/lesson_transcript.js-VrFL48cE.js';
import '../../../../../../chunks/cohort_status.js-BWssy9Uy.js';
import '../../../../../../chunks/src.js-BEir3teA.js';
import 'zod';
import '../../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import '../../../../../../chunks/enhance.svelte.js-P9OMnLeB.js';
import '../../../../../../chunks/index-server.js-CutNbI_-.js';
import '../../../../../../chunks/client.js-C3Zw1AhV.js';
import '../../../../../../chunks/exports.js-BDUeH8ma.js';
import '../../../../../../chunks/internal2.js-B8C7YPNb.js';
import '../../../../../../chunks/utils.js-dm2kV1-z.js';

// src/lib/paraglide/messages/editor_edit_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ title: NonNullable<unknown> }} Editor_Edit_TitleInputs */
var es_editor_edit_title = (i) => {
	return `Editar: ${i?.title}`;
};
var en_editor_edit_title = (i) => {
	return `Edit: ${i?.title}`;
};
/**
* | output |
* | --- |
* | "Edit: {title}" |
*
* @param {Editor_Edit_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var editor_edit_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_editor_edit_title(inputs);
	return es_editor_edit_title(inputs);
});
// src/routes/(app)/courses/[slug]/edit/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const title = derived(() => localized(data.course.title, getLocale()));
		head("d45kq9", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: editor_edit_title({ title: title() }) }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs"${attr("aria-label", breadcrumb_label())}><a${attr("href", `/courses/${stringify(data.course.slug)}`)}>${escape_html(title())}</a></nav> <header class="page-header"><h1>${escape_html(editor_edit_title({ title: title() }))}</h1> <p>${escape_html(editor_intro())}</p></header> `);
		CourseEditorForm($$renderer, {
			course: data.course,
			failure: form?.failure ?? null,
			issues: form?.issues ?? []
		});
		$$renderer.push(`<!---->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CCKJhxjt.js.map
