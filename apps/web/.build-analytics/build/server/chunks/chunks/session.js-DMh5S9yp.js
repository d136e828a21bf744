import { c as cookieName } from './runtime.js-B8EFPPLT.js';
import { c as callApi } from './api-client.js-CGTF_sRb.js';
import { createHash } from 'node:crypto';

// src/lib/server/set-cookie.ts
/**
* Parses one Set-Cookie header line as the API writes it (express `res.cookie`), so the web server can relay
* the rotated refresh cookie to the browser through `event.cookies` (SvelteKit refuses raw Set-Cookie headers).
*/
function parseSetCookie(line) {
	const [pair, ...attributes] = line.split(";");
	const eq = pair.indexOf("=");
	if (eq <= 0) return null;
	const name = pair.slice(0, eq).trim();
	const value = decodeValue(pair.slice(eq + 1).trim());
	const options = {
		path: "/",
		httpOnly: false,
		secure: false
	};
	for (const attribute of attributes) {
		const [rawKey, ...rest] = attribute.split("=");
		const key = rawKey.trim().toLowerCase();
		const attrValue = rest.join("=").trim();
		switch (key) {
			case "path":
				options.path = attrValue || "/";
				break;
			case "domain":
				options.domain = attrValue;
				break;
			case "expires": {
				const date = new Date(attrValue);
				if (!Number.isNaN(date.getTime())) options.expires = date;
				break;
			}
			case "max-age": {
				const seconds = Number(attrValue);
				if (Number.isFinite(seconds)) options.maxAge = seconds;
				break;
			}
			case "httponly":
				options.httpOnly = true;
				break;
			case "secure":
				options.secure = true;
				break;
			case "samesite": {
				const mode = attrValue.toLowerCase();
				if (mode === "strict" || mode === "lax" || mode === "none") options.sameSite = mode;
				break;
			}
		}
	}
	return {
		name,
		value,
		options
	};
}
function decodeValue(value) {
	const unquoted = value.startsWith("\"") && value.endsWith("\"") ? value.slice(1, -1) : value;
	try {
		return decodeURIComponent(unquoted);
	} catch {
		return unquoted;
	}
}
/** True when the parsed cookie asks the browser to forget it (an expiry in the past or Max-Age 0). */
function isDeletion(cookie, now = Date.now()) {
	if (cookie.options.maxAge !== void 0 && cookie.options.maxAge <= 0) return true;
	return cookie.options.expires !== void 0 && cookie.options.expires.getTime() <= now;
}
// src/lib/server/session.ts
var ACCESS_COOKIE = "ta_access";
var REFRESH_COOKIE = "ta_refresh";
/** Cookies the API may set that this server relays to the browser; anything else is dropped. */
var RELAYED_COOKIES = /* @__PURE__ */ new Set([REFRESH_COOKIE]);
var FALLBACK_ACCESS_MAX_AGE = 840;
var LOCALE_MAX_AGE = 3456e4;
/**
* The access cookie lives a little less than the token itself, so the server renews it (through the refresh
* cookie) before the API would refuse it. Reads `exp` without verifying: the API verifies; this only times.
*/
function accessCookieMaxAge(token, nowSeconds = Math.floor(Date.now() / 1e3)) {
	const exp = readExp(token);
	if (exp === null) return FALLBACK_ACCESS_MAX_AGE;
	const remaining = exp - nowSeconds;
	if (remaining <= 0) return 0;
	return remaining > 120 ? remaining - 60 : Math.floor(remaining / 2);
}
function readExp(token) {
	const payload = token.split(".")[1];
	if (!payload) return null;
	try {
		const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
		return typeof claims.exp === "number" ? claims.exp : null;
	} catch {
		return null;
	}
}
/**
* Path and Secure for cookies this server writes or deletes. SvelteKit defaults to Secure except on
* http://localhost, which browsers ignore on plain http (e.g. http://127.0.0.1), so it is set explicitly.
*/
function cookieScope(event) {
	return {
		path: "/",
		secure: event.url.protocol === "https:"
	};
}
function setAccessCookie(event, token) {
	event.cookies.set(ACCESS_COOKIE, token, {
		...cookieScope(event),
		httpOnly: true,
		sameSite: "lax",
		maxAge: accessCookieMaxAge(token)
	});
}
/** The paraglide cookie; readable by the page script so client-side rendering uses the same language. */
function setLocaleCookie(event, locale) {
	event.cookies.set(cookieName, locale, {
		...cookieScope(event),
		httpOnly: false,
		sameSite: "lax",
		maxAge: LOCALE_MAX_AGE
	});
}
/** Passes the API's Set-Cookie for the refresh token on to the browser (rotation or clearing). */
function relaySetCookies(event, setCookies) {
	for (const line of setCookies) {
		const cookie = parseSetCookie(line);
		if (!cookie || !RELAYED_COOKIES.has(cookie.name)) continue;
		if (isDeletion(cookie)) event.cookies.delete(cookie.name, {
			...cookieScope(event),
			path: cookie.options.path ?? "/"
		});
		else event.cookies.set(cookie.name, cookie.value, cookie.options);
	}
}
/** Sign-in or registration succeeded: keep the access token, relay the refresh cookie, adopt the language. */
function startSession(event, auth, apiHeaders) {
	relaySetCookies(event, apiHeaders.getSetCookie());
	setAccessCookie(event, auth.accessToken);
	setLocaleCookie(event, auth.user.locale);
	event.locals.user = auth.user;
	event.locals.accessToken = auth.accessToken;
}
function endSession(event) {
	event.cookies.delete(ACCESS_COOKIE, cookieScope(event));
	event.cookies.delete(REFRESH_COOKIE, cookieScope(event));
	event.locals.user = null;
	event.locals.accessToken = null;
}
/** The Cookie header for the API's cookie-authenticated endpoints: only the refresh token, nothing else. */
function refreshCookieHeader(event) {
	const token = event.cookies.get(REFRESH_COOKIE);
	return token ? `${REFRESH_COOKIE}=${encodeURIComponent(token)}` : void 0;
}
/**
* Refreshes already done or under way, by a hash of the refresh token presented. A refresh token works once
* and reuse revokes the whole sign-in, yet a browser may send several requests at once with the same expired
* access cookie (a page and its data, the socket's token fetch). Those requests share one call to the API and
* all relay its result. Entries hold no user data beyond the new tokens, only for the holder of the old token,
* and expire after a few seconds.
*/
var refreshes = /* @__PURE__ */ new Map();
var REFRESH_GRACE_MS = 15e3;
var MAX_PENDING_REFRESHES = 1e4;
async function refreshSession(event) {
	const cookie = refreshCookieHeader(event);
	if (!cookie) return {
		ok: false,
		error: {
			code: "UNAUTHENTICATED",
			message: "No refresh cookie"
		},
		setCookies: []
	};
	const key = createHash("sha256").update(cookie).digest("hex");
	const now = Date.now();
	pruneRefreshes(now);
	let entry = refreshes.get(key);
	if (!entry) {
		entry = {
			outcome: callRefresh(event, cookie),
			expiresAt: now + REFRESH_GRACE_MS
		};
		refreshes.set(key, entry);
	}
	const outcome = await entry.outcome;
	if (!outcome.ok && outcome.error.code === "UNAVAILABLE") refreshes.delete(key);
	relaySetCookies(event, outcome.setCookies);
	if (outcome.ok) setAccessCookie(event, outcome.accessToken);
	else if (outcome.error.code === "UNAUTHENTICATED") endSession(event);
	return outcome;
}
async function callRefresh(event, cookie) {
	const result = await callApi(event, "/auth/refresh", {
		method: "POST",
		cookie
	});
	const setCookies = result.headers.getSetCookie();
	if (result.ok && typeof result.data?.accessToken === "string") return {
		ok: true,
		accessToken: result.data.accessToken,
		setCookies
	};
	return {
		ok: false,
		error: result.ok ? {
			code: "UNKNOWN",
			message: "No access token in refresh answer"
		} : result.error,
		setCookies
	};
}
function pruneRefreshes(now) {
	for (const [key, entry] of refreshes) if (entry.expiresAt <= now) refreshes.delete(key);
	while (refreshes.size >= MAX_PENDING_REFRESHES) {
		const oldest = refreshes.keys().next().value;
		if (oldest === void 0) break;
		refreshes.delete(oldest);
	}
}
/**
* Works out who is asking, once per request: the access cookie if the API still accepts it, otherwise one
* refresh through the refresh cookie. Fills `locals.user`, `locals.accessToken` and `locals.apiUnavailable`.
*/
async function resolveSession(event) {
	event.locals.user = null;
	event.locals.accessToken = null;
	event.locals.apiUnavailable = false;
	const current = event.cookies.get(ACCESS_COOKIE);
	if (current) {
		if (await loadUser(event, current) !== "rejected") return;
		event.cookies.delete(ACCESS_COOKIE, cookieScope(event));
	}
	if (!event.cookies.get("ta_refresh")) return;
	const renewed = await refreshSession(event);
	if (!renewed.ok) {
		if (renewed.error.code === "UNAVAILABLE") event.locals.apiUnavailable = true;
		return;
	}
	if (await loadUser(event, renewed.accessToken) === "rejected") endSession(event);
}
async function loadUser(event, token) {
	const me = await callApi(event, "/me", { token });
	if (me.ok) {
		event.locals.user = me.data;
		event.locals.accessToken = token;
		return "loaded";
	}
	if (me.error.code === "UNAUTHENTICATED") return "rejected";
	event.locals.apiUnavailable = true;
	return "unavailable";
}

export { startSession as a, refreshCookieHeader as b, endSession as e, resolveSession as r, setLocaleCookie as s };
//# sourceMappingURL=session.js-DMh5S9yp.js.map
