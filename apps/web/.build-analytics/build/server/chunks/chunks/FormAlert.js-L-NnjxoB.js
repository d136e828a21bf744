import { ai as attr, al as attr_class, ah as escape_html, am as stringify } from './server.js-BLE87T70.js';

// src/lib/components/FormAlert.svelte
function FormAlert($$renderer, $$props) {
	let { message, tone = "error" } = $$props;
	$$renderer.push(`<div class="alert-region svelte-v6w5ys"${attr("role", tone === "error" ? "alert" : "status")}${attr("aria-live", tone === "error" ? "assertive" : "polite")}>`);
	if (message) $$renderer.push(`<!--[0--><p${attr_class(`alert alert-${stringify(tone)}`, "svelte-v6w5ys")}>${escape_html(message)}</p>`);
	else $$renderer.push("<!--[-1-->");
	$$renderer.push(`<!--]--></div>`);
}

export { FormAlert as F };
//# sourceMappingURL=FormAlert.js-L-NnjxoB.js.map
