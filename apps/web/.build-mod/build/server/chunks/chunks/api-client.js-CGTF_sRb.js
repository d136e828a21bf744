import { a as apiOrigin } from './config.js-B-wXjp3l.js';

// src/lib/server/api-client.ts
var TIMEOUT_MS = 1e4;
/**
* Calls the API directly at API_ORIGIN on behalf of the browser that made `event`. The client's address travels
* as X-Forwarded-For, so the API's per-address login throttling sees the person, not this server.
* Never throws: a network failure becomes `UNAVAILABLE`.
*/
async function callApi(event, path, call = {}) {
	const url = new URL(`/api${path}`, apiOrigin());
	for (const [key, value] of Object.entries(call.query ?? {})) if (value !== void 0 && value !== null && value !== "") url.searchParams.set(key, String(value));
	const headers = new Headers({ accept: "application/json" });
	headers.set("x-forwarded-for", clientAddress(event));
	headers.set("x-forwarded-proto", event.url.protocol.replace(":", ""));
	if (call.body !== void 0) headers.set("content-type", "application/json");
	if (call.token) headers.set("authorization", `Bearer ${call.token}`);
	if (call.cookie) headers.set("cookie", call.cookie);
	let response;
	try {
		response = await fetch(url, {
			method: call.method ?? "GET",
			headers,
			body: call.body === void 0 ? void 0 : JSON.stringify(call.body),
			signal: AbortSignal.timeout(TIMEOUT_MS)
		});
	} catch {
		return {
			ok: false,
			status: 503,
			headers: new Headers(),
			error: {
				code: "UNAVAILABLE",
				message: "API unreachable"
			}
		};
	}
	const payload = await readJson(response);
	if (response.ok) return {
		ok: true,
		status: response.status,
		data: payload,
		headers: response.headers
	};
	return {
		ok: false,
		status: response.status,
		headers: response.headers,
		error: toFailure(response.status, payload)
	};
}
function clientAddress(event) {
	try {
		return event.getClientAddress();
	} catch {
		return "127.0.0.1";
	}
}
async function readJson(response) {
	if (response.status === 204) return void 0;
	const text = await response.text();
	if (!text) return void 0;
	try {
		return JSON.parse(text);
	} catch {
		return;
	}
}
var STATUS_CODES = {
	400: "VALIDATION_FAILED",
	401: "UNAUTHENTICATED",
	403: "FORBIDDEN",
	404: "NOT_FOUND",
	409: "CONFLICT",
	413: "PAYLOAD_TOO_LARGE",
	429: "RATE_LIMITED",
	502: "UNAVAILABLE",
	503: "UNAVAILABLE",
	504: "UNAVAILABLE"
};
/** Reads the protocol's `{ error: { code, message, details } }`, falling back on the HTTP status. */
function toFailure(status, payload) {
	const error = payload?.error;
	const code = typeof error?.code === "string" ? error.code : STATUS_CODES[status] ?? "UNKNOWN";
	const details = Array.isArray(error?.details) ? error.details.filter(isFieldIssue) : void 0;
	return {
		code,
		message: typeof error?.message === "string" ? error.message : `HTTP ${status}`,
		details
	};
}
function isFieldIssue(value) {
	return typeof value === "object" && value !== null && typeof value.path === "string";
}

export { callApi as c };
//# sourceMappingURL=api-client.js-CGTF_sRb.js.map
