// src/lib/forms/failure.ts
function fieldOf(path) {
	const first = typeof path === "string" ? path.split(".")[0] : path[0];
	return first === void 0 ? "" : String(first);
}
/** From zod issues (the shared schemas, checked here before calling the API) or API details. */
function failureFromIssues(issues, code = "VALIDATION_FAILED") {
	const fields = {};
	for (const issue of issues) {
		const field = fieldOf(issue.path);
		if (field && !(field in fields)) fields[field] = "invalid";
	}
	return {
		code,
		fields
	};
}
/** From the API's error body. A CONFLICT on a field means the value is already taken (the e-mail). */
function failureFromApi(error) {
	const failure = failureFromIssues(error.details ?? [], error.code);
	if (error.code === "CONFLICT") for (const field of Object.keys(failure.fields)) failure.fields[field] = "taken";
	return failure;
}

export { failureFromApi as a, failureFromIssues as f };
//# sourceMappingURL=failure.js-t1Ny7fSp.js.map
