import { c as callApi } from '../../../../../../../../chunks/api-client.js-CGTF_sRb.js';
import { a as requireRole, C as COHORT_MANAGERS } from '../../../../../../../../chunks/guards.js-p-okixA8.js';
import { v as error, j as json } from '../../../../../../../../chunks/utils.js-dm2kV1-z.js';
import '../../../../../../../../chunks/config.js-B-wXjp3l.js';
import '../../../../../../../../chunks/shared-server.js-BUUi2YBp.js';
import '../../../../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../../../../../chunks/redirect.js-Djhd4SSY.js';
import '../../../../../../../../chunks/shared.js-DUAwVbGM.js';

// src/routes/(app)/cohorts/[id]/enrol/imports/[jobId]/+server.ts
/** The import page polls this (same origin, session cookie) while the API works through the file. */
var GET = async (event) => {
	const { token } = requireRole(event, COHORT_MANAGERS);
	if (!/^[A-Za-z0-9_-]{1,64}$/.test(event.params.jobId)) error(404, {
		message: "not found",
		code: "NOT_FOUND"
	});
	const result = await callApi(event, `/imports/${event.params.jobId}`, { token });
	if (!result.ok) return json({ error: { code: result.error.code } }, { status: result.status });
	return json(result.data, { headers: { "cache-control": "no-store" } });
};

export { GET };
//# sourceMappingURL=_server.ts.js-DyimBGNm.js.map
