import { e as getLocale } from '../../chunks/runtime.js-B8EFPPLT.js';

// src/routes/+layout.server.ts
var load = ({ locals }) => ({
	user: locals.user,
	accessToken: locals.accessToken,
	locale: getLocale()
});

var _layout_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _layout_server_ts as _ };
//# sourceMappingURL=_layout.server.ts.js-0-jY2VfS.js.map
