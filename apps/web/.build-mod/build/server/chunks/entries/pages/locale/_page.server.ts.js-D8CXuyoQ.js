import { l as localeSchema } from '../../../chunks/src.js-BEir3teA.js';
import { s as safeRedirectPath } from '../../../chunks/redirect.js-Djhd4SSY.js';
import { c as callApi } from '../../../chunks/api-client.js-CGTF_sRb.js';
import { t as textField } from '../../../chunks/form-data.js-BOxvqRxB.js';
import { s as setLocaleCookie } from '../../../chunks/session.js-DMh5S9yp.js';
import { z as redirect } from '../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/locale/+page.server.ts
var load = () => {
	redirect(303, "/");
};
var actions = { default: async (event) => {
	const form = await event.request.formData();
	const back = safeRedirectPath(textField(form, "redirectTo")) ?? "/";
	const locale = localeSchema.safeParse(textField(form, "locale"));
	if (locale.success) {
		setLocaleCookie(event, locale.data);
		const { user, accessToken } = event.locals;
		if (user && accessToken && user.locale !== locale.data) await callApi(event, "/me", {
			method: "PATCH",
			token: accessToken,
			body: { locale: locale.data }
		});
	}
	redirect(303, back);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-D8CXuyoQ.js.map
