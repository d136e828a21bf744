import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, am as stringify } from '../../../../chunks/server.js-BLE87T70.js';
import { l as localized } from '../../../../chunks/localized.js-5IdAKyD2.js';
import { s as sub_queue_title } from '../../../../chunks/sub_queue_title.js-CQhwTXN3.js';
import { p as page_title } from '../../../../chunks/page_title.js-DcyKRVla.js';
import { e as error_unavailable } from '../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import { e as getLocale } from '../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../chunks/shared.js-DUAwVbGM.js';

// src/lib/paraglide/messages/sub_review_pick.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Review_PickInputs */
var es_sub_review_pick = () => {
	return `Elija la cohorte cuyas entregas quiere revisar.`;
};
var en_sub_review_pick = () => {
	return `Pick the cohort whose submissions you want to review.`;
};
/**
* | output |
* | --- |
* | "Pick the cohort whose submissions you want to review." |
*
* @param {Sub_Review_PickInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_review_pick = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_review_pick();
	return es_sub_review_pick();
});
// src/lib/paraglide/messages/sub_review_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Review_NoneInputs */
var es_sub_review_none = () => {
	return `No modera ninguna cohorte.`;
};
var en_sub_review_none = () => {
	return `You do not moderate any cohort.`;
};
/**
* | output |
* | --- |
* | "You do not moderate any cohort." |
*
* @param {Sub_Review_NoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_review_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_review_none();
	return es_sub_review_none();
});
// src/routes/(app)/review/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const locale = getLocale();
		head("7gtbbs", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: sub_queue_title() }))}</title>`);
			});
		});
		$$renderer.push(`<header class="page-header"><h1>${escape_html(sub_queue_title())}</h1> <p class="svelte-7gtbbs">${escape_html(data.cohorts.length > 0 ? sub_review_pick() : sub_review_none())}</p></header> `);
		if (data.failed) $$renderer.push(`<!--[0--><p class="card svelte-7gtbbs">${escape_html(error_unavailable())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul class="cohorts svelte-7gtbbs"><!--[-->`);
		const each_array = ensure_array_like(data.cohorts);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let c = each_array[$$index];
			$$renderer.push(`<li class="card"><h2 class="svelte-7gtbbs"><a${attr("href", `/review/${stringify(c.id)}`)}>${escape_html(c.name)}</a></h2> `);
			if (c.course) $$renderer.push(`<!--[0--><p class="muted svelte-7gtbbs">${escape_html(localized(c.course, locale))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ul>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-ByxA1s96.js.map
