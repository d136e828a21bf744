import { al as attr_class, ai as attr, ah as escape_html, a1 as derived } from './server.js-BLE87T70.js';
import { o as optional } from './optional.js-BOctzD7Z.js';

// src/lib/components/Field.svelte
function Field($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** ids of the hint and error, for the control's aria-describedby */
		let { id, label, hint, error, optional: optional$1 = false, control } = $$props;
		const hintId = derived(() => hint ? `${id}-hint` : void 0);
		const errorId = derived(() => error ? `${id}-error` : void 0);
		const describedBy = derived(() => [hintId(), errorId()].filter(Boolean).join(" ") || void 0);
		$$renderer.push(`<div${attr_class("field svelte-175sa6o", void 0, { "field-invalid": !!error })}><label${attr("for", id)} class="svelte-175sa6o">${escape_html(label)}`);
		if (optional$1) $$renderer.push(`<!--[0--> <span class="optional svelte-175sa6o">(${escape_html(optional())})</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></label> `);
		if (hint) $$renderer.push(`<!--[0--><p class="hint svelte-175sa6o"${attr("id", hintId())}>${escape_html(hint)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		control($$renderer, {
			describedBy: describedBy(),
			invalid: !!error
		});
		$$renderer.push(`<!----> `);
		if (error) $$renderer.push(`<!--[0--><p class="error svelte-175sa6o"${attr("id", errorId())}><span aria-hidden="true">⚠</span> ${escape_html(error)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}

export { Field as F };
//# sourceMappingURL=Field.js-BOBV9jbg.js.map
