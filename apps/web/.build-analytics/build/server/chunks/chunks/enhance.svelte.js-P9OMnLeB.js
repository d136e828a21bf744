import { t as tick } from './index-server.js-CutNbI_-.js';
import './client.js-C3Zw1AhV.js';

// src/lib/forms/enhance.svelte.ts
function focusFirstInvalid(form) {
	form.querySelector("[aria-invalid=\"true\"]")?.focus();
}
/**
* `use:enhance` behaviour shared by the forms: a reactive pending flag for the submit button, the form keeps
* what was typed, and focus goes to the first invalid field after a failure.
*/
function submitting(after) {
	let active = false;
	const enhance = ({ formElement }) => {
		active = true;
		return async ({ update, result }) => {
			try {
				if (after?.(result) === true) return;
				await update({ reset: false });
				if (result.type === "failure") {
					await /* @__PURE__ */ tick();
					focusFirstInvalid(formElement);
				}
			} finally {
				active = false;
			}
		};
	};
	return {
		get active() {
			return active;
		},
		enhance
	};
}

export { submitting as s };
//# sourceMappingURL=enhance.svelte.js-P9OMnLeB.js.map
