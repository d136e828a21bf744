import { ai as attr, ah as escape_html, ap as attr_style, am as stringify, a1 as derived } from './server.js-BLE87T70.js';

// src/lib/components/ProgressBar.svelte
function ProgressBar($$renderer, $$props) {
	/** 0–100 */
	/** Shown next to the bar, e.g. "4 de 11 lecciones". */
	let { percent, label, detail, id } = $$props;
	const value = derived(() => Math.max(0, Math.min(100, Math.round(percent))));
	$$renderer.push(`<div class="progress svelte-1qjgclg"${attr("id", id)}><div class="progress-head svelte-1qjgclg"><span class="progress-label svelte-1qjgclg">${escape_html(label)}</span> <span class="progress-value">${escape_html(value())} %`);
	if (detail) $$renderer.push(`<!--[0--><span class="muted">${escape_html(` · ${detail}`)}</span>`);
	else $$renderer.push("<!--[-1-->");
	$$renderer.push(`<!--]--></span></div> <div class="track svelte-1qjgclg" role="progressbar"${attr("aria-label", label)} aria-valuemin="0" aria-valuemax="100"${attr("aria-valuenow", value())}${attr("aria-valuetext", detail ? `${value()} % · ${detail}` : `${value()} %`)}><div class="fill svelte-1qjgclg"${attr_style("", { width: `${stringify(value())}%` })}></div></div></div>`);
}

export { ProgressBar as P };
//# sourceMappingURL=ProgressBar.js-BHktAs9s.js.map
