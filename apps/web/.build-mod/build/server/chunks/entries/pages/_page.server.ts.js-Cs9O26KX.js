import { z as redirect } from '../../chunks/utils.js-dm2kV1-z.js';

// src/routes/+page.server.ts
var load = ({ locals }) => {
	redirect(303, locals.user ? "/home" : "/login");
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Cs9O26KX.js.map
