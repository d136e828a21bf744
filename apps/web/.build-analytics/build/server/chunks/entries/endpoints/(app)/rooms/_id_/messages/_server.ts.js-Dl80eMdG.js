import { c as callApi } from '../../../../../../chunks/api-client.js-CGTF_sRb.js';
import { j as json } from '../../../../../../chunks/utils.js-dm2kV1-z.js';
import '../../../../../../chunks/config.js-B-wXjp3l.js';
import '../../../../../../chunks/shared-server.js-BUUi2YBp.js';
import '../../../../../../chunks/shared.js-DUAwVbGM.js';

// src/routes/(app)/rooms/[id]/messages/+server.ts
var ID = /^[0-9a-f]{24}$/;
/** History for the browser (older pages, thread replies): the API needs the access token, which stays httpOnly. */
var GET = async (event) => {
	const token = event.locals.accessToken;
	if (!event.locals.user || !token) return json({ error: {
		code: "UNAUTHENTICATED",
		message: "Sign in again"
	} }, { status: 401 });
	const { id } = event.params;
	const before = event.url.searchParams.get("before");
	const threadRootId = event.url.searchParams.get("threadRootId");
	const limit = Number(event.url.searchParams.get("limit") ?? 50);
	if (!ID.test(id) || before && !ID.test(before) || threadRootId && !ID.test(threadRootId) || !Number.isInteger(limit) || limit < 1 || limit > 100) return json({ error: {
		code: "VALIDATION_FAILED",
		message: "Invalid query"
	} }, { status: 400 });
	const result = await callApi(event, `/rooms/${id}/messages`, {
		token,
		query: {
			before,
			threadRootId,
			limit
		}
	});
	if (!result.ok) return json({ error: result.error }, { status: result.status });
	return json(result.data, { headers: { "cache-control": "no-store" } });
};

export { GET };
//# sourceMappingURL=_server.ts.js-Dl80eMdG.js.map
