import { r as requireUser } from '../../../chunks/guards.js-p-okixA8.js';

// src/routes/(app)/+layout.server.ts
/** Every page in (app) needs a signed-in person. Reading `url` makes this run again on each navigation. */
var load = ({ locals, url }) => {
	const { user } = requireUser({
		locals,
		url
	});
	return { user };
};

var _layout_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _layout_server_ts as _ };
//# sourceMappingURL=_layout.server.ts.js-N_0bDimp.js.map
