import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, am as stringify } from '../../../../chunks/server.js-BLE87T70.js';
import { e as getLocale } from '../../../../chunks/runtime.js-B8EFPPLT.js';
import { p as page_title } from '../../../../chunks/page_title.js-DcyKRVla.js';
import { e as error_unknown } from '../../../../chunks/error_unknown.js-C1rriivB.js';
import { m as mod_nav } from '../../../../chunks/mod_nav.js-C7_nImqq.js';
import '../../../../chunks/shared.js-DUAwVbGM.js';

// src/lib/paraglide/messages/mod_index_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Index_TitleInputs */
var es_mod_index_title = () => {
	return `Moderación de cohortes`;
};
var en_mod_index_title = () => {
	return `Cohort moderation`;
};
/**
* | output |
* | --- |
* | "Cohort moderation" |
*
* @param {Mod_Index_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_index_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_index_title();
	return es_mod_index_title();
});
// src/lib/paraglide/messages/mod_index_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Index_EmptyInputs */
var es_mod_index_empty = () => {
	return `No modera ninguna cohorte.`;
};
var en_mod_index_empty = () => {
	return `You do not moderate any cohort.`;
};
/**
* | output |
* | --- |
* | "You do not moderate any cohort." |
*
* @param {Mod_Index_EmptyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_index_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_index_empty();
	return es_mod_index_empty();
});
// src/routes/(app)/moderation/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("1gyge20", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: mod_nav() }))}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(mod_index_title())}</h1> `);
		if (data.failed) $$renderer.push(`<!--[0--><p class="muted">${escape_html(error_unknown())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.cohorts.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(mod_index_empty())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="cohorts svelte-1gyge20"><!--[-->`);
			const each_array = ensure_array_like(data.cohorts);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let cohort = each_array[$$index];
				$$renderer.push(`<li><a class="button button-secondary"${attr("href", `/moderation/${stringify(cohort.id)}`)}>${escape_html(cohort.name)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-tzj_8l_E.js.map
