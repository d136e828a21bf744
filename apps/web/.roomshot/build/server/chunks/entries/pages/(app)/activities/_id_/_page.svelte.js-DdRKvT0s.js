import { ak as head, ai as attr, am as stringify, ah as escape_html, aj as ensure_array_like, an as html, a1 as derived } from '../../../../../chunks/server.js-BLE87T70.js';
import { o as onDestroy } from '../../../../../chunks/index-server.js-CutNbI_-.js';
import { F as FormAlert } from '../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { p as page_title } from '../../../../../chunks/page_title.js-DcyKRVla.js';
import { L as LearnerSubmission, s as submissionOutboxKey, b as browserStorage, S as StatusBadge } from '../../../../../chunks/submission.svelte.js-gJu2NZ_-.js';
import { e as error_unavailable } from '../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import { b as breadcrumb_label } from '../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { M as Markdown, V as VersionHistory } from '../../../../../chunks/VersionHistory.js-CYE4SQi2.js';
import { s as submissionStatusLabel, f as formatWhen, b as formatDue } from '../../../../../chunks/format.js-CG18uwBD.js';
import { e as getLocale } from '../../../../../chunks/runtime.js-B8EFPPLT.js';
import { l as localized } from '../../../../../chunks/localized.js-5IdAKyD2.js';
import { g as getRealtime } from '../../../../../chunks/socket.svelte.js-DbqnyPgP.js';
import '../../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../../chunks/markdown.js-uUIQxjnY.js';
import 'dompurify';
import 'marked';
import '../../../../../chunks/schedule.js-DRV8XJJK.js';
import 'socket.io-client';

// src/routes/(app)/activities/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const locale = getLocale();
		const realtime = getRealtime();
		const activity = derived(() => data.activity);
		const title = derived(() => localized(activity().title, locale));
		const rubricTotal = derived(() => (activity().rubric ?? []).reduce((sum, r) => sum + r.maxScore, 0));
		const work = (() => {
			const d = data;
			if (!d.cohort || d.activity.kind !== "submission") return null;
			return new LearnerSubmission({
				activityId: d.activity.id,
				cohortId: d.cohort.id,
				userId: d.user.id,
				initial: d.submissions,
				storage: typeof window === "undefined" ? null : browserStorage(),
				storageKey: submissionOutboxKey(d.user.id, d.activity.id, d.cohort.id)
			});
		})();
		work?.onStatusChange((s) => (void 0)({ status: submissionStatusLabel(s.status) }));
		onDestroy(() => work?.detach());
		const due = derived(() => data.dueAt && data.cohort ? formatDue(data.dueAt, data.cohort.timezone, data.cohort.timezone, locale) : null);
		const current = derived(() => work?.current);
		const pending = derived(() => work?.pending.find((p) => !p.failed));
		const canWrite = derived(() => !!work && !pending() && (!current() || current().status === "returned"));
		const shownStatus = derived(() => pending() ? "pending" : current()?.status);
		let body = "";
		let links = [];
		let linkErrors = {};
		let sendNote = null;
		let sendError = null;
		head("1f7u05v", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: title() }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs svelte-1f7u05v"${attr("aria-label", breadcrumb_label())}><a${attr("href", `/courses/${stringify(data.course.slug)}`)} class="svelte-1f7u05v">${escape_html(localized(data.course.title, locale))}</a></nav> <header class="page-header"><p class="eyebrow svelte-1f7u05v">${escape_html(localized(data.module.title, locale))}</p> <h1>${escape_html(title())}</h1> `);
		if (data.cohort) $$renderer.push(`<!--[0--><p class="muted">${escape_html((void 0)({ name: data.cohort.name }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.cohorts.length > 1) {
			$$renderer.push(`<!--[0--><ul class="cohort-switch svelte-1f7u05v"${attr("aria-label", (void 0)())}><!--[-->`);
			const each_array = ensure_array_like(data.cohorts);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let c = each_array[$$index];
				$$renderer.push(`<li><a data-sveltekit-reload=""${attr("href", `?cohort=${stringify(c.id)}`)}${attr("aria-current", c.id === data.cohort?.id ? "page" : void 0)} class="svelte-1f7u05v">${escape_html(c.name)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></header> <div class="layout svelte-1f7u05v"><div class="main-col svelte-1f7u05v"><section class="card svelte-1f7u05v" aria-labelledby="prompt-title"><h2 id="prompt-title" class="svelte-1f7u05v">${escape_html((void 0)())}</h2> <div class="prompt svelte-1f7u05v">${html(data.promptHtml)}</div></section> `);
		if (!data.cohort) $$renderer.push(`<!--[0--><p class="card">${escape_html((void 0)())}</p>`);
		else if (activity().kind !== "submission") $$renderer.push(`<!--[1--><p class="card">${escape_html((void 0)())}</p>`);
		else if (work) {
			$$renderer.push(`<!--[2--><section class="card svelte-1f7u05v" aria-labelledby="status-title"><h2 id="status-title" class="svelte-1f7u05v">${escape_html((void 0)())}</h2> <div class="live visually-hidden" aria-live="polite" role="status">${escape_html(work.announcement)}</div> <p class="status-line svelte-1f7u05v" data-testid="submission-status">`);
			if (shownStatus()) {
				$$renderer.push("<!--[0-->");
				StatusBadge($$renderer, { status: shownStatus() });
				$$renderer.push(`<!----> `);
				if (current()?.late) $$renderer.push(`<!--[0--><span class="late svelte-1f7u05v">${escape_html((void 0)())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (current() && !pending()) $$renderer.push(`<!--[0--><span class="muted">${escape_html((void 0)({ version: current().version }))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			} else $$renderer.push(`<!--[-1--><span>${escape_html((void 0)())}</span>`);
			$$renderer.push(`<!--]--></p> `);
			if (pending()) {
				$$renderer.push(`<!--[0--><div class="pending svelte-1f7u05v" data-testid="pending"><p class="svelte-1f7u05v"><strong>${escape_html((void 0)())}</strong> · ${escape_html((void 0)())}</p> <p class="muted svelte-1f7u05v">${escape_html(formatWhen(pending().queuedAt, locale))}</p> <details><summary>${escape_html((void 0)())}</summary> `);
				Markdown($$renderer, { source: pending().body });
				$$renderer.push(`<!----></details> <button class="button button-secondary svelte-1f7u05v" type="button">${escape_html((void 0)())}</button></div>`);
			} else if (current()?.status === "accepted") $$renderer.push(`<!--[1--><p class="ok svelte-1f7u05v">${escape_html((void 0)())}</p>`);
			else if (current() && (current().status === "submitted" || current().status === "in_review")) $$renderer.push(`<!--[2--><p>${escape_html((void 0)())}</p>`);
			else if (current()?.status === "returned") $$renderer.push(`<!--[3--><p>${escape_html((void 0)())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.submissionsFailed) $$renderer.push(`<!--[0--><p class="muted">${escape_html(error_unavailable())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (realtime.status === "reconnecting") $$renderer.push(`<!--[0--><p class="muted offline">${escape_html((void 0)())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section> `);
			if (canWrite()) {
				$$renderer.push(`<!--[0--><section class="card svelte-1f7u05v" aria-labelledby="editor-title"><h2 id="editor-title" class="svelte-1f7u05v">${escape_html(current() ? (void 0)() : (void 0)())}</h2> `);
				FormAlert($$renderer, { message: sendError });
				$$renderer.push(`<!----> <form class="form editor" novalidate=""><div class="field svelte-1f7u05v"><label for="sub-body" class="svelte-1f7u05v">${escape_html((void 0)())}</label> <p class="hint svelte-1f7u05v" id="sub-body-hint">${escape_html((void 0)())}</p> <textarea id="sub-body" name="body" rows="12" maxlength="50000"${attr("aria-describedby", "sub-body-hint")}${attr("aria-invalid", void 0)} class="svelte-1f7u05v">`);
				const $$body = escape_html(body);
				if ($$body) $$renderer.push(`${$$body}`);
				$$renderer.push(`</textarea> `);
				$$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></div> `);
				if (body.trim());
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <fieldset class="links-field svelte-1f7u05v"><legend>${escape_html((void 0)())}</legend> <!--[-->`);
				const each_array_1 = ensure_array_like(links);
				for (let i = 0, $$length = each_array_1.length; i < $$length; i++) {
					each_array_1[i];
					$$renderer.push(`<div class="link-row svelte-1f7u05v"><label class="visually-hidden"${attr("for", `sub-link-${stringify(i)}`)}>${escape_html((void 0)({ number: i + 1 }))}</label> <input${attr("id", `sub-link-${stringify(i)}`)} type="url" inputmode="url" placeholder="https://"${attr("value", links[i])}${attr("aria-invalid", linkErrors[i] ? "true" : void 0)}${attr("aria-describedby", linkErrors[i] ? `sub-link-${i}-error` : void 0)} class="svelte-1f7u05v"/> <button class="button button-secondary" type="button">${escape_html((void 0)())}<span class="visually-hidden">${escape_html((void 0)({ number: i + 1 }))}</span></button> `);
					if (linkErrors[i]) $$renderer.push(`<!--[0--><p class="error svelte-1f7u05v"${attr("id", `sub-link-${stringify(i)}-error`)}>${escape_html((void 0)())}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></div>`);
				}
				$$renderer.push(`<!--]--> `);
				if (links.length < 10) $$renderer.push(`<!--[0--><button class="button button-secondary svelte-1f7u05v" type="button">${escape_html((void 0)())}</button>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></fieldset> <div class="form-actions"><button class="button" type="submit"${attr("disabled", work.sending, true)}>${escape_html(work.sending ? (void 0)() : current() ? (void 0)() : (void 0)())}</button></div></form></section>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			FormAlert($$renderer, {
				tone: "success",
				message: sendNote
			});
			$$renderer.push(`<!----> `);
			if (current() && current().versions.length > 0) {
				$$renderer.push(`<!--[0--><section class="card svelte-1f7u05v" aria-labelledby="history-title"><h2 id="history-title" class="svelte-1f7u05v">${escape_html((void 0)())}</h2> `);
				VersionHistory($$renderer, {
					submission: current(),
					rendered: data.rendered,
					maxScore: rubricTotal() || void 0
				});
				$$renderer.push(`<!----></section>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <aside class="side-col svelte-1f7u05v"><section class="card svelte-1f7u05v" aria-labelledby="due-title"><h2 id="due-title" class="svelte-1f7u05v">${escape_html((void 0)())}</h2> `);
		if (due()) {
			$$renderer.push(`<!--[0--><p data-testid="due-cohort">${escape_html((void 0)({ date: due().cohort }))}</p> `);
			if (due().viewer) $$renderer.push(`<!--[0--><p class="muted" data-testid="due-viewer">${escape_html((void 0)({ date: due().viewer }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html((void 0)())}</p>`);
		$$renderer.push(`<!--]--></section> `);
		if (activity().rubric && activity().rubric.length > 0) {
			$$renderer.push(`<!--[0--><section class="card svelte-1f7u05v" aria-labelledby="rubric-title"><h2 id="rubric-title" class="svelte-1f7u05v">${escape_html((void 0)())}</h2> <table class="rubric svelte-1f7u05v"><thead><tr><th scope="col" class="svelte-1f7u05v">${escape_html((void 0)())}</th><th scope="col" class="svelte-1f7u05v">${escape_html((void 0)())}</th></tr></thead><tbody><!--[-->`);
			const each_array_2 = ensure_array_like(activity().rubric);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let row = each_array_2[$$index_2];
				$$renderer.push(`<tr><td class="svelte-1f7u05v">${escape_html(row.criterion)}</td><td class="num svelte-1f7u05v">${escape_html(row.maxScore)}</td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody><tfoot><tr><th scope="row" class="svelte-1f7u05v">${escape_html((void 0)())}</th><td class="num svelte-1f7u05v">${escape_html(rubricTotal())}</td></tr></tfoot></table></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></aside></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DdRKvT0s.js.map
