import { an as html, aj as ensure_array_like, ai as attr, ao as element, ah as escape_html, al as attr_class, am as stringify, a1 as derived } from './server.js-BLE87T70.js';
import { e as getLocale } from './runtime.js-B8EFPPLT.js';
import { f as formatWhen, b as sub_status_accepted, c as sub_status_returned } from './format.js-ENEWJlJ4.js';
import { s as sub_version_label, a as sub_late } from './submission.svelte.js-DGKTx1H2.js';
import { a as renderRoomMarkdown } from './markdown.js-uUIQxjnY.js';

// src/lib/paraglide/messages/sub_feedback_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Sub_Feedback_TitleInputs */
var es_sub_feedback_title = (i) => {
	return `Comentarios de ${i?.name}`;
};
var en_sub_feedback_title = (i) => {
	return `Feedback from ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Feedback from {name}" |
*
* @param {Sub_Feedback_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_feedback_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_feedback_title(inputs);
	return es_sub_feedback_title(inputs);
});
// src/lib/paraglide/messages/sub_history_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_History_TitleInputs */
var es_sub_history_title = () => {
	return `Historial de versiones`;
};
var en_sub_history_title = () => {
	return `Version history`;
};
/**
* | output |
* | --- |
* | "Version history" |
*
* @param {Sub_History_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_history_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_history_title();
	return es_sub_history_title();
});
// src/lib/paraglide/messages/sub_links_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Links_TitleInputs */
var es_sub_links_title = () => {
	return `Enlaces`;
};
var en_sub_links_title = () => {
	return `Links`;
};
/**
* | output |
* | --- |
* | "Links" |
*
* @param {Sub_Links_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_links_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_links_title();
	return es_sub_links_title();
});
// src/lib/paraglide/messages/sub_rubric_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Rubric_TitleInputs */
var es_sub_rubric_title = () => {
	return `Rúbrica`;
};
var en_sub_rubric_title = () => {
	return `Rubric`;
};
/**
* | output |
* | --- |
* | "Rubric" |
*
* @param {Sub_Rubric_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_rubric_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_rubric_title();
	return es_sub_rubric_title();
});
// src/lib/paraglide/messages/sub_score.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ score: NonNullable<unknown> }} Sub_ScoreInputs */
var es_sub_score = (i) => {
	return `Puntaje: ${i?.score}`;
};
var en_sub_score = (i) => {
	return `Score: ${i?.score}`;
};
/**
* | output |
* | --- |
* | "Score: {score}" |
*
* @param {Sub_ScoreInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_score = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_score(inputs);
	return es_sub_score(inputs);
});
// src/lib/paraglide/messages/sub_score_of.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ score: NonNullable<unknown>, max: NonNullable<unknown> }} Sub_Score_OfInputs */
var es_sub_score_of = (i) => {
	return `Puntaje: ${i?.score} de ${i?.max}`;
};
var en_sub_score_of = (i) => {
	return `Score: ${i?.score} of ${i?.max}`;
};
/**
* | output |
* | --- |
* | "Score: {score} of {max}" |
*
* @param {Sub_Score_OfInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_score_of = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_score_of(inputs);
	return es_sub_score_of(inputs);
});
// src/lib/paraglide/messages/sub_submitted_at.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Sub_Submitted_AtInputs */
var es_sub_submitted_at = (i) => {
	return `Enviada el ${i?.date}`;
};
var en_sub_submitted_at = (i) => {
	return `Submitted on ${i?.date}`;
};
/**
* | output |
* | --- |
* | "Submitted on {date}" |
*
* @param {Sub_Submitted_AtInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_submitted_at = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_submitted_at(inputs);
	return es_sub_submitted_at(inputs);
});
// src/lib/components/submission/Markdown.svelte
function Markdown($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** `html` is the server's rendering (first paint and hydration); without it the browser renders `source`. */
		let { source, html: html$1 } = $$props;
		const safe = derived(() => html$1 ?? renderRoomMarkdown(source));
		$$renderer.push(`<div class="markdown svelte-d63pls">${html(safe())}</div>`);
	});
}
// src/lib/components/submission/VersionHistory.svelte
function VersionHistory($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Server renderings keyed `submissionId:version[:feedback]`. */
		/** Heading level of each version (the page decides). */
		let { submission, rendered = {}, level = 3, maxScore } = $$props;
		const locale = getLocale();
		const versions = derived(() => [...submission.versions].sort((a, b) => b.version - a.version));
		$$renderer.push(`<ol class="versions svelte-at13w1" reversed=""><!--[-->`);
		const each_array = ensure_array_like(versions());
		for (let $$index_2 = 0, $$length = each_array.length; $$index_2 < $$length; $$index_2++) {
			let version = each_array[$$index_2];
			$$renderer.push(`<li class="version svelte-at13w1"${attr("data-version", version.version)}>`);
			element($$renderer, `h${level}`, () => {
				$$renderer.push(` class="version-title svelte-at13w1"`);
			}, () => {
				$$renderer.push(`${escape_html(sub_version_label({ version: version.version }))} `);
				if (version.late) $$renderer.push(`<!--[0--><span class="late svelte-at13w1">${escape_html(sub_late())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			});
			$$renderer.push(` <p class="muted when svelte-at13w1">${escape_html(sub_submitted_at({ date: formatWhen(version.submittedAt, locale) }))}</p> <div class="body svelte-at13w1">`);
			Markdown($$renderer, {
				source: version.body,
				html: rendered[`${submission.id}:${version.version}`]
			});
			$$renderer.push(`<!----></div> `);
			if (version.links.length > 0) {
				$$renderer.push(`<!--[0--><p class="links-title svelte-at13w1">${escape_html(sub_links_title())}</p> <ul class="links svelte-at13w1"><!--[-->`);
				const each_array_1 = ensure_array_like(version.links);
				for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
					let link = each_array_1[$$index];
					$$renderer.push(`<li><a${attr("href", link)} rel="noopener noreferrer nofollow" target="_blank">${escape_html(link)}</a></li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (version.review) {
				$$renderer.push("<!--[0-->");
				const review = version.review;
				$$renderer.push(`<section${attr_class(`review review-${stringify(review.status)}`, "svelte-at13w1")}${attr("aria-label", sub_feedback_title({ name: review.reviewer.displayName }))}><p class="review-head svelte-at13w1"><strong>${escape_html(review.status === "accepted" ? sub_status_accepted() : sub_status_returned())}</strong> · ${escape_html(sub_feedback_title({ name: review.reviewer.displayName }))} · <span class="muted">${escape_html(formatWhen(review.reviewedAt, locale))}</span></p> <div class="feedback" data-testid="feedback">`);
				Markdown($$renderer, {
					source: review.feedback,
					html: rendered[`${submission.id}:${version.version}:feedback`]
				});
				$$renderer.push(`<!----></div> `);
				if (review.score !== void 0) $$renderer.push(`<!--[0--><p class="score svelte-at13w1">${escape_html(maxScore ? sub_score_of({
					score: review.score,
					max: maxScore
				}) : sub_score({ score: review.score }))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (review.criteria && review.criteria.length > 0) {
					$$renderer.push(`<!--[0--><dl class="criteria svelte-at13w1"><!--[-->`);
					const each_array_2 = ensure_array_like(review.criteria);
					for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
						let c = each_array_2[$$index_1];
						$$renderer.push(`<div><dt class="svelte-at13w1">${escape_html(c.criterion)}`);
						if (c.score !== void 0) $$renderer.push(`<!--[0-->: <span class="crit-score">${escape_html(c.score)}</span>`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--></dt> `);
						if (c.comment) $$renderer.push(`<!--[0--><dd class="svelte-at13w1">${escape_html(c.comment)}</dd>`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--></div>`);
					}
					$$renderer.push(`<!--]--></dl>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></section>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ol>`);
	});
}

export { Markdown as M, VersionHistory as V, sub_rubric_title as a, sub_history_title as s };
//# sourceMappingURL=VersionHistory.js-BeDXb16k.js.map
