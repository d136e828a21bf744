import { I as ID, a as relayJson } from '../../../../../../../chunks/moderation.js-DEsSmpXb.js';
import { j as json } from '../../../../../../../chunks/utils.js-dm2kV1-z.js';
import '../../../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../../../../chunks/config.js-B-wXjp3l.js';
import '../../../../../../../chunks/shared-server.js-BUUi2YBp.js';
import '../../../../../../../chunks/api-client.js-CGTF_sRb.js';
import '../../../../../../../chunks/guards.js-p-okixA8.js';
import '../../../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../../../../chunks/redirect.js-Djhd4SSY.js';
import '../../../../../../../chunks/shared.js-DUAwVbGM.js';

// src/routes/(app)/moderation/[cohortId]/equity/[roomId]/+server.ts
var INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;
/** GET /api/rooms/:id/equity?scope=&from=&to= for the console's equity-of-voice panel. */
var GET = async (event) => {
	const q = event.url.searchParams;
	const scope = q.get("scope") === "all" ? "all" : "present";
	const from = q.get("from") ?? void 0;
	const to = q.get("to") ?? void 0;
	if (!ID.test(event.params.roomId) || from && !INSTANT.test(from) || to && !INSTANT.test(to)) return json({ error: {
		code: "VALIDATION_FAILED",
		message: "Invalid query"
	} }, { status: 400 });
	return relayJson(event, `/rooms/${event.params.roomId}/equity`, { query: {
		scope,
		from,
		to
	} });
};

export { GET };
//# sourceMappingURL=_server.ts.js-BAqnfYkI.js.map
