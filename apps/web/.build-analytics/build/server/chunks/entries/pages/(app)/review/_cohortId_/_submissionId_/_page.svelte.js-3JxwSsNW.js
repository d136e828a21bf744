import { ak as head, ai as attr, am as stringify, ah as escape_html, aj as ensure_array_like, a1 as derived } from '../../../../../../chunks/server.js-BLE87T70.js';
import { o as onDestroy } from '../../../../../../chunks/index-server.js-CutNbI_-.js';
import { F as FormAlert } from '../../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { S as StatusBadge, a as sub_late } from '../../../../../../chunks/submission.svelte.js-DGKTx1H2.js';
import { s as sub_history_title, V as VersionHistory, a as sub_rubric_title } from '../../../../../../chunks/VersionHistory.js-BeDXb16k.js';
import { s as submissionStatusLabel } from '../../../../../../chunks/format.js-ENEWJlJ4.js';
import { c as countryName } from '../../../../../../chunks/countries.js-BtjWBecQ.js';
import { p as page_title } from '../../../../../../chunks/page_title.js-DcyKRVla.js';
import { e as getLocale } from '../../../../../../chunks/runtime.js-B8EFPPLT.js';
import { b as breadcrumb_label } from '../../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { l as localized } from '../../../../../../chunks/localized.js-5IdAKyD2.js';
import { g as getRealtime } from '../../../../../../chunks/socket.svelte.js-DbqnyPgP.js';
import { R as ReviewWatch, s as sub_announce_changed, a as sub_claimed_by_me, b as sub_claimed_by, c as sub_unclaim, d as sub_claim } from '../../../../../../chunks/submission-queue.svelte.js-CeETbCu4.js';
import '../../../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../../../chunks/markdown.js-uUIQxjnY.js';
import 'dompurify';
import 'marked';
import '../../../../../../chunks/schedule.js-DRV8XJJK.js';
import '../../../../../../chunks/src.js-BEir3teA.js';
import 'zod';
import 'socket.io-client';

// src/lib/paraglide/messages/sub_accept.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_AcceptInputs */
var es_sub_accept = () => {
	return `Aceptar`;
};
var en_sub_accept = () => {
	return `Accept`;
};
/**
* | output |
* | --- |
* | "Accept" |
*
* @param {Sub_AcceptInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_accept = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_accept();
	return es_sub_accept();
});
// src/lib/paraglide/messages/sub_return.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_ReturnInputs */
var es_sub_return = () => {
	return `Devolver`;
};
var en_sub_return = () => {
	return `Return`;
};
/**
* | output |
* | --- |
* | "Return" |
*
* @param {Sub_ReturnInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_return = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_return();
	return es_sub_return();
});
// src/lib/paraglide/messages/sub_claim_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Claim_HintInputs */
var es_sub_claim_hint = () => {
	return `Tómela para que otras personas moderadoras sepan que la está revisando.`;
};
var en_sub_claim_hint = () => {
	return `Claim it so other moderators know you are reviewing it.`;
};
/**
* | output |
* | --- |
* | "Claim it so other moderators know you are reviewing it." |
*
* @param {Sub_Claim_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_claim_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_claim_hint();
	return es_sub_claim_hint();
});
// src/lib/paraglide/messages/sub_claimed_other_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Sub_Claimed_Other_NoteInputs */
var es_sub_claimed_other_note = (i) => {
	return `${i?.name} está revisando esta entrega. Si también la devuelve o acepta, la API lo rechazará.`;
};
var en_sub_claimed_other_note = (i) => {
	return `${i?.name} is reviewing this submission. If you also return or accept it, the API will refuse.`;
};
/**
* | output |
* | --- |
* | "{name} is reviewing this submission. If you also return or accept it, the API will refuse." |
*
* @param {Sub_Claimed_Other_NoteInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_claimed_other_note = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_claimed_other_note(inputs);
	return es_sub_claimed_other_note(inputs);
});
// src/lib/paraglide/messages/sub_criteria_total.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ total: NonNullable<unknown>, max: NonNullable<unknown> }} Sub_Criteria_TotalInputs */
var es_sub_criteria_total = (i) => {
	return `Total: ${i?.total} de ${i?.max}`;
};
var en_sub_criteria_total = (i) => {
	return `Total: ${i?.total} of ${i?.max}`;
};
/**
* | output |
* | --- |
* | "Total: {total} of {max}" |
*
* @param {Sub_Criteria_TotalInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_criteria_total = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_criteria_total(inputs);
	return es_sub_criteria_total(inputs);
});
// src/lib/paraglide/messages/sub_criterion_comment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Criterion_CommentInputs */
var es_sub_criterion_comment = () => {
	return `Comentario`;
};
var en_sub_criterion_comment = () => {
	return `Comment`;
};
/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Sub_Criterion_CommentInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_criterion_comment = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_criterion_comment();
	return es_sub_criterion_comment();
});
// src/lib/paraglide/messages/sub_criterion_score.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ max: NonNullable<unknown> }} Sub_Criterion_ScoreInputs */
var es_sub_criterion_score = (i) => {
	return `Puntaje (0 a ${i?.max})`;
};
var en_sub_criterion_score = (i) => {
	return `Score (0 to ${i?.max})`;
};
/**
* | output |
* | --- |
* | "Score (0 to {max})" |
*
* @param {Sub_Criterion_ScoreInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_criterion_score = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_criterion_score(inputs);
	return es_sub_criterion_score(inputs);
});
// src/lib/paraglide/messages/sub_error_criterion_score.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ max: NonNullable<unknown> }} Sub_Error_Criterion_ScoreInputs */
var es_sub_error_criterion_score = (i) => {
	return `Escriba un número entre 0 y ${i?.max}.`;
};
var en_sub_error_criterion_score = (i) => {
	return `Enter a number from 0 to ${i?.max}.`;
};
/**
* | output |
* | --- |
* | "Enter a number from 0 to {max}." |
*
* @param {Sub_Error_Criterion_ScoreInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_error_criterion_score = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_error_criterion_score(inputs);
	return es_sub_error_criterion_score(inputs);
});
// src/lib/paraglide/messages/sub_feedback_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Feedback_HintInputs */
var es_sub_feedback_hint = () => {
	return `La persona participante los verá junto a esta versión. Puede usar Markdown.`;
};
var en_sub_feedback_hint = () => {
	return `The participant will see it with this version. You can use Markdown.`;
};
/**
* | output |
* | --- |
* | "The participant will see it with this version. You can use Markdown." |
*
* @param {Sub_Feedback_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_feedback_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_feedback_hint();
	return es_sub_feedback_hint();
});
// src/lib/paraglide/messages/sub_feedback_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Feedback_LabelInputs */
var es_sub_feedback_label = () => {
	return `Comentarios generales`;
};
var en_sub_feedback_label = () => {
	return `Overall feedback`;
};
/**
* | output |
* | --- |
* | "Overall feedback" |
*
* @param {Sub_Feedback_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_feedback_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_feedback_label();
	return es_sub_feedback_label();
});
// src/lib/paraglide/messages/sub_overall_score.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Overall_ScoreInputs */
var es_sub_overall_score = () => {
	return `Puntaje (opcional)`;
};
var en_sub_overall_score = () => {
	return `Score (optional)`;
};
/**
* | output |
* | --- |
* | "Score (optional)" |
*
* @param {Sub_Overall_ScoreInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_overall_score = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_overall_score();
	return es_sub_overall_score();
});
// src/lib/paraglide/messages/sub_review_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Review_BackInputs */
var es_sub_review_back = () => {
	return `Volver a la cola`;
};
var en_sub_review_back = () => {
	return `Back to the queue`;
};
/**
* | output |
* | --- |
* | "Back to the queue" |
*
* @param {Sub_Review_BackInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_review_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_review_back();
	return es_sub_review_back();
});
// src/lib/paraglide/messages/sub_review_closed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ status: NonNullable<unknown> }} Sub_Review_ClosedInputs */
var es_sub_review_closed = (i) => {
	return `Esta entrega está ${i?.status}: no hay nada que revisar hasta que llegue una nueva versión.`;
};
var en_sub_review_closed = (i) => {
	return `This submission is ${i?.status}: nothing to review until a new version arrives.`;
};
/**
* | output |
* | --- |
* | "This submission is {status}: nothing to review until a new version arrives." |
*
* @param {Sub_Review_ClosedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_review_closed = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_review_closed(inputs);
	return es_sub_review_closed(inputs);
});
// src/lib/paraglide/messages/sub_review_form_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Review_Form_TitleInputs */
var es_sub_review_form_title = () => {
	return `Su revisión`;
};
var en_sub_review_form_title = () => {
	return `Your review`;
};
/**
* | output |
* | --- |
* | "Your review" |
*
* @param {Sub_Review_Form_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_review_form_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_review_form_title();
	return es_sub_review_form_title();
});
// src/lib/paraglide/messages/sub_review_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Sub_Review_TitleInputs */
var es_sub_review_title = (i) => {
	return `Entrega de ${i?.name}`;
};
var en_sub_review_title = (i) => {
	return `${i?.name}'s submission`;
};
/**
* | output |
* | --- |
* | "{name}'s submission" |
*
* @param {Sub_Review_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_review_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_review_title(inputs);
	return es_sub_review_title(inputs);
});
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
		watch.onChange((s) => s.id === data.submission.id ? sub_announce_changed({
			name: s.learner.displayName,
			status: submissionStatusLabel(s.status)
		}) : null);
		onDestroy(() => watch.detach());
		const rubric = derived(() => data.activity?.rubric ?? []);
		const rubricTotal = derived(() => rubric().reduce((sum, r) => sum + r.maxScore, 0));
		const title = derived(() => sub_review_title({ name: data.submission.learner.displayName }));
		const reviewable = derived(() => submission().status === "submitted" || submission().status === "in_review");
		const claimedByOther = derived(() => !!submission().claimedBy && submission().claimedBy.id !== data.me);
		let scores = [];
		let comments = [];
		let feedback = "";
		let overall = null;
		/** A typed score, or undefined when the field is empty. */
		function scoreOf(v) {
			if (v === null || v === void 0 || String(v).trim() === "") return void 0;
			return Number(v);
		}
		let scoreErrors = {};
		let problem = null;
		let done = null;
		let busy = false;
		const criteriaSum = derived(() => scores.reduce((sum, v) => sum + (scoreOf(v) || 0), 0));
		head("l8nr5z", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: title() }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs svelte-l8nr5z"${attr("aria-label", breadcrumb_label())}><a${attr("href", `/review/${stringify(data.cohort.id)}`)} class="svelte-l8nr5z">${escape_html(sub_review_back())}</a></nav> <header class="page-header"><h1>${escape_html(title())}</h1> <p class="muted">${escape_html(data.activity ? localized(data.activity.title, locale) : "")} · ${escape_html(countryName(submission().learner.country, locale))} · ${escape_html(data.cohort.name)}</p> <p class="status-line svelte-l8nr5z" data-testid="review-status">`);
		StatusBadge($$renderer, { status: submission().status });
		$$renderer.push(`<!----> `);
		if (submission().late) $$renderer.push(`<!--[0--><span class="late svelte-l8nr5z">${escape_html(sub_late())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (submission().claimedBy) $$renderer.push(`<!--[0--><span>${escape_html(submission().claimedBy.id === data.me ? sub_claimed_by_me() : sub_claimed_by({ name: submission().claimedBy.displayName }))}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p></header> <div class="visually-hidden" role="status" aria-live="polite">${escape_html(watch.announcement)}</div> <div class="layout svelte-l8nr5z"><section class="card svelte-l8nr5z" aria-labelledby="versions-title"><h2 id="versions-title" class="svelte-l8nr5z">${escape_html(sub_history_title())}</h2> `);
		VersionHistory($$renderer, {
			submission: submission(),
			rendered: data.rendered,
			maxScore: rubricTotal() || void 0
		});
		$$renderer.push(`<!----></section> <section class="card svelte-l8nr5z" aria-labelledby="review-form-title"><h2 id="review-form-title" class="svelte-l8nr5z">${escape_html(sub_review_form_title())}</h2> `);
		FormAlert($$renderer, { message: problem });
		$$renderer.push(`<!----> `);
		FormAlert($$renderer, {
			tone: "success",
			message: done
		});
		$$renderer.push(`<!----> `);
		if (!reviewable()) $$renderer.push(`<!--[0--><p>${escape_html(sub_review_closed({ status: submissionStatusLabel(submission().status) }))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><div class="claim-row svelte-l8nr5z">`);
			if (submission().claimedBy?.id === data.me) $$renderer.push(`<!--[0--><button class="button button-secondary" type="button"${attr("disabled", busy, true)}>${escape_html(sub_unclaim())}</button>`);
			else if (!submission().claimedBy) $$renderer.push(`<!--[1--><button class="button button-secondary" type="button"${attr("disabled", busy, true)}>${escape_html(sub_claim())}</button> <span class="muted">${escape_html(sub_claim_hint())}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div> `);
			if (claimedByOther()) $$renderer.push(`<!--[0--><p class="warning svelte-l8nr5z">${escape_html(sub_claimed_other_note({ name: submission().claimedBy?.displayName ?? "" }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form class="form review-form" novalidate="">`);
			if (rubric().length > 0) {
				$$renderer.push(`<!--[0--><fieldset><legend>${escape_html(sub_rubric_title())}</legend> <!--[-->`);
				const each_array = ensure_array_like(rubric());
				for (let i = 0, $$length = each_array.length; i < $$length; i++) {
					let row = each_array[i];
					$$renderer.push(`<div class="criterion svelte-l8nr5z"><p class="criterion-name svelte-l8nr5z"${attr("id", `rv-crit-${stringify(i)}`)}>${escape_html(row.criterion)}</p> <div class="criterion-fields svelte-l8nr5z"><div class="field small svelte-l8nr5z"><label${attr("for", `rv-score-${stringify(i)}`)} class="svelte-l8nr5z">${escape_html(sub_criterion_score({ max: row.maxScore }))}</label> <input${attr("id", `rv-score-${stringify(i)}`)} type="number" inputmode="decimal" min="0"${attr("max", row.maxScore)} step="0.5"${attr("value", scores[i])}${attr("aria-describedby", scoreErrors[i] ? `rv-crit-${i} rv-score-${i}-error` : `rv-crit-${i}`)}${attr("aria-invalid", scoreErrors[i] ? "true" : void 0)} class="svelte-l8nr5z"/> `);
					if (scoreErrors[i]) $$renderer.push(`<!--[0--><p class="error svelte-l8nr5z"${attr("id", `rv-score-${stringify(i)}-error`)}>${escape_html(sub_error_criterion_score({ max: row.maxScore }))}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></div> <div class="field grow svelte-l8nr5z"><label${attr("for", `rv-comment-${stringify(i)}`)} class="svelte-l8nr5z">${escape_html(sub_criterion_comment())}</label> <textarea${attr("id", `rv-comment-${stringify(i)}`)} rows="2"${attr("aria-describedby", `rv-crit-${stringify(i)}`)} class="svelte-l8nr5z">`);
					const $$body = escape_html(comments[i]);
					if ($$body) $$renderer.push(`${$$body}`);
					$$renderer.push(`</textarea></div></div></div>`);
				}
				$$renderer.push(`<!--]--> <p class="total svelte-l8nr5z" aria-live="polite">${escape_html(sub_criteria_total({
					total: criteriaSum(),
					max: rubricTotal()
				}))}</p></fieldset>`);
			} else $$renderer.push(`<!--[-1--><div class="field small svelte-l8nr5z"><label for="rv-overall" class="svelte-l8nr5z">${escape_html(sub_overall_score())}</label> <input id="rv-overall" type="number" inputmode="decimal" min="0" step="0.5"${attr("value", overall)} class="svelte-l8nr5z"/></div>`);
			$$renderer.push(`<!--]--> <div class="field svelte-l8nr5z"><label for="rv-feedback" class="svelte-l8nr5z">${escape_html(sub_feedback_label())}</label> <p class="hint svelte-l8nr5z" id="rv-feedback-hint">${escape_html(sub_feedback_hint())}</p> <textarea id="rv-feedback" rows="6"${attr("aria-describedby", "rv-feedback-hint")}${attr("aria-invalid", void 0)} class="svelte-l8nr5z">`);
			const $$body_1 = escape_html(feedback);
			if ($$body_1) $$renderer.push(`${$$body_1}`);
			$$renderer.push(`</textarea> `);
			$$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div> <div class="decide svelte-l8nr5z"><button class="button button-secondary svelte-l8nr5z" type="button"${attr("disabled", busy, true)}>${escape_html(sub_return())}</button> <button class="button svelte-l8nr5z" type="button"${attr("disabled", busy, true)}>${escape_html(sub_accept())}</button></div></form>`);
		}
		$$renderer.push(`<!--]--></section></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-3JxwSsNW.js.map
