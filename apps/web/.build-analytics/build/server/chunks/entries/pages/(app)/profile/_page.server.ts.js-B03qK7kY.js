import { u as updateProfileSchema } from '../../../../chunks/src.js-BEir3teA.js';
import { f as failureFromIssues, a as failureFromApi } from '../../../../chunks/failure.js-t1Ny7fSp.js';
import { p as profileValues, a as profilePayload } from '../../../../chunks/profile.js-BsLJ9YKm.js';
import { c as callApi } from '../../../../chunks/api-client.js-CGTF_sRb.js';
import { r as requireUser } from '../../../../chunks/guards.js-p-okixA8.js';
import { s as setLocaleCookie } from '../../../../chunks/session.js-DMh5S9yp.js';
import { A as fail } from '../../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/(app)/profile/+page.server.ts
var actions = { default: async (event) => {
	const { user, token } = requireUser(event);
	const values = profileValues(await event.request.formData());
	const parsed = updateProfileSchema.safeParse(profilePayload(values, { keepEmptyOrganization: true }));
	if (!parsed.success) return fail(400, {
		failure: failureFromIssues(parsed.error.issues),
		values
	});
	const result = await callApi(event, "/me", {
		method: "PATCH",
		token,
		body: parsed.data
	});
	if (!result.ok) return fail(result.status, {
		failure: failureFromApi(result.error),
		values
	});
	const localeChanged = result.data.locale !== user.locale;
	if (localeChanged) setLocaleCookie(event, result.data.locale);
	event.locals.user = result.data;
	return {
		saved: true,
		localeChanged
	};
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-B03qK7kY.js.map
