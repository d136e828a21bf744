import { ak as head, ai as attr, am as stringify, ah as escape_html, al as attr_class, aj as ensure_array_like, a1 as derived } from '../../../../../chunks/server.js-BLE87T70.js';
import { o as onDestroy } from '../../../../../chunks/index-server.js-CutNbI_-.js';
import { S as SUBMISSION_STATUSES, A as ACADEMY_COUNTRIES } from '../../../../../chunks/src.js-G_A7yq4Q.js';
import { p as page_title } from '../../../../../chunks/page_title.js-DcyKRVla.js';
import { F as FormAlert } from '../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { b as breadcrumb_label } from '../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { S as StatusBadge } from '../../../../../chunks/submission.svelte.js-gJu2NZ_-.js';
import { s as submissionStatusLabel, f as formatWhen } from '../../../../../chunks/format.js-CG18uwBD.js';
import { c as countryName } from '../../../../../chunks/countries.js-CGbs0EHp.js';
import { e as getLocale } from '../../../../../chunks/runtime.js-B8EFPPLT.js';
import { l as localized } from '../../../../../chunks/localized.js-5IdAKyD2.js';
import { g as getRealtime } from '../../../../../chunks/socket.svelte.js-DbqnyPgP.js';
import { R as ReviewWatch } from '../../../../../chunks/submission-queue.svelte.js-BLogbM7k.js';
import '../../../../../chunks/shared.js-DUAwVbGM.js';
import 'zod';
import '../../../../../chunks/schedule.js-DRV8XJJK.js';
import 'socket.io-client';

// src/routes/(app)/review/[cohortId]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const locale = getLocale();
		getRealtime();
		const titles = derived(() => new Map(data.activities.map((a) => [a.id, localized(a.title, locale)])));
		const activityTitle = (id) => titles().get(id) ?? (void 0)();
		const queue = (() => new ReviewWatch({
			cohortId: data.cohort.id,
			initial: data.submissions,
			filters: data.filters
		}))();
		queue.onChange((s, isNew) => isNew ? (void 0)({
			name: s.learner.displayName,
			activity: activityTitle(s.activityId)
		}) : (void 0)({
			name: s.learner.displayName,
			status: submissionStatusLabel(s.status)
		}));
		onDestroy(() => queue.detach());
		let problem = null;
		let busy = null;
		const countries = derived(() => [.../* @__PURE__ */ new Set([...ACADEMY_COUNTRIES, ...data.cohort.countries])]);
		head("11mw3hv", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: (void 0)() }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs svelte-11mw3hv"${attr("aria-label", breadcrumb_label())}><a${attr("href", `/cohorts/${stringify(data.cohort.id)}`)} class="svelte-11mw3hv">${escape_html(data.cohort.name)}</a></nav> <header class="page-header"><h1>${escape_html((void 0)())}</h1> <p class="muted">${escape_html(data.cohort.name)}
    · <span${attr_class("live-state svelte-11mw3hv", void 0, { "on": queue.watching })}>${escape_html(queue.watching ? (void 0)() : (void 0)())}</span></p></header> <div class="visually-hidden" role="status" aria-live="polite" data-testid="queue-live">${escape_html(queue.announcement)}</div> <form class="card filters svelte-11mw3hv" method="GET" aria-labelledby="filters-title" data-sveltekit-reload=""><h2 id="filters-title" class="visually-hidden">${escape_html((void 0)())}</h2> <div class="filter svelte-11mw3hv"><label for="f-activity" class="svelte-11mw3hv">${escape_html((void 0)())}</label> <select id="f-activity" name="activityId" class="svelte-11mw3hv">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html((void 0)())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array = ensure_array_like(data.activities);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let a = each_array[$$index];
			$$renderer.option({
				value: a.id,
				selected: data.filters.activityId === a.id
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(localized(a.title, locale))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="filter svelte-11mw3hv"><label for="f-status" class="svelte-11mw3hv">${escape_html((void 0)())}</label> <select id="f-status" name="status" class="svelte-11mw3hv">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html((void 0)())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_1 = ensure_array_like(SUBMISSION_STATUSES);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let status = each_array_1[$$index_1];
			$$renderer.option({
				value: status,
				selected: data.filters.status === status
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(submissionStatusLabel(status))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="filter svelte-11mw3hv"><label for="f-country" class="svelte-11mw3hv">${escape_html((void 0)())}</label> <select id="f-country" name="country" class="svelte-11mw3hv">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html((void 0)())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_2 = ensure_array_like(countries());
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let code = each_array_2[$$index_2];
			$$renderer.option({
				value: code,
				selected: data.filters.country === code
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(countryName(code, locale))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="filter svelte-11mw3hv"><label for="f-late" class="svelte-11mw3hv">${escape_html((void 0)())}</label> <select id="f-late" name="late" class="svelte-11mw3hv">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html((void 0)())}`);
		});
		$$renderer.option({
			value: "true",
			selected: data.filters.late === true
		}, ($$renderer) => {
			$$renderer.push(`${escape_html((void 0)())}`);
		});
		$$renderer.option({
			value: "false",
			selected: data.filters.late === false
		}, ($$renderer) => {
			$$renderer.push(`${escape_html((void 0)())}`);
		});
		$$renderer.push(`</select></div> <div class="filter-actions"><button class="button" type="submit">${escape_html((void 0)())}</button></div></form> `);
		FormAlert($$renderer, { message: problem });
		$$renderer.push(`<!----> <section aria-labelledby="list-title"><h2 id="list-title">${escape_html((void 0)({ count: queue.items.length }))}</h2> `);
		if (queue.items.length === 0) $$renderer.push(`<!--[0--><p class="card muted">${escape_html((void 0)())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="queue svelte-11mw3hv" data-testid="queue"><!--[-->`);
			const each_array_3 = ensure_array_like(queue.items);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let s = each_array_3[$$index_3];
				const mine = s.claimedBy?.id === data.me;
				$$renderer.push(`<li class="card item"${attr("data-submission", s.id)}><div class="item-head svelte-11mw3hv"><h3 class="svelte-11mw3hv"><a${attr("href", `/review/${stringify(data.cohort.id)}/${stringify(s.id)}`)}>${escape_html(s.learner.displayName)}</a></h3> `);
				StatusBadge($$renderer, { status: s.status });
				$$renderer.push(`<!----> `);
				if (s.late) $$renderer.push(`<!--[0--><span class="late svelte-11mw3hv">${escape_html((void 0)())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></div> <p class="meta svelte-11mw3hv"><span>${escape_html(activityTitle(s.activityId))}</span> · <span>${escape_html(countryName(s.learner.country, locale))}</span> · <span>${escape_html((void 0)({ version: s.version }))}</span> · <span>${escape_html(formatWhen(s.versions.at(-1)?.submittedAt ?? s.updatedAt, locale))}</span></p> `);
				if (s.claimedBy) $$renderer.push(`<!--[0--><p class="claimed svelte-11mw3hv">${escape_html(mine ? (void 0)() : (void 0)({ name: s.claimedBy.displayName }))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <div class="actions svelte-11mw3hv"><a class="button"${attr("href", `/review/${stringify(data.cohort.id)}/${stringify(s.id)}`)}>${escape_html((void 0)())}<span class="visually-hidden">· ${escape_html(s.learner.displayName)}</span></a> `);
				if (s.status === "submitted" || s.status === "in_review") {
					$$renderer.push("<!--[0-->");
					if (mine) $$renderer.push(`<!--[0--><button class="button button-secondary" type="button"${attr("disabled", busy === s.id, true)}>${escape_html((void 0)())}<span class="visually-hidden">· ${escape_html(s.learner.displayName)}</span></button>`);
					else if (!s.claimedBy) $$renderer.push(`<!--[1--><button class="button button-secondary" type="button"${attr("disabled", busy === s.id, true)}>${escape_html((void 0)())}<span class="visually-hidden">· ${escape_html(s.learner.displayName)}</span></button>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]-->`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></div></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BrLQB44S.js.map
