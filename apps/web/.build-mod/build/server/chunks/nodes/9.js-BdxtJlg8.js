export { _ as server } from '../entries/pages/(app)/cohorts/_id_/enrol/_page.server.ts.js-CCMAA8kD.js';
import '../chunks/src.js-BEir3teA.js';
import 'zod';
import '../chunks/failure.js-t1Ny7fSp.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/cohorts.js-DJODQWKG.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/error_unknown.js-C1rriivB.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';
import '../chunks/form-data.js-BOxvqRxB.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/redirect.js-Djhd4SSY.js';

const index = 9;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/cohorts/_id_/enrol/_page.svelte.js-xojZGmHG.js')).default;
const server_id = "src/routes/(app)/cohorts/[id]/enrol/+page.server.ts";
const imports = ["_app/immutable/nodes/9.Bq71Hfmd.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/f8Zloh0S.js","_app/immutable/chunks/CWg-DwwN.js","_app/immutable/chunks/DEyevrrv.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/Beyuzxhi.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/D4DpV16W.js","_app/immutable/chunks/CBELdozQ.js","_app/immutable/chunks/DRQy1Ub3.js","_app/immutable/chunks/DaH5SD3I.js","_app/immutable/chunks/DoUgMqFm.js","_app/immutable/chunks/CbXSuzlO.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js"];
const stylesheets = ["_app/immutable/assets/Field.CLdn5rJX.css","_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/ProgressBar.pNuw4Rrv.css","_app/immutable/assets/9.oEkJa5Nw.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=9.js-BdxtJlg8.js.map
