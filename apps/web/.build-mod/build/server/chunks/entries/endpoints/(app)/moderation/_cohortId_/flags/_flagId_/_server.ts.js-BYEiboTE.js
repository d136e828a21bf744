import { F as FLAG_STATES } from '../../../../../../../chunks/src.js-BEir3teA.js';
import { c as readBody, I as ID, a as relayJson } from '../../../../../../../chunks/moderation.js-DEsSmpXb.js';
import { j as json } from '../../../../../../../chunks/utils.js-dm2kV1-z.js';
import 'zod';
import '../../../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../../../../chunks/config.js-B-wXjp3l.js';
import '../../../../../../../chunks/shared-server.js-BUUi2YBp.js';
import '../../../../../../../chunks/api-client.js-CGTF_sRb.js';
import '../../../../../../../chunks/guards.js-p-okixA8.js';
import '../../../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../../../../chunks/redirect.js-Djhd4SSY.js';
import '../../../../../../../chunks/shared.js-DUAwVbGM.js';

// src/routes/(app)/moderation/[cohortId]/flags/[flagId]/+server.ts
/** PATCH /api/flags/:id {state?, assigneeId?, note?} for the console. */
var PATCH = async (event) => {
	const body = await readBody(event);
	if (!ID.test(event.params.flagId) || !body) return json({ error: {
		code: "VALIDATION_FAILED",
		message: "Invalid request"
	} }, { status: 400 });
	const patch = {};
	if (typeof body.state === "string" && FLAG_STATES.includes(body.state)) patch.state = body.state;
	if (body.assigneeId === null || typeof body.assigneeId === "string" && ID.test(body.assigneeId)) patch.assigneeId = body.assigneeId;
	if (typeof body.note === "string" && body.note.trim()) patch.note = body.note.trim();
	return relayJson(event, `/flags/${event.params.flagId}`, {
		method: "PATCH",
		body: patch
	});
};

export { PATCH };
//# sourceMappingURL=_server.ts.js-BYEiboTE.js.map
