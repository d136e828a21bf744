import { ak as head, ai as attr, am as stringify, ah as escape_html, al as attr_class, aj as ensure_array_like, a1 as derived } from '../../../../../chunks/server.js-BLE87T70.js';
import { o as onDestroy } from '../../../../../chunks/index-server.js-CutNbI_-.js';
import { S as SUBMISSION_STATUSES, k as ACADEMY_COUNTRIES } from '../../../../../chunks/src.js-BEir3teA.js';
import { F as FormAlert } from '../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { S as StatusBadge, a as sub_late, s as sub_version_label } from '../../../../../chunks/submission.svelte.js-DGKTx1H2.js';
import { s as submissionStatusLabel, f as formatWhen } from '../../../../../chunks/format.js-ENEWJlJ4.js';
import { s as sub_queue_title } from '../../../../../chunks/sub_queue_title.js-CQhwTXN3.js';
import { p as page_title } from '../../../../../chunks/page_title.js-DcyKRVla.js';
import { c as countryName } from '../../../../../chunks/countries.js-BtjWBecQ.js';
import { b as breadcrumb_label } from '../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { e as getLocale } from '../../../../../chunks/runtime.js-B8EFPPLT.js';
import { l as localized } from '../../../../../chunks/localized.js-5IdAKyD2.js';
import { g as getRealtime } from '../../../../../chunks/socket.svelte.js-DbqnyPgP.js';
import { R as ReviewWatch, s as sub_announce_changed, a as sub_claimed_by_me, b as sub_claimed_by, c as sub_unclaim, d as sub_claim } from '../../../../../chunks/submission-queue.svelte.js-CeETbCu4.js';
import '../../../../../chunks/shared.js-DUAwVbGM.js';
import 'zod';
import '../../../../../chunks/schedule.js-DRV8XJJK.js';
import 'socket.io-client';

// src/lib/paraglide/messages/sub_live_connecting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Live_ConnectingInputs */
var es_sub_live_connecting = () => {
	return `Conectando…`;
};
var en_sub_live_connecting = () => {
	return `Connecting…`;
};
/**
* | output |
* | --- |
* | "Connecting…" |
*
* @param {Sub_Live_ConnectingInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_live_connecting = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_live_connecting();
	return es_sub_live_connecting();
});
// src/lib/paraglide/messages/sub_activity_unknown.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Activity_UnknownInputs */
var es_sub_activity_unknown = () => {
	return `Actividad`;
};
var en_sub_activity_unknown = () => {
	return `Activity`;
};
/**
* | output |
* | --- |
* | "Activity" |
*
* @param {Sub_Activity_UnknownInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_activity_unknown = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_activity_unknown();
	return es_sub_activity_unknown();
});
// src/lib/paraglide/messages/sub_announce_new.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, activity: NonNullable<unknown> }} Sub_Announce_NewInputs */
var es_sub_announce_new = (i) => {
	return `Nueva entrega de ${i?.name}: ${i?.activity}`;
};
var en_sub_announce_new = (i) => {
	return `New submission from ${i?.name}: ${i?.activity}`;
};
/**
* | output |
* | --- |
* | "New submission from {name}: {activity}" |
*
* @param {Sub_Announce_NewInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_announce_new = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_announce_new(inputs);
	return es_sub_announce_new(inputs);
});
// src/lib/paraglide/messages/sub_filter_activity.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Filter_ActivityInputs */
var es_sub_filter_activity = () => {
	return `Actividad`;
};
var en_sub_filter_activity = () => {
	return `Activity`;
};
/**
* | output |
* | --- |
* | "Activity" |
*
* @param {Sub_Filter_ActivityInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_filter_activity = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_filter_activity();
	return es_sub_filter_activity();
});
// src/lib/paraglide/messages/sub_filter_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Filter_AllInputs */
var es_sub_filter_all = () => {
	return `Todas`;
};
var en_sub_filter_all = () => {
	return `All`;
};
/**
* | output |
* | --- |
* | "All" |
*
* @param {Sub_Filter_AllInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_filter_all = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_filter_all();
	return es_sub_filter_all();
});
// src/lib/paraglide/messages/sub_filter_all_countries.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Filter_All_CountriesInputs */
var es_sub_filter_all_countries = () => {
	return `Todos los países`;
};
var en_sub_filter_all_countries = () => {
	return `All countries`;
};
/**
* | output |
* | --- |
* | "All countries" |
*
* @param {Sub_Filter_All_CountriesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_filter_all_countries = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_filter_all_countries();
	return es_sub_filter_all_countries();
});
// src/lib/paraglide/messages/sub_filter_apply.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Filter_ApplyInputs */
var es_sub_filter_apply = () => {
	return `Filtrar`;
};
var en_sub_filter_apply = () => {
	return `Filter`;
};
/**
* | output |
* | --- |
* | "Filter" |
*
* @param {Sub_Filter_ApplyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_filter_apply = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_filter_apply();
	return es_sub_filter_apply();
});
// src/lib/paraglide/messages/sub_filter_country.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Filter_CountryInputs */
var es_sub_filter_country = () => {
	return `País`;
};
var en_sub_filter_country = () => {
	return `Country`;
};
/**
* | output |
* | --- |
* | "Country" |
*
* @param {Sub_Filter_CountryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_filter_country = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_filter_country();
	return es_sub_filter_country();
});
// src/lib/paraglide/messages/sub_filter_late.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Filter_LateInputs */
var es_sub_filter_late = () => {
	return `Puntualidad`;
};
var en_sub_filter_late = () => {
	return `Timeliness`;
};
/**
* | output |
* | --- |
* | "Timeliness" |
*
* @param {Sub_Filter_LateInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_filter_late = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_filter_late();
	return es_sub_filter_late();
});
// src/lib/paraglide/messages/sub_filter_late_no.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Filter_Late_NoInputs */
var es_sub_filter_late_no = () => {
	return `A tiempo`;
};
var en_sub_filter_late_no = () => {
	return `On time`;
};
/**
* | output |
* | --- |
* | "On time" |
*
* @param {Sub_Filter_Late_NoInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_filter_late_no = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_filter_late_no();
	return es_sub_filter_late_no();
});
// src/lib/paraglide/messages/sub_filter_late_yes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Filter_Late_YesInputs */
var es_sub_filter_late_yes = () => {
	return `Tardías`;
};
var en_sub_filter_late_yes = () => {
	return `Late`;
};
/**
* | output |
* | --- |
* | "Late" |
*
* @param {Sub_Filter_Late_YesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_filter_late_yes = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_filter_late_yes();
	return es_sub_filter_late_yes();
});
// src/lib/paraglide/messages/sub_filter_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Filter_StatusInputs */
var es_sub_filter_status = () => {
	return `Estado`;
};
var en_sub_filter_status = () => {
	return `Status`;
};
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Sub_Filter_StatusInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_filter_status = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_filter_status();
	return es_sub_filter_status();
});
// src/lib/paraglide/messages/sub_filters_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Filters_TitleInputs */
var es_sub_filters_title = () => {
	return `Filtros`;
};
var en_sub_filters_title = () => {
	return `Filters`;
};
/**
* | output |
* | --- |
* | "Filters" |
*
* @param {Sub_Filters_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_filters_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_filters_title();
	return es_sub_filters_title();
});
// src/lib/paraglide/messages/sub_live_off.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Live_OffInputs */
var es_sub_live_off = () => {
	return `Reconectando…`;
};
var en_sub_live_off = () => {
	return `Reconnecting…`;
};
/**
* | output |
* | --- |
* | "Reconnecting…" |
*
* @param {Sub_Live_OffInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_live_off = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_live_off();
	return es_sub_live_off();
});
// src/lib/paraglide/messages/sub_live_on.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Live_OnInputs */
var es_sub_live_on = () => {
	return `En vivo`;
};
var en_sub_live_on = () => {
	return `Live`;
};
/**
* | output |
* | --- |
* | "Live" |
*
* @param {Sub_Live_OnInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_live_on = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_live_on();
	return es_sub_live_on();
});
// src/lib/paraglide/messages/sub_open_review.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Open_ReviewInputs */
var es_sub_open_review = () => {
	return `Revisar`;
};
var en_sub_open_review = () => {
	return `Review`;
};
/**
* | output |
* | --- |
* | "Review" |
*
* @param {Sub_Open_ReviewInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_open_review = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_open_review();
	return es_sub_open_review();
});
// src/lib/paraglide/messages/sub_queue_count.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Sub_Queue_CountInputs */
var es_sub_queue_count = (i) => {
	return `${i?.count} entregas`;
};
var en_sub_queue_count = (i) => {
	return `${i?.count} submissions`;
};
/**
* | output |
* | --- |
* | "{count} submissions" |
*
* @param {Sub_Queue_CountInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_queue_count = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_queue_count(inputs);
	return es_sub_queue_count(inputs);
});
// src/lib/paraglide/messages/sub_queue_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Queue_EmptyInputs */
var es_sub_queue_empty = () => {
	return `No hay entregas con estos filtros.`;
};
var en_sub_queue_empty = () => {
	return `No submissions match these filters.`;
};
/**
* | output |
* | --- |
* | "No submissions match these filters." |
*
* @param {Sub_Queue_EmptyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_queue_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_queue_empty();
	return es_sub_queue_empty();
});
// src/routes/(app)/review/[cohortId]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const locale = getLocale();
		const realtime = getRealtime();
		const titles = derived(() => new Map(data.activities.map((a) => [a.id, localized(a.title, locale)])));
		const activityTitle = (id) => titles().get(id) ?? sub_activity_unknown();
		const queue = (() => new ReviewWatch({
			cohortId: data.cohort.id,
			initial: data.submissions,
			filters: data.filters
		}))();
		queue.onChange((s, isNew) => isNew ? sub_announce_new({
			name: s.learner.displayName,
			activity: activityTitle(s.activityId)
		}) : sub_announce_changed({
			name: s.learner.displayName,
			status: submissionStatusLabel(s.status)
		}));
		onDestroy(() => queue.detach());
		let problem = null;
		let busy = null;
		const countries = derived(() => [.../* @__PURE__ */ new Set([...ACADEMY_COUNTRIES, ...data.cohort.countries])]);
		head("11mw3hv", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: sub_queue_title() }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs svelte-11mw3hv"${attr("aria-label", breadcrumb_label())}><a${attr("href", `/cohorts/${stringify(data.cohort.id)}`)} class="svelte-11mw3hv">${escape_html(data.cohort.name)}</a></nav> <header class="page-header"><h1>${escape_html(sub_queue_title())}</h1> <p class="muted">${escape_html(data.cohort.name)}
    · <span${attr_class("live-state svelte-11mw3hv", void 0, { "on": queue.watching })}>${escape_html(queue.watching ? sub_live_on() : realtime.status === "reconnecting" ? sub_live_off() : sub_live_connecting())}</span></p></header> <div class="visually-hidden" role="status" aria-live="polite" data-testid="queue-live">${escape_html(queue.announcement)}</div> <form class="card filters svelte-11mw3hv" method="GET" aria-labelledby="filters-title" data-sveltekit-reload=""><h2 id="filters-title" class="visually-hidden">${escape_html(sub_filters_title())}</h2> <div class="filter svelte-11mw3hv"><label for="f-activity" class="svelte-11mw3hv">${escape_html(sub_filter_activity())}</label> <select id="f-activity" name="activityId" class="svelte-11mw3hv">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(sub_filter_all())}`);
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
		$$renderer.push(`<!--]--></select></div> <div class="filter svelte-11mw3hv"><label for="f-status" class="svelte-11mw3hv">${escape_html(sub_filter_status())}</label> <select id="f-status" name="status" class="svelte-11mw3hv">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(sub_filter_all())}`);
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
		$$renderer.push(`<!--]--></select></div> <div class="filter svelte-11mw3hv"><label for="f-country" class="svelte-11mw3hv">${escape_html(sub_filter_country())}</label> <select id="f-country" name="country" class="svelte-11mw3hv">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(sub_filter_all_countries())}`);
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
		$$renderer.push(`<!--]--></select></div> <div class="filter svelte-11mw3hv"><label for="f-late" class="svelte-11mw3hv">${escape_html(sub_filter_late())}</label> <select id="f-late" name="late" class="svelte-11mw3hv">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(sub_filter_all())}`);
		});
		$$renderer.option({
			value: "true",
			selected: data.filters.late === true
		}, ($$renderer) => {
			$$renderer.push(`${escape_html(sub_filter_late_yes())}`);
		});
		$$renderer.option({
			value: "false",
			selected: data.filters.late === false
		}, ($$renderer) => {
			$$renderer.push(`${escape_html(sub_filter_late_no())}`);
		});
		$$renderer.push(`</select></div> <div class="filter-actions"><button class="button" type="submit">${escape_html(sub_filter_apply())}</button></div></form> `);
		FormAlert($$renderer, { message: problem });
		$$renderer.push(`<!----> <section aria-labelledby="list-title"><h2 id="list-title">${escape_html(sub_queue_count({ count: queue.items.length }))}</h2> `);
		if (queue.items.length === 0) $$renderer.push(`<!--[0--><p class="card muted">${escape_html(sub_queue_empty())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="queue svelte-11mw3hv" data-testid="queue"><!--[-->`);
			const each_array_3 = ensure_array_like(queue.items);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let s = each_array_3[$$index_3];
				const mine = s.claimedBy?.id === data.me;
				$$renderer.push(`<li class="card item"${attr("data-submission", s.id)}><div class="item-head svelte-11mw3hv"><h3 class="svelte-11mw3hv"><a${attr("href", `/review/${stringify(data.cohort.id)}/${stringify(s.id)}`)}>${escape_html(s.learner.displayName)}</a></h3> `);
				StatusBadge($$renderer, { status: s.status });
				$$renderer.push(`<!----> `);
				if (s.late) $$renderer.push(`<!--[0--><span class="late svelte-11mw3hv">${escape_html(sub_late())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></div> <p class="meta svelte-11mw3hv"><span>${escape_html(activityTitle(s.activityId))}</span> · <span>${escape_html(countryName(s.learner.country, locale))}</span> · <span>${escape_html(sub_version_label({ version: s.version }))}</span> · <span>${escape_html(formatWhen(s.versions.at(-1)?.submittedAt ?? s.updatedAt, locale))}</span></p> `);
				if (s.claimedBy) $$renderer.push(`<!--[0--><p class="claimed svelte-11mw3hv">${escape_html(mine ? sub_claimed_by_me() : sub_claimed_by({ name: s.claimedBy.displayName }))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <div class="actions svelte-11mw3hv"><a class="button"${attr("href", `/review/${stringify(data.cohort.id)}/${stringify(s.id)}`)}>${escape_html(sub_open_review())}<span class="visually-hidden">· ${escape_html(s.learner.displayName)}</span></a> `);
				if (s.status === "submitted" || s.status === "in_review") {
					$$renderer.push("<!--[0-->");
					if (mine) $$renderer.push(`<!--[0--><button class="button button-secondary" type="button"${attr("disabled", busy === s.id, true)}>${escape_html(sub_unclaim())}<span class="visually-hidden">· ${escape_html(s.learner.displayName)}</span></button>`);
					else if (!s.claimedBy) $$renderer.push(`<!--[1--><button class="button button-secondary" type="button"${attr("disabled", busy === s.id, true)}>${escape_html(sub_claim())}<span class="visually-hidden">· ${escape_html(s.learner.displayName)}</span></button>`);
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
//# sourceMappingURL=_page.svelte.js-D-vZQzvv.js.map
