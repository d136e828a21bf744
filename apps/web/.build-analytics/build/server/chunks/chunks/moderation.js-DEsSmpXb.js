import { e as error_forbidden } from './error_forbidden.js-CfrwO1E1.js';
import { a as apiOrigin } from './config.js-B-wXjp3l.js';
import { c as callApi } from './api-client.js-CGTF_sRb.js';
import { r as requireUser, C as COHORT_MANAGERS } from './guards.js-p-okixA8.js';
import { j as json, v as error } from './utils.js-dm2kV1-z.js';

// src/lib/server/moderation.ts
var ID = /^[0-9a-f]{24}$/;
/** Moderation pages: the cohort's moderators, coordinators and admins (the API checks again on every call). */
function requireModerator(event, cohort) {
	const session = requireUser(event);
	if (cohort && cohort.myRole !== "moderator" && !COHORT_MANAGERS.includes(session.user.role)) error(403, {
		message: error_forbidden(),
		code: "FORBIDDEN"
	});
	return session;
}
/** A JSON call to the API on behalf of the browser (the access token stays httpOnly), answered as JSON. */
async function relayJson(event, path, call = {}) {
	const token = event.locals.accessToken;
	if (!event.locals.user || !token) return json({ error: {
		code: "UNAUTHENTICATED",
		message: "Sign in again"
	} }, { status: 401 });
	const result = await callApi(event, path, {
		...call,
		token
	});
	if (!result.ok) return json({ error: result.error }, { status: result.status });
	return json(result.data ?? {}, { headers: { "cache-control": "no-store" } });
}
/** The request's JSON body, or null when it is not JSON. */
async function readBody(event) {
	try {
		const body = await event.request.json();
		return body && typeof body === "object" && !Array.isArray(body) ? body : null;
	} catch {
		return null;
	}
}
/** Streams the API's CSV export (UTF-8 with BOM) through this server with the person's token. */
async function relayCsv(event, path, query, filename) {
	const token = event.locals.accessToken;
	if (!event.locals.user || !token) return new Response("Sign in again", { status: 401 });
	const url = new URL(`/api${path}`, apiOrigin());
	for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value);
	url.searchParams.set("format", "csv");
	let upstream;
	try {
		upstream = await fetch(url, {
			headers: {
				accept: "text/csv",
				authorization: `Bearer ${token}`,
				"x-forwarded-for": safeAddress(event)
			},
			signal: AbortSignal.timeout(3e4)
		});
	} catch {
		return new Response("API unreachable", { status: 503 });
	}
	if (!upstream.ok) return new Response(await upstream.text(), {
		status: upstream.status,
		headers: { "content-type": upstream.headers.get("content-type") ?? "text/plain" }
	});
	return new Response(upstream.body, { headers: {
		"content-type": "text/csv; charset=utf-8",
		"content-disposition": `attachment; filename="${filename}"`,
		"cache-control": "no-store"
	} });
}
function safeAddress(event) {
	try {
		return event.getClientAddress();
	} catch {
		return "127.0.0.1";
	}
}

export { ID as I, relayJson as a, relayCsv as b, readBody as c, requireModerator as r };
//# sourceMappingURL=moderation.js-DEsSmpXb.js.map
