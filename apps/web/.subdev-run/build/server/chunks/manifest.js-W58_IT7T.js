const manifest = (() => {
function __memo(fn) {
	let value;
	return () => value ??= (value = fn());
}

return {
	appDir: "_app",
	appPath: "_app",
	assets: new Set(["favicon.svg"]),
	mimeTypes: {".svg":"image/svg+xml"},
	_: {
		client: {start:"_app/immutable/entry/start.Cqrui54-.js",app:"_app/immutable/entry/app.Ca2ufTzC.js",imports:["_app/immutable/entry/start.Cqrui54-.js","_app/immutable/chunks/Dpqz3vCa.js","_app/immutable/chunks/B5E5tcPs.js","_app/immutable/entry/app.Ca2ufTzC.js","_app/immutable/chunks/B5E5tcPs.js","_app/immutable/chunks/xihTtKlq.js"],stylesheets:[],fonts:[],uses_env_dynamic_public:false},
		nodes: [
			__memo(() => import('./nodes/0.js-CBJw0wSl.js')),
			__memo(() => import('./nodes/1.js-DTtVCEcv.js')),
			__memo(() => import('./nodes/2.js-C5thy8PY.js')),
			__memo(() => import('./nodes/3.js-DOygeS2N.js')),
			__memo(() => import('./nodes/4.js-BQ3620BO.js')),
			__memo(() => import('./nodes/5.js-Dww0oOoU.js')),
			__memo(() => import('./nodes/6.js-BGwlhQPz.js')),
			__memo(() => import('./nodes/7.js-Cwpdd5Yi.js')),
			__memo(() => import('./nodes/8.js-Ws_gUqkE.js')),
			__memo(() => import('./nodes/9.js-Vco2uzo9.js')),
			__memo(() => import('./nodes/10.js-De8GJQ6n.js')),
			__memo(() => import('./nodes/11.js-BSkh-rVy.js')),
			__memo(() => import('./nodes/12.js-DEk-oWTD.js')),
			__memo(() => import('./nodes/13.js-BBNixFP5.js')),
			__memo(() => import('./nodes/14.js-CWRkJ1b_.js')),
			__memo(() => import('./nodes/15.js-DkWYobzR.js')),
			__memo(() => import('./nodes/16.js-BpTMkCGx.js')),
			__memo(() => import('./nodes/17.js-D0CcOVtp.js')),
			__memo(() => import('./nodes/18.js-DGNFa93N.js')),
			__memo(() => import('./nodes/19.js-CL1oY6dI.js')),
			__memo(() => import('./nodes/20.js-BkMa-3sz.js')),
			__memo(() => import('./nodes/21.js-_ZJe2Jwh.js')),
			__memo(() => import('./nodes/22.js-C0A0FYuw.js')),
			__memo(() => import('./nodes/23.js-CjpznHas.js')),
			__memo(() => import('./nodes/24.js-CTPvULWZ.js')),
			__memo(() => import('./nodes/25.js-CWxVAlWX.js')),
			__memo(() => import('./nodes/26.js-Cty4D5BZ.js'))
		],
		remotes: {
			
		},
		routes: [
			{
				id: "/",
				pattern: /^\/$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 3 },
				endpoint: null
			},
			{
				id: "/(app)/activities/[id]",
				pattern: /^\/activities\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 4 },
				endpoint: null
			},
			{
				id: "/(app)/admin/users",
				pattern: /^\/admin\/users\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 5 },
				endpoint: null
			},
			{
				id: "/(app)/cohorts",
				pattern: /^\/cohorts\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 6 },
				endpoint: null
			},
			{
				id: "/(app)/cohorts/build",
				pattern: /^\/cohorts\/build\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 10 },
				endpoint: null
			},
			{
				id: "/(app)/cohorts/new",
				pattern: /^\/cohorts\/new\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 11 },
				endpoint: null
			},
			{
				id: "/(app)/cohorts/[id]",
				pattern: /^\/cohorts\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 7 },
				endpoint: null
			},
			{
				id: "/(app)/cohorts/[id]/enrol",
				pattern: /^\/cohorts\/([^/]+?)\/enrol\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 8 },
				endpoint: null
			},
			{
				id: "/(app)/cohorts/[id]/enrol/imports/[jobId]",
				pattern: /^\/cohorts\/([^/]+?)\/enrol\/imports\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false},{"name":"jobId","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(app)/cohorts/_id_/enrol/imports/_jobId_/_server.ts.js-AEOPEqdL.js'))
			},
			{
				id: "/(app)/cohorts/[id]/rooms",
				pattern: /^\/cohorts\/([^/]+?)\/rooms\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 9 },
				endpoint: null
			},
			{
				id: "/(app)/courses",
				pattern: /^\/courses\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 12 },
				endpoint: null
			},
			{
				id: "/(app)/courses/new",
				pattern: /^\/courses\/new\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 16 },
				endpoint: null
			},
			{
				id: "/(app)/courses/[slug]",
				pattern: /^\/courses\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 13 },
				endpoint: null
			},
			{
				id: "/(app)/courses/[slug]/edit",
				pattern: /^\/courses\/([^/]+?)\/edit\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 14 },
				endpoint: null
			},
			{
				id: "/(app)/courses/[slug]/lessons/[lessonId]",
				pattern: /^\/courses\/([^/]+?)\/lessons\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"lessonId","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 15 },
				endpoint: null
			},
			{
				id: "/(app)/home",
				pattern: /^\/home\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 17 },
				endpoint: null
			},
			{
				id: "/locale",
				pattern: /^\/locale\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 23 },
				endpoint: null
			},
			{
				id: "/login",
				pattern: /^\/login\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 24 },
				endpoint: null
			},
			{
				id: "/logout",
				pattern: /^\/logout\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 25 },
				endpoint: null
			},
			{
				id: "/(app)/profile",
				pattern: /^\/profile\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 18 },
				endpoint: null
			},
			{
				id: "/register",
				pattern: /^\/register\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 26 },
				endpoint: null
			},
			{
				id: "/(app)/review",
				pattern: /^\/review\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 19 },
				endpoint: null
			},
			{
				id: "/(app)/review/[cohortId]",
				pattern: /^\/review\/([^/]+?)\/?$/,
				params: [{"name":"cohortId","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 20 },
				endpoint: null
			},
			{
				id: "/(app)/review/[cohortId]/[submissionId]",
				pattern: /^\/review\/([^/]+?)\/([^/]+?)\/?$/,
				params: [{"name":"cohortId","optional":false,"rest":false,"chained":false},{"name":"submissionId","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 21 },
				endpoint: null
			},
			{
				id: "/(app)/rooms/[id]",
				pattern: /^\/rooms\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 22 },
				endpoint: null
			},
			{
				id: "/(app)/rooms/[id]/messages",
				pattern: /^\/rooms\/([^/]+?)\/messages\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(app)/rooms/_id_/messages/_server.ts.js-DIdkLzZC.js'))
			},
			{
				id: "/session/token",
				pattern: /^\/session\/token\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/session/token/_server.ts.js-59eLskWv.js'))
			}
		],
		prerendered_routes: new Set([]),
		matchers: async () => {
			
			return {  };
		},
		server_assets: {}
	}
}
})();

export { manifest as m };
//# sourceMappingURL=manifest.js-W58_IT7T.js.map
