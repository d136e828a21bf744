// src/lib/navigation/redirect.ts
/**
* A same-site path to return to after signing in, or null. Refuses absolute URLs, protocol-relative `//host`
* and backslash tricks, so the login form cannot be used to send people elsewhere.
*/
function safeRedirectPath(value) {
	if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
	if (/[\u0000-\u001f]/.test(value)) return null;
	try {
		const url = new URL(value, "http://x.invalid");
		if (url.origin !== "http://x.invalid") return null;
		return url.pathname + url.search;
	} catch {
		return null;
	}
}
/** Where a person lands after signing in: home, or the page they were sent away from. */
function afterSignIn(value) {
	const path = safeRedirectPath(value);
	if (!path || path === "/" || path.startsWith("/login") || path.startsWith("/register") || path.startsWith("/logout")) return "/home";
	return path;
}

export { afterSignIn as a, safeRedirectPath as s };
//# sourceMappingURL=redirect.js-Djhd4SSY.js.map
