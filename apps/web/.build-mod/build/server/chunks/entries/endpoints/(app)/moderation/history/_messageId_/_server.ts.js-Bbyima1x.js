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

// src/routes/(app)/moderation/history/[messageId]/+server.ts
/** GET /api/messages/:id/history (moderators and the author). */
var GET = async (event) => {
	if (!ID.test(event.params.messageId)) return json({ error: {
		code: "VALIDATION_FAILED",
		message: "Invalid id"
	} }, { status: 400 });
	return relayJson(event, `/messages/${event.params.messageId}/history`);
};

export { GET };
//# sourceMappingURL=_server.ts.js-Bbyima1x.js.map
