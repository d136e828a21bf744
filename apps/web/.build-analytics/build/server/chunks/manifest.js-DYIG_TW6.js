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
		client: {start:"_app/immutable/entry/start.m4-Z5wF5.js",app:"_app/immutable/entry/app.U9-5COLw.js",imports:["_app/immutable/entry/start.m4-Z5wF5.js","_app/immutable/chunks/CWg-DwwN.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/entry/app.U9-5COLw.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/DclECHGd.js"],stylesheets:[],fonts:[],uses_env_dynamic_public:false},
		nodes: [
			__memo(() => import('./nodes/0.js-BD8GmyDR.js')),
			__memo(() => import('./nodes/1.js-DOX396aH.js')),
			__memo(() => import('./nodes/2.js-CJiZg2ik.js')),
			__memo(() => import('./nodes/3.js-DOygeS2N.js')),
			__memo(() => import('./nodes/4.js-BBSen6jj.js')),
			__memo(() => import('./nodes/5.js-BCJ8kMIX.js')),
			__memo(() => import('./nodes/6.js-H_xy_m2U.js')),
			__memo(() => import('./nodes/7.js-DXu7-nr3.js')),
			__memo(() => import('./nodes/8.js-Dy3zvHgv.js')),
			__memo(() => import('./nodes/9.js-BdxtJlg8.js')),
			__memo(() => import('./nodes/10.js-tFdL0Xcd.js')),
			__memo(() => import('./nodes/11.js-BGQjJ9y0.js')),
			__memo(() => import('./nodes/12.js-D1yR9Tlp.js')),
			__memo(() => import('./nodes/13.js-Dit6Xqdh.js')),
			__memo(() => import('./nodes/14.js-CWiuIv5D.js')),
			__memo(() => import('./nodes/15.js-CNDKEVGp.js')),
			__memo(() => import('./nodes/16.js-CsAzqdbl.js')),
			__memo(() => import('./nodes/17.js-D2DTWVQ2.js')),
			__memo(() => import('./nodes/18.js-T4gYLbmS.js')),
			__memo(() => import('./nodes/19.js-BR3vMdT6.js')),
			__memo(() => import('./nodes/20.js-ChAi_S3x.js')),
			__memo(() => import('./nodes/21.js-sHVb1Ofw.js')),
			__memo(() => import('./nodes/22.js-Ck8xha6A.js')),
			__memo(() => import('./nodes/23.js-BPNSHbxA.js')),
			__memo(() => import('./nodes/24.js-DmEN3eVx.js')),
			__memo(() => import('./nodes/25.js-DLdRNvQD.js')),
			__memo(() => import('./nodes/26.js-CrkLExLO.js')),
			__memo(() => import('./nodes/27.js-B3U0SZW_.js')),
			__memo(() => import('./nodes/28.js-HP4m102Z.js')),
			__memo(() => import('./nodes/29.js-CCE4yDM7.js'))
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
				id: "/(app)/analytics",
				pattern: /^\/analytics\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 6 },
				endpoint: null
			},
			{
				id: "/(app)/analytics/export/indicators",
				pattern: /^\/analytics\/export\/indicators\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(app)/analytics/export/indicators/_server.ts.js-DwvnBxIj.js'))
			},
			{
				id: "/(app)/analytics/export/participation",
				pattern: /^\/analytics\/export\/participation\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(app)/analytics/export/participation/_server.ts.js-D3q3_PrF.js'))
			},
			{
				id: "/(app)/cohorts",
				pattern: /^\/cohorts\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 7 },
				endpoint: null
			},
			{
				id: "/(app)/cohorts/build",
				pattern: /^\/cohorts\/build\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 11 },
				endpoint: null
			},
			{
				id: "/(app)/cohorts/new",
				pattern: /^\/cohorts\/new\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 12 },
				endpoint: null
			},
			{
				id: "/(app)/cohorts/[id]",
				pattern: /^\/cohorts\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 8 },
				endpoint: null
			},
			{
				id: "/(app)/cohorts/[id]/enrol",
				pattern: /^\/cohorts\/([^/]+?)\/enrol\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 9 },
				endpoint: null
			},
			{
				id: "/(app)/cohorts/[id]/enrol/imports/[jobId]",
				pattern: /^\/cohorts\/([^/]+?)\/enrol\/imports\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false},{"name":"jobId","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(app)/cohorts/_id_/enrol/imports/_jobId_/_server.ts.js-DyimBGNm.js'))
			},
			{
				id: "/(app)/cohorts/[id]/rooms",
				pattern: /^\/cohorts\/([^/]+?)\/rooms\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 10 },
				endpoint: null
			},
			{
				id: "/(app)/courses",
				pattern: /^\/courses\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 13 },
				endpoint: null
			},
			{
				id: "/(app)/courses/new",
				pattern: /^\/courses\/new\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 17 },
				endpoint: null
			},
			{
				id: "/(app)/courses/[slug]",
				pattern: /^\/courses\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 14 },
				endpoint: null
			},
			{
				id: "/(app)/courses/[slug]/edit",
				pattern: /^\/courses\/([^/]+?)\/edit\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 15 },
				endpoint: null
			},
			{
				id: "/(app)/courses/[slug]/lessons/[lessonId]",
				pattern: /^\/courses\/([^/]+?)\/lessons\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"lessonId","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 16 },
				endpoint: null
			},
			{
				id: "/(app)/home",
				pattern: /^\/home\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 18 },
				endpoint: null
			},
			{
				id: "/locale",
				pattern: /^\/locale\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 26 },
				endpoint: null
			},
			{
				id: "/login",
				pattern: /^\/login\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 27 },
				endpoint: null
			},
			{
				id: "/logout",
				pattern: /^\/logout\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 28 },
				endpoint: null
			},
			{
				id: "/(app)/moderation",
				pattern: /^\/moderation\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 19 },
				endpoint: null
			},
			{
				id: "/(app)/moderation/history/[messageId]",
				pattern: /^\/moderation\/history\/([^/]+?)\/?$/,
				params: [{"name":"messageId","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(app)/moderation/history/_messageId_/_server.ts.js-Bbyima1x.js'))
			},
			{
				id: "/(app)/moderation/[cohortId]",
				pattern: /^\/moderation\/([^/]+?)\/?$/,
				params: [{"name":"cohortId","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 20 },
				endpoint: null
			},
			{
				id: "/(app)/moderation/[cohortId]/audit.csv",
				pattern: /^\/moderation\/([^/]+?)\/audit\.csv\/?$/,
				params: [{"name":"cohortId","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(app)/moderation/_cohortId_/audit.csv/_server.ts.js-ptL9kNYk.js'))
			},
			{
				id: "/(app)/moderation/[cohortId]/audit",
				pattern: /^\/moderation\/([^/]+?)\/audit\/?$/,
				params: [{"name":"cohortId","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(app)/moderation/_cohortId_/audit/_server.ts.js-KtfGLZW7.js'))
			},
			{
				id: "/(app)/moderation/[cohortId]/contacts",
				pattern: /^\/moderation\/([^/]+?)\/contacts\/?$/,
				params: [{"name":"cohortId","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(app)/moderation/_cohortId_/contacts/_server.ts.js-f_LTW02i.js'))
			},
			{
				id: "/(app)/moderation/[cohortId]/equity/[roomId]",
				pattern: /^\/moderation\/([^/]+?)\/equity\/([^/]+?)\/?$/,
				params: [{"name":"cohortId","optional":false,"rest":false,"chained":false},{"name":"roomId","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(app)/moderation/_cohortId_/equity/_roomId_/_server.ts.js-BAqnfYkI.js'))
			},
			{
				id: "/(app)/moderation/[cohortId]/flags/[flagId]",
				pattern: /^\/moderation\/([^/]+?)\/flags\/([^/]+?)\/?$/,
				params: [{"name":"cohortId","optional":false,"rest":false,"chained":false},{"name":"flagId","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(app)/moderation/_cohortId_/flags/_flagId_/_server.ts.js-BYEiboTE.js'))
			},
			{
				id: "/(app)/moderation/[cohortId]/sanctions",
				pattern: /^\/moderation\/([^/]+?)\/sanctions\/?$/,
				params: [{"name":"cohortId","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(app)/moderation/_cohortId_/sanctions/_server.ts.js-CIpz-dCS.js'))
			},
			{
				id: "/(app)/profile",
				pattern: /^\/profile\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 21 },
				endpoint: null
			},
			{
				id: "/register",
				pattern: /^\/register\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 29 },
				endpoint: null
			},
			{
				id: "/(app)/review",
				pattern: /^\/review\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 22 },
				endpoint: null
			},
			{
				id: "/(app)/review/[cohortId]",
				pattern: /^\/review\/([^/]+?)\/?$/,
				params: [{"name":"cohortId","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 23 },
				endpoint: null
			},
			{
				id: "/(app)/review/[cohortId]/[submissionId]",
				pattern: /^\/review\/([^/]+?)\/([^/]+?)\/?$/,
				params: [{"name":"cohortId","optional":false,"rest":false,"chained":false},{"name":"submissionId","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 24 },
				endpoint: null
			},
			{
				id: "/(app)/rooms/[id]",
				pattern: /^\/rooms\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 25 },
				endpoint: null
			},
			{
				id: "/(app)/rooms/[id]/messages",
				pattern: /^\/rooms\/([^/]+?)\/messages\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/(app)/rooms/_id_/messages/_server.ts.js-Dl80eMdG.js'))
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
//# sourceMappingURL=manifest.js-DYIG_TW6.js.map
