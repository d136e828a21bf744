import { I as ID, a as relayJson } from '../../../../../../chunks/moderation.js-DEsSmpXb.js';
import { j as json } from '../../../../../../chunks/utils.js-dm2kV1-z.js';
import '../../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../../../chunks/config.js-B-wXjp3l.js';
import '../../../../../../chunks/shared-server.js-BUUi2YBp.js';
import '../../../../../../chunks/api-client.js-CGTF_sRb.js';
import '../../../../../../chunks/guards.js-p-okixA8.js';
import '../../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../../../chunks/redirect.js-Djhd4SSY.js';
import '../../../../../../chunks/shared.js-DUAwVbGM.js';

// src/routes/(app)/moderation/[cohortId]/audit/+server.ts
var INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;
/** GET /api/cohorts/:id/audit?action=&from=&to=&limit= as JSON. */
var GET = async (event) => {
	const q = event.url.searchParams;
	const action = q.get("action") || void 0;
	const from = q.get("from") || void 0;
	const to = q.get("to") || void 0;
	const limit = Number(q.get("limit") ?? 100);
	if (!ID.test(event.params.cohortId) || action && !/^[a-z_.]{1,60}$/.test(action) || from && !INSTANT.test(from) || to && !INSTANT.test(to) || !Number.isInteger(limit) || limit < 1 || limit > 1e3) return json({ error: {
		code: "VALIDATION_FAILED",
		message: "Invalid query"
	} }, { status: 400 });
	return relayJson(event, `/cohorts/${event.params.cohortId}/audit`, { query: {
		action,
		from,
		to,
		limit
	} });
};

export { GET };
//# sourceMappingURL=_server.ts.js-KtfGLZW7.js.map
