import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, am as stringify } from '../../../../chunks/server.js-BLE87T70.js';
import { p as page_title } from '../../../../chunks/page_title.js-DcyKRVla.js';
import { e as error_unknown } from '../../../../chunks/error_unknown.js-C1rriivB.js';
import '../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../chunks/runtime.js-B8EFPPLT.js';

// src/routes/(app)/moderation/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("1gyge20", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: (void 0)() }))}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html((void 0)())}</h1> `);
		if (data.failed) $$renderer.push(`<!--[0--><p class="muted">${escape_html(error_unknown())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.cohorts.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html((void 0)())}</p>`);
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
//# sourceMappingURL=_page.svelte.js-B7_1YMHM.js.map
