export { _ as server } from '../entries/pages/(app)/cohorts/_id_/enrol/_page.server.ts.js-DIRh1m2R.js';
import '../chunks/src.js-Yht03z39.js';
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
const component = async () => component_cache ??= (await import('../entries/pages/(app)/cohorts/_id_/enrol/_page.svelte.js-tWJ4FSNw.js')).default;
const server_id = "src/routes/(app)/cohorts/[id]/enrol/+page.server.ts";
const imports = ["_app/immutable/nodes/9.Qr7fdW2K.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BNQBbxgl.js","_app/immutable/chunks/EZgwRwoj.js","_app/immutable/chunks/CypSE16H.js","_app/immutable/chunks/ChQPKgV0.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/Beyuzxhi.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/9xxbeEzT.js","_app/immutable/chunks/CBELdozQ.js","_app/immutable/chunks/ByTiO-g1.js","_app/immutable/chunks/DVabogXl.js","_app/immutable/chunks/DoUgMqFm.js","_app/immutable/chunks/CbXSuzlO.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js"];
const stylesheets = ["_app/immutable/assets/Field.CLdn5rJX.css","_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/ProgressBar.pNuw4Rrv.css","_app/immutable/assets/9.oEkJa5Nw.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=9.js-BStNvnKO.js.map
