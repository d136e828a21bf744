import { e as error_unavailable } from '../../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import { c as callApi } from '../../../../../../chunks/api-client.js-CGTF_sRb.js';
import { l as loadCohort, c as cohort_not_found } from '../../../../../../chunks/cohorts.js-DJODQWKG.js';
import { r as requireUser } from '../../../../../../chunks/guards.js-p-okixA8.js';
import { v as error } from '../../../../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/(app)/cohorts/[id]/rooms/+page.server.ts
var load = async (event) => {
	const { token } = requireUser(event);
	const cohort = await loadCohort(event, token, event.params.id);
	const rooms = await callApi(event, `/cohorts/${cohort.id}/rooms`, { token });
	if (!rooms.ok) error(rooms.status === 404 ? 404 : 503, {
		message: rooms.status === 404 ? cohort_not_found() : error_unavailable(),
		code: rooms.error.code
	});
	return {
		cohort: {
			id: cohort.id,
			name: cohort.name
		},
		rooms: rooms.data
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-1SAc6IQ_.js.map
