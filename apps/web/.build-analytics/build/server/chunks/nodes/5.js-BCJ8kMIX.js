export { _ as server } from '../entries/pages/(app)/admin/users/_page.server.ts.js-CfFLHTE8.js';
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
import '../chunks/form-data.js-BOxvqRxB.js';

const index = 5;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/admin/users/_page.svelte.js-7uE_vC44.js')).default;
const server_id = "src/routes/(app)/admin/users/+page.server.ts";
const imports = ["_app/immutable/nodes/5.e_DmALIx.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/f8Zloh0S.js","_app/immutable/chunks/CWg-DwwN.js","_app/immutable/chunks/DEyevrrv.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/CIqP3q8Z.js","_app/immutable/chunks/DRQy1Ub3.js","_app/immutable/chunks/CbXSuzlO.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/BQ8adBWm.js","_app/immutable/chunks/biz10G7E.js","_app/immutable/chunks/DkpCDNV1.js"];
const stylesheets = ["_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/5.CWIxX4AB.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=5.js-BCJ8kMIX.js.map
