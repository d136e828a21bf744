import { e as getLocale } from './runtime.js-B8EFPPLT.js';
import { e as error_forbidden } from './error_forbidden.js-CfrwO1E1.js';
import { e as error_unavailable } from './error_unavailable.js-uIGIVP0X.js';
import { e as error_unknown } from './error_unknown.js-C1rriivB.js';
import { a as apiOrigin } from './config.js-B-wXjp3l.js';
import { a as requireRole } from './guards.js-p-okixA8.js';
import { v as error } from './utils.js-dm2kV1-z.js';

// src/lib/paraglide/messages/analytics_export_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Export_InvalidInputs */
var es_analytics_export_invalid = () => {
	return `Los filtros de la exportación no son válidos.`;
};
var en_analytics_export_invalid = () => {
	return `The export filters are not valid.`;
};
/**
* | output |
* | --- |
* | "The export filters are not valid." |
*
* @param {Analytics_Export_InvalidInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_export_invalid = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_export_invalid();
	return es_analytics_export_invalid();
});
// src/lib/analytics/export.server.ts
var TIMEOUT_MS = 3e4;
/** A file name part from a query value: letters, digits and dashes only. */
function slug(value) {
	return value.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
}
/**
* Relays one of the API's CSV exports with the person's token. The body goes through as bytes, so the UTF-8
* byte-order mark that spreadsheet programs need stays at the front.
*/
async function relayCsv(event, apiPath, allowed, baseName, nameKeys) {
	const { token } = requireRole(event, ["coordinator", "admin"]);
	const url = new URL(`/api${apiPath}`, apiOrigin());
	for (const key of allowed) {
		const value = event.url.searchParams.get(key);
		if (value) url.searchParams.set(key, value);
	}
	url.searchParams.set("format", "csv");
	let response;
	try {
		response = await fetch(url, {
			headers: {
				accept: "text/csv",
				authorization: `Bearer ${token}`,
				"x-forwarded-for": safeAddress(event),
				"x-forwarded-proto": event.url.protocol.replace(":", "")
			},
			signal: AbortSignal.timeout(TIMEOUT_MS)
		});
	} catch {
		error(503, {
			message: error_unavailable(),
			code: "UNAVAILABLE"
		});
	}
	if (response.status === 403) error(403, {
		message: error_forbidden(),
		code: "FORBIDDEN"
	});
	if (response.status === 400) error(400, {
		message: analytics_export_invalid(),
		code: "VALIDATION_FAILED"
	});
	if (!response.ok) error(response.status >= 500 ? 503 : response.status, {
		message: error_unknown(),
		code: "UNKNOWN"
	});
	const parts = [baseName, ...nameKeys.map((k) => slug(event.url.searchParams.get(k) ?? "")).filter(Boolean)];
	const body = await response.arrayBuffer();
	return new Response(body, { headers: {
		"content-type": "text/csv; charset=utf-8",
		"content-disposition": `attachment; filename="${parts.join("_")}.csv"`,
		"cache-control": "private, no-store"
	} });
}
function safeAddress(event) {
	try {
		return event.getClientAddress();
	} catch {
		return "127.0.0.1";
	}
}

export { relayCsv as r };
//# sourceMappingURL=export.server.js-CjkRkymU.js.map
