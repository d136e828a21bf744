export { _ as server } from '../entries/pages/(app)/cohorts/build/_page.server.ts.js-CAv9olhd.js';
import '../chunks/src.js-BEir3teA.js';
import 'zod';
import '../chunks/schedule.js-DRV8XJJK.js';
import '../chunks/failure.js-t1Ny7fSp.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/form-data.js-BOxvqRxB.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';

const index = 11;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/cohorts/build/_page.svelte.js-CzpzZ1Gu.js')).default;
const server_id = "src/routes/(app)/cohorts/build/+page.server.ts";
const imports = ["_app/immutable/nodes/11.Bc2Ej_tQ.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/f8Zloh0S.js","_app/immutable/chunks/CWg-DwwN.js","_app/immutable/chunks/DEyevrrv.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/er7Rxfi3.js","_app/immutable/chunks/D7bk7QUB.js","_app/immutable/chunks/DrZcpRPv.js","_app/immutable/chunks/D4DpV16W.js","_app/immutable/chunks/CBELdozQ.js","_app/immutable/chunks/DRQy1Ub3.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/lQGjU-qx.js","_app/immutable/chunks/nWHGOftz.js","_app/immutable/chunks/BfobIooS.js","_app/immutable/chunks/5UemWoHv.js","_app/immutable/chunks/D3Xwux2g.js","_app/immutable/chunks/Tuj0fr8k.js","_app/immutable/chunks/CbXSuzlO.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/BQ8adBWm.js","_app/immutable/chunks/biz10G7E.js","_app/immutable/chunks/DkpCDNV1.js","_app/immutable/chunks/BnD6usFa.js"];
const stylesheets = ["_app/immutable/assets/Field.CLdn5rJX.css","_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/11.BBxbuwyj.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=11.js-BGQjJ9y0.js.map
