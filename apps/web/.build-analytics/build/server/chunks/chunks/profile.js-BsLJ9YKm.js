// src/lib/forms/profile.ts
function text(form, name) {
	const value = form.get(name);
	return typeof value === "string" ? value.trim() : "";
}
/** What the person typed, kept to show the form again. */
function profileValues(form) {
	return {
		displayName: text(form, "displayName"),
		country: text(form, "country"),
		gender: text(form, "gender"),
		genderText: text(form, "genderText"),
		sector: text(form, "sector"),
		organization: text(form, "organization"),
		locale: text(form, "locale")
	};
}
/**
* The profile part of a register or profile request, ready for the shared zod schemas: empty answers are left
* out, and the free-text gender travels only with `self_described` (the API refuses it otherwise).
*/
function profilePayload(values, options = {}) {
	const payload = {};
	const put = (key, value) => {
		if (value) payload[key] = value;
	};
	put("displayName", values.displayName);
	put("country", values.country?.toUpperCase());
	put("gender", values.gender);
	if (values.gender === "self_described") put("genderText", values.genderText);
	put("sector", values.sector);
	if (values.organization) payload.organization = values.organization;
	else if (options.keepEmptyOrganization) payload.organization = "";
	put("locale", values.locale);
	return payload;
}

export { profilePayload as a, profileValues as p };
//# sourceMappingURL=profile.js-BsLJ9YKm.js.map
