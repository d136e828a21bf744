import { a as failureFromApi } from '../../../../chunks/failure.js-t1Ny7fSp.js';
import { t as topicsOf } from '../../../../chunks/outline.js-CnwMIEeI.js';
import { c as callApi } from '../../../../chunks/api-client.js-CGTF_sRb.js';
import { r as requireUser, b as COURSE_EDITORS } from '../../../../chunks/guards.js-p-okixA8.js';

// src/routes/(app)/courses/+page.server.ts
var load = async (event) => {
	const { user, token } = requireUser(event);
	const q = (event.url.searchParams.get("q") ?? "").trim().slice(0, 100);
	const topic = (event.url.searchParams.get("topic") ?? "").trim().toLowerCase().slice(0, 40);
	const [all, filtered] = await Promise.all([callApi(event, "/courses", { token }), q || topic ? callApi(event, "/courses", {
		token,
		query: {
			q,
			topic
		}
	}) : null]);
	const list = filtered ?? all;
	return {
		q,
		topic,
		topics: all.ok ? topicsOf(all.data.items) : [],
		courses: list.ok ? list.data.items : [],
		canEdit: COURSE_EDITORS.includes(user.role),
		loadFailure: list.ok ? null : failureFromApi(list.error)
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DyB1je2k.js.map
