import { b as private_env } from './shared-server.js-BUUi2YBp.js';

// src/lib/server/config.ts
/** Where the SSR code reaches the API directly (not through the public origin). */
function apiOrigin() {
	return (private_env.API_ORIGIN || "http://127.0.0.1:3000").replace(/\/+$/, "");
}

export { apiOrigin as a };
//# sourceMappingURL=config.js-B-wXjp3l.js.map
