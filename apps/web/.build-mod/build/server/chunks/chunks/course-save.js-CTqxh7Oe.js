import { g as courseInputSchema } from './src.js-BEir3teA.js';
import { f as failureFromIssues, a as failureFromApi } from './failure.js-t1Ny7fSp.js';
import { c as callApi } from './api-client.js-CGTF_sRb.js';
import { t as textField } from './form-data.js-BOxvqRxB.js';
import { a as requireRole, b as COURSE_EDITORS } from './guards.js-p-okixA8.js';
import { A as fail, z as redirect } from './utils.js-dm2kV1-z.js';

// src/lib/server/course-save.ts
/**
* Saves the editor's hidden `course` field: POST for a new course, PUT to replace `slug`. Refusals come back with
* every refused path (dotted, e.g. "modules.0.lessons.1.url") so the editor can mark the exact field.
*/
async function saveCourse(event, slug) {
	const { token } = requireRole(event, COURSE_EDITORS);
	const raw = textField(await event.request.formData(), "course");
	let body;
	try {
		body = JSON.parse(raw);
	} catch {
		return fail(400, {
			failure: failureFromIssues([{ path: "course" }]),
			issues: ["course"]
		});
	}
	const parsed = courseInputSchema.safeParse(body);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((issue) => issue.path.map(String).join("."));
		return fail(400, {
			failure: failureFromIssues(parsed.error.issues),
			issues
		});
	}
	const result = slug ? await callApi(event, `/courses/${encodeURIComponent(slug)}`, {
		method: "PUT",
		token,
		body: parsed.data
	}) : await callApi(event, "/courses", {
		method: "POST",
		token,
		body: parsed.data
	});
	if (!result.ok) return fail(result.status, {
		failure: failureFromApi(result.error),
		issues: (result.error.details ?? []).map((d) => d.path)
	});
	redirect(303, `/courses/${result.data.slug}?saved=1`);
}

export { saveCourse as s };
//# sourceMappingURL=course-save.js-CTqxh7Oe.js.map
