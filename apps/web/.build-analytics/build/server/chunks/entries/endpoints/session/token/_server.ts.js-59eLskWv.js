import { j as json } from '../../../../chunks/utils.js-dm2kV1-z.js';
import '../../../../chunks/shared.js-DUAwVbGM.js';

// src/routes/session/token/+server.ts
/**
* The current access token for the socket.io handshake. The hooks already renewed it through the refresh
* cookie when needed, so the browser never calls /api/auth/refresh itself.
*/
var GET = ({ locals }) => {
	const headers = { "cache-control": "no-store" };
	if (!locals.accessToken) {
		const code = locals.apiUnavailable ? "UNAVAILABLE" : "UNAUTHENTICATED";
		return json({ error: {
			code,
			message: "No session"
		} }, {
			status: locals.apiUnavailable ? 503 : 401,
			headers
		});
	}
	return json({ accessToken: locals.accessToken }, { headers });
};

export { GET };
//# sourceMappingURL=_server.ts.js-59eLskWv.js.map
