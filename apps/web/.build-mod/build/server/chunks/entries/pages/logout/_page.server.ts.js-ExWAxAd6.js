import { c as callApi } from '../../../chunks/api-client.js-CGTF_sRb.js';
import { b as refreshCookieHeader, e as endSession } from '../../../chunks/session.js-DMh5S9yp.js';
import { z as redirect } from '../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/logout/+page.server.ts
var load = () => {
	redirect(303, "/");
};
var actions = { default: async (event) => {
	const cookie = refreshCookieHeader(event);
	if (cookie) await callApi(event, "/auth/logout", {
		method: "POST",
		cookie
	});
	endSession(event);
	redirect(303, "/login");
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-ExWAxAd6.js.map
