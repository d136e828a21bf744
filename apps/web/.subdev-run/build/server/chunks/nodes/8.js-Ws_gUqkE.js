export { _ as server } from '../entries/pages/(app)/cohorts/_id_/enrol/_page.server.ts.js-C5rrsWey.js';
import '../chunks/src.js-xbfQWz4_.js';
import 'zod';
import '../chunks/failure.js-t1Ny7fSp.js';
import '../chunks/api-client.js-BWXZnqOt.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/cohorts.js-BOCEj_P5.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/error_unknown.js-C1rriivB.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';
import '../chunks/form-data.js-BOxvqRxB.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/redirect.js-Djhd4SSY.js';

const index = 8;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/cohorts/_id_/enrol/_page.svelte.js-B9owYZCy.js')).default;
const server_id = "src/routes/(app)/cohorts/[id]/enrol/+page.server.ts";
const imports = ["_app/immutable/nodes/8.CNx58tLv.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5E5tcPs.js","_app/immutable/chunks/CaSBVRgT.js","_app/immutable/chunks/Dpqz3vCa.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/DPWmA-Ua.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/Beyuzxhi.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/BernA0Us.js","_app/immutable/chunks/CBELdozQ.js","_app/immutable/chunks/B3SliPlr.js","_app/immutable/chunks/SNZIFx29.js","_app/immutable/chunks/DoUgMqFm.js","_app/immutable/chunks/Dq4pZj8G.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js"];
const stylesheets = ["_app/immutable/assets/Field.CLdn5rJX.css","_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/ProgressBar.pNuw4Rrv.css","_app/immutable/assets/8.oEkJa5Nw.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=8.js-Ws_gUqkE.js.map
