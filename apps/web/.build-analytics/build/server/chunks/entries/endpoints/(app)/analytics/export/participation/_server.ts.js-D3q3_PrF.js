import { r as relayCsv } from '../../../../../../chunks/export.server.js-CjkRkymU.js';
import '../../../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../../../chunks/error_unknown.js-C1rriivB.js';
import '../../../../../../chunks/config.js-B-wXjp3l.js';
import '../../../../../../chunks/shared-server.js-BUUi2YBp.js';
import '../../../../../../chunks/guards.js-p-okixA8.js';
import '../../../../../../chunks/redirect.js-Djhd4SSY.js';
import '../../../../../../chunks/utils.js-dm2kV1-z.js';
import '../../../../../../chunks/shared.js-DUAwVbGM.js';

// src/routes/(app)/analytics/export/participation/+server.ts
var KEYS = [
	"by",
	"courseId",
	"cohortId",
	"country",
	"gender",
	"sector",
	"from",
	"to"
];
/** CSV of the dashboard's current cross-tab (the API's export, byte-order mark included). */
var GET = (event) => relayCsv(event, "/analytics/participation", KEYS, "participacion", [
	"by",
	"country",
	"gender",
	"sector",
	"from",
	"to"
]);

export { GET };
//# sourceMappingURL=_server.ts.js-D3q3_PrF.js.map
