export { _ as server } from '../entries/pages/(app)/cohorts/new/_page.server.ts.js-C0lh2MHK.js';
import '../chunks/src.js-BEir3teA.js';
import 'zod';
import '../chunks/schedule.js-DRV8XJJK.js';
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

const index = 12;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/cohorts/new/_page.svelte.js-Ul0LhPUP.js')).default;
const server_id = "src/routes/(app)/cohorts/new/+page.server.ts";
const imports = ["_app/immutable/nodes/12.D9CAfv24.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/f8Zloh0S.js","_app/immutable/chunks/CWg-DwwN.js","_app/immutable/chunks/DEyevrrv.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/er7Rxfi3.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/CbXSuzlO.js","_app/immutable/chunks/CFKybOjU.js","_app/immutable/chunks/PSL3kuQ3.js","_app/immutable/chunks/lQGjU-qx.js","_app/immutable/chunks/nWHGOftz.js","_app/immutable/chunks/B_TzDOhE.js","_app/immutable/chunks/BfobIooS.js","_app/immutable/chunks/D4DpV16W.js","_app/immutable/chunks/CBELdozQ.js","_app/immutable/chunks/DRQy1Ub3.js","_app/immutable/chunks/5UemWoHv.js","_app/immutable/chunks/D3Xwux2g.js","_app/immutable/chunks/Tuj0fr8k.js","_app/immutable/chunks/DoUgMqFm.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/BnD6usFa.js"];
const stylesheets = ["_app/immutable/assets/Field.CLdn5rJX.css","_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/12.BLaO5nfE.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=12.js-D1yR9Tlp.js.map
