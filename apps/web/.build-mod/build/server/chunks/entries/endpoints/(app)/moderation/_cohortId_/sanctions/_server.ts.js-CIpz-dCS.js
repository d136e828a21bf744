import { c as readBody, I as ID, a as relayJson } from '../../../../../../chunks/moderation.js-DEsSmpXb.js';
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

// src/routes/(app)/moderation/[cohortId]/sanctions/+server.ts
/** POST /api/cohorts/:id/sanctions {userId, kind, minutes, reason}; minutes 0 lifts. */
var POST = async (event) => {
	const body = await readBody(event);
	const minutes = Number(body?.minutes);
	if (!ID.test(event.params.cohortId) || !body || typeof body.userId !== "string" || !ID.test(body.userId) || body.kind !== "mute" && body.kind !== "ban" || !Number.isInteger(minutes) || minutes < 0 || typeof body.reason !== "string" || !body.reason.trim()) return json({ error: {
		code: "VALIDATION_FAILED",
		message: "Invalid request"
	} }, { status: 400 });
	return relayJson(event, `/cohorts/${event.params.cohortId}/sanctions`, {
		method: "POST",
		body: {
			userId: body.userId,
			kind: body.kind,
			minutes,
			reason: body.reason.trim()
		}
	});
};

export { POST };
//# sourceMappingURL=_server.ts.js-CIpz-dCS.js.map
