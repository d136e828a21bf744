// src/lib/server/form-data.ts
/** A text field as submitted ('' when absent or not text). Passwords are read with this, untouched. */
function textField(form, name) {
	const value = form.get(name);
	return typeof value === "string" ? value : "";
}

export { textField as t };
//# sourceMappingURL=form-data.js-BOxvqRxB.js.map
