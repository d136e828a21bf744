export { _ as server } from '../entries/pages/(app)/analytics/_page.server.ts.js-BzXThRI0.js';
import '../chunks/filters.js-B9pq1Qvk.js';
import '../chunks/src.js-BEir3teA.js';
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
const component = async () => component_cache ??= (await import('../entries/pages/(app)/analytics/_page.svelte.js-DmAtqOBA.js')).default;
const server_id = "src/routes/(app)/analytics/+page.server.ts";
const imports = ["_app/immutable/nodes/6.CJ0LLZWn.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/CWg-DwwN.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/DEyevrrv.js","_app/immutable/chunks/DmjN3TVu.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/DclECHGd.js","_app/immutable/chunks/CbXSuzlO.js","_app/immutable/chunks/BQ8adBWm.js","_app/immutable/chunks/biz10G7E.js","_app/immutable/chunks/DkpCDNV1.js","_app/immutable/chunks/DRQy1Ub3.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/BnD6usFa.js"];
const stylesheets = ["_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/6.Cpf2hDMM.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=6.js-H_xy_m2U.js.map
