import { I as ID, b as relayCsv } from '../../../../../../chunks/moderation.js-DEsSmpXb.js';
import '../../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../../../chunks/config.js-B-wXjp3l.js';
import '../../../../../../chunks/shared-server.js-BUUi2YBp.js';
import '../../../../../../chunks/api-client.js-CGTF_sRb.js';
import '../../../../../../chunks/guards.js-p-okixA8.js';
import '../../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../../../chunks/redirect.js-Djhd4SSY.js';
import '../../../../../../chunks/utils.js-dm2kV1-z.js';
import '../../../../../../chunks/shared.js-DUAwVbGM.js';

// src/routes/(app)/moderation/[cohortId]/audit.csv/+server.ts
var INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;
/** The audit log as CSV (UTF-8 with BOM), proxied from the API with the person's token. */
var GET = async (event) => {
	const q = event.url.searchParams;
	const action = q.get("action") || void 0;
	const from = q.get("from") || void 0;
	const to = q.get("to") || void 0;
	if (!ID.test(event.params.cohortId) || action && !/^[a-z_.]{1,60}$/.test(action) || from && !INSTANT.test(from) || to && !INSTANT.test(to)) return new Response("Invalid query", { status: 400 });
	const day = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
	return relayCsv(event, `/cohorts/${event.params.cohortId}/audit`, {
		action,
		from,
		to,
		limit: "1000"
	}, `auditoria-${event.params.cohortId}-${day}.csv`);
};

export { GET };
//# sourceMappingURL=_server.ts.js-ptL9kNYk.js.map
