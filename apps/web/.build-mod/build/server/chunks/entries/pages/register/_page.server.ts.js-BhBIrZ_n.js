import { i as registerSchema } from '../../../chunks/src.js-BEir3teA.js';
import { f as failureFromIssues, a as failureFromApi } from '../../../chunks/failure.js-t1Ny7fSp.js';
import { p as profileValues, a as profilePayload } from '../../../chunks/profile.js-BsLJ9YKm.js';
import { c as callApi } from '../../../chunks/api-client.js-CGTF_sRb.js';
import { t as textField } from '../../../chunks/form-data.js-BOxvqRxB.js';
import { a as startSession } from '../../../chunks/session.js-DMh5S9yp.js';
import { A as fail, z as redirect } from '../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/register/+page.server.ts
var load = ({ locals }) => {
	if (locals.user) redirect(303, "/home");
};
var actions = { default: async (event) => {
	const form = await event.request.formData();
	const email = textField(form, "email").trim();
	const values = profileValues(form);
	const request = {
		email,
		password: textField(form, "password"),
		...profilePayload(values)
	};
	const parsed = registerSchema.safeParse(request);
	if (!parsed.success) return fail(400, {
		failure: failureFromIssues(parsed.error.issues),
		email,
		values
	});
	const result = await callApi(event, "/auth/register", {
		method: "POST",
		body: parsed.data
	});
	if (!result.ok) return fail(result.status, {
		failure: failureFromApi(result.error),
		email,
		values
	});
	startSession(event, result.data, result.headers);
	redirect(303, "/home");
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BhBIrZ_n.js.map
