export { _ as server } from '../entries/pages/(app)/analytics/_page.server.ts.js-DsN4csg2.js';
import '../chunks/filters.js-Cl9_yH2-.js';
import '../chunks/src.js-Yht03z39.js';
import 'zod';
import '../chunks/failure.js-t1Ny7fSp.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';

const index = 6;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/analytics/_page.svelte.js-rgCItuZj.js')).default;
const server_id = "src/routes/(app)/analytics/+page.server.ts";
const imports = ["_app/immutable/nodes/6.BclLtGtI.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/CypSE16H.js","_app/immutable/chunks/BNQBbxgl.js","_app/immutable/chunks/ChQPKgV0.js","_app/immutable/chunks/C5rPqg-2.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/DclECHGd.js","_app/immutable/chunks/CbXSuzlO.js","_app/immutable/chunks/BQ8adBWm.js","_app/immutable/chunks/biz10G7E.js","_app/immutable/chunks/DkpCDNV1.js","_app/immutable/chunks/ByTiO-g1.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/BnD6usFa.js"];
const stylesheets = ["_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/6.BV7kpIKd.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=6.js-_UC0IXP_.js.map
