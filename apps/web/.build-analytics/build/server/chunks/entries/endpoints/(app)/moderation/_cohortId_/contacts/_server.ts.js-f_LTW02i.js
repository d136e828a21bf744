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

// src/routes/(app)/moderation/[cohortId]/contacts/+server.ts
/** PUT /api/cohorts/:id/safeguarding-contacts {userIds}. */
var PUT = async (event) => {
	const ids = (await readBody(event))?.userIds;
	if (!ID.test(event.params.cohortId) || !Array.isArray(ids) || ids.length > 20 || !ids.every((id) => typeof id === "string" && ID.test(id))) return json({ error: {
		code: "VALIDATION_FAILED",
		message: "Invalid request"
	} }, { status: 400 });
	return relayJson(event, `/cohorts/${event.params.cohortId}/safeguarding-contacts`, {
		method: "PUT",
		body: { userIds: ids }
	});
};

export { PUT };
//# sourceMappingURL=_server.ts.js-f_LTW02i.js.map
