import { h as loginSchema } from '../../../chunks/src.js-BEir3teA.js';
import { f as failureFromIssues, a as failureFromApi } from '../../../chunks/failure.js-t1Ny7fSp.js';
import { a as afterSignIn } from '../../../chunks/redirect.js-Djhd4SSY.js';
import { c as callApi } from '../../../chunks/api-client.js-CGTF_sRb.js';
import { t as textField } from '../../../chunks/form-data.js-BOxvqRxB.js';
import { a as startSession } from '../../../chunks/session.js-DMh5S9yp.js';
import { A as fail, z as redirect } from '../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/login/+page.server.ts
var load = ({ locals, url }) => {
	if (locals.user) redirect(303, afterSignIn(url.searchParams.get("redirectTo")));
	return { redirectTo: url.searchParams.get("redirectTo") ?? "" };
};
var actions = { default: async (event) => {
	const form = await event.request.formData();
	const email = textField(form, "email").trim();
	const password = textField(form, "password");
	const redirectTo = textField(form, "redirectTo");
	const parsed = loginSchema.safeParse({
		email,
		password
	});
	if (!parsed.success) {
		const failure = failureFromIssues(parsed.error.issues);
		if (!password) failure.fields.password = "required";
		return fail(400, {
			failure,
			email
		});
	}
	const result = await callApi(event, "/auth/login", {
		method: "POST",
		body: parsed.data
	});
	if (!result.ok) return fail(result.status, {
		failure: failureFromApi(result.error),
		email
	});
	startSession(event, result.data, result.headers);
	redirect(303, afterSignIn(redirectTo));
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Ch5FRZi_.js.map
