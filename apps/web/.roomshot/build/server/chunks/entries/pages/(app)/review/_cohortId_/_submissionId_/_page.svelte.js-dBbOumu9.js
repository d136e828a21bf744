import { ak as head, ai as attr, am as stringify, ah as escape_html, aj as ensure_array_like, a1 as derived } from '../../../../../../chunks/server.js-BLE87T70.js';
import { o as onDestroy } from '../../../../../../chunks/index-server.js-CutNbI_-.js';
import { F as FormAlert } from '../../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { p as page_title } from '../../../../../../chunks/page_title.js-DcyKRVla.js';
import { S as StatusBadge } from '../../../../../../chunks/submission.svelte.js-gJu2NZ_-.js';
import { b as breadcrumb_label } from '../../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { V as VersionHistory } from '../../../../../../chunks/VersionHistory.js-CYE4SQi2.js';
import { s as submissionStatusLabel } from '../../../../../../chunks/format.js-CG18uwBD.js';
import { c as countryName } from '../../../../../../chunks/countries.js-CGbs0EHp.js';
import { e as getLocale } from '../../../../../../chunks/runtime.js-B8EFPPLT.js';
import { l as localized } from '../../../../../../chunks/localized.js-5IdAKyD2.js';
import { g as getRealtime } from '../../../../../../chunks/socket.svelte.js-DbqnyPgP.js';
import { R as ReviewWatch } from '../../../../../../chunks/submission-queue.svelte.js-BLogbM7k.js';
import '../../../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../../../chunks/markdown.js-uUIQxjnY.js';
import 'dompurify';
import 'marked';
import '../../../../../../chunks/schedule.js-DRV8XJJK.js';
import '../../../../../../chunks/src.js-G_A7yq4Q.js';
import 'zod';
import 'socket.io-client';

// src/routes/(app)/review/[cohortId]/[submissionId]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const locale = getLocale();
		getRealtime();
		const watch = (() => new ReviewWatch({
			cohortId: data.cohort.id,
			initial: [data.submission]
		}))();
		const submission = derived(() => watch.find(data.submission.id) ?? data.submission);
		watch.onChange((s) => s.id === data.submission.id ? (void 0)({
			name: s.learner.displayName,
			status: submissionStatusLabel(s.status)
		}) : null);
		onDestroy(() => watch.detach());
		const rubric = derived(() => data.activity?.rubric ?? []);
		const rubricTotal = derived(() => rubric().reduce((sum, r) => sum + r.maxScore, 0));
		const title = derived(() => (void 0)({ name: data.submission.learner.displayName }));
		const reviewable = derived(() => submission().status === "submitted" || submission().status === "in_review");
		const claimedByOther = derived(() => !!submission().claimedBy && submission().claimedBy.id !== data.me);
		let scores = [];
		let comments = [];
		let feedback = "";
		let overall = "";
		let scoreErrors = {};
		let problem = null;
		let done = null;
		let busy = false;
		const criteriaSum = derived(() => scores.reduce((sum, v) => sum + (v.trim() === "" ? 0 : Number(v) || 0), 0));
		head("l8nr5z", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: title() }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs svelte-l8nr5z"${attr("aria-label", breadcrumb_label())}><a${attr("href", `/review/${stringify(data.cohort.id)}`)} class="svelte-l8nr5z">${escape_html((void 0)())}</a></nav> <header class="page-header"><h1>${escape_html(title())}</h1> <p class="muted">${escape_html(data.activity ? localized(data.activity.title, locale) : "")} · ${escape_html(countryName(submission().learner.country, locale))} · ${escape_html(data.cohort.name)}</p> <p class="status-line svelte-l8nr5z" data-testid="review-status">`);
		StatusBadge($$renderer, { status: submission().status });
		$$renderer.push(`<!----> `);
		if (submission().late) $$renderer.push(`<!--[0--><span class="late svelte-l8nr5z">${escape_html((void 0)())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (submission().claimedBy) $$renderer.push(`<!--[0--><span>${escape_html(submission().claimedBy.id === data.me ? (void 0)() : (void 0)({ name: submission().claimedBy.displayName }))}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p></header> <div class="visually-hidden" role="status" aria-live="polite">${escape_html(watch.announcement)}</div> <div class="layout svelte-l8nr5z"><section class="card svelte-l8nr5z" aria-labelledby="versions-title"><h2 id="versions-title" class="svelte-l8nr5z">${escape_html((void 0)())}</h2> `);
		VersionHistory($$renderer, {
			submission: submission(),
			rendered: data.rendered,
			maxScore: rubricTotal() || void 0
		});
		$$renderer.push(`<!----></section> <section class="card svelte-l8nr5z" aria-labelledby="review-form-title"><h2 id="review-form-title" class="svelte-l8nr5z">${escape_html((void 0)())}</h2> `);
		FormAlert($$renderer, { message: problem });
		$$renderer.push(`<!----> `);
		FormAlert($$renderer, {
			tone: "success",
			message: done
		});
		$$renderer.push(`<!----> `);
		if (!reviewable()) $$renderer.push(`<!--[0--><p>${escape_html((void 0)({ status: submissionStatusLabel(submission().status) }))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><div class="claim-row svelte-l8nr5z">`);
			if (submission().claimedBy?.id === data.me) $$renderer.push(`<!--[0--><button class="button button-secondary" type="button"${attr("disabled", busy, true)}>${escape_html((void 0)())}</button>`);
			else if (!submission().claimedBy) $$renderer.push(`<!--[1--><button class="button button-secondary" type="button"${attr("disabled", busy, true)}>${escape_html((void 0)())}</button> <span class="muted">${escape_html((void 0)())}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div> `);
			if (claimedByOther()) $$renderer.push(`<!--[0--><p class="warning svelte-l8nr5z">${escape_html((void 0)({ name: submission().claimedBy?.displayName ?? "" }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form class="form review-form" novalidate="">`);
			if (rubric().length > 0) {
				$$renderer.push(`<!--[0--><fieldset><legend>${escape_html((void 0)())}</legend> <!--[-->`);
				const each_array = ensure_array_like(rubric());
				for (let i = 0, $$length = each_array.length; i < $$length; i++) {
					let row = each_array[i];
					$$renderer.push(`<div class="criterion svelte-l8nr5z"><p class="criterion-name svelte-l8nr5z"${attr("id", `rv-crit-${stringify(i)}`)}>${escape_html(row.criterion)}</p> <div class="criterion-fields svelte-l8nr5z"><div class="field small svelte-l8nr5z"><label${attr("for", `rv-score-${stringify(i)}`)} class="svelte-l8nr5z">${escape_html((void 0)({ max: row.maxScore }))}</label> <input${attr("id", `rv-score-${stringify(i)}`)} type="number" inputmode="decimal" min="0"${attr("max", row.maxScore)} step="0.5"${attr("value", scores[i])}${attr("aria-describedby", scoreErrors[i] ? `rv-crit-${i} rv-score-${i}-error` : `rv-crit-${i}`)}${attr("aria-invalid", scoreErrors[i] ? "true" : void 0)} class="svelte-l8nr5z"/> `);
					if (scoreErrors[i]) $$renderer.push(`<!--[0--><p class="error svelte-l8nr5z"${attr("id", `rv-score-${stringify(i)}-error`)}>${escape_html((void 0)({ max: row.maxScore }))}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></div> <div class="field grow svelte-l8nr5z"><label${attr("for", `rv-comment-${stringify(i)}`)} class="svelte-l8nr5z">${escape_html((void 0)())}</label> <textarea${attr("id", `rv-comment-${stringify(i)}`)} rows="2"${attr("aria-describedby", `rv-crit-${stringify(i)}`)} class="svelte-l8nr5z">`);
					const $$body = escape_html(comments[i]);
					if ($$body) $$renderer.push(`${$$body}`);
					$$renderer.push(`</textarea></div></div></div>`);
				}
				$$renderer.push(`<!--]--> <p class="total svelte-l8nr5z" aria-live="polite">${escape_html((void 0)({
					total: criteriaSum(),
					max: rubricTotal()
				}))}</p></fieldset>`);
			} else $$renderer.push(`<!--[-1--><div class="field small svelte-l8nr5z"><label for="rv-overall" class="svelte-l8nr5z">${escape_html((void 0)())}</label> <input id="rv-overall" type="number" inputmode="decimal" min="0" step="0.5"${attr("value", overall)} class="svelte-l8nr5z"/></div>`);
			$$renderer.push(`<!--]--> <div class="field svelte-l8nr5z"><label for="rv-feedback" class="svelte-l8nr5z">${escape_html((void 0)())}</label> <p class="hint svelte-l8nr5z" id="rv-feedback-hint">${escape_html((void 0)())}</p> <textarea id="rv-feedback" rows="6"${attr("aria-describedby", "rv-feedback-hint")}${attr("aria-invalid", void 0)} class="svelte-l8nr5z">`);
			const $$body_1 = escape_html(feedback);
			if ($$body_1) $$renderer.push(`${$$body_1}`);
			$$renderer.push(`</textarea> `);
			$$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div> <div class="decide svelte-l8nr5z"><button class="button button-secondary svelte-l8nr5z" type="button"${attr("disabled", busy, true)}>${escape_html((void 0)())}</button> <button class="button svelte-l8nr5z" type="button"${attr("disabled", busy, true)}>${escape_html((void 0)())}</button></div></form>`);
		}
		$$renderer.push(`<!--]--></section></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-dBbOumu9.js.map
