export { _ as server } from '../entries/pages/login/_page.server.ts.js-BPvPud7a.js';
import '../chunks/src.js-xbfQWz4_.js';
import 'zod';
import '../chunks/failure.js-t1Ny7fSp.js';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/api-client.js-BWXZnqOt.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/form-data.js-BOxvqRxB.js';
import '../chunks/session.js-xZgRfXnb.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import 'node:crypto';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';

const index = 24;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/login/_page.svelte.js-BwLTI2i1.js')).default;
const server_id = "src/routes/login/+page.server.ts";
const imports = ["_app/immutable/nodes/24.Dd9z3Qsx.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5E5tcPs.js","_app/immutable/chunks/CaSBVRgT.js","_app/immutable/chunks/Dpqz3vCa.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/OU6QtDGx.js","_app/immutable/chunks/mmmv4-WA.js","_app/immutable/chunks/BernA0Us.js","_app/immutable/chunks/CBELdozQ.js","_app/immutable/chunks/B3SliPlr.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js"];
const stylesheets = ["_app/immutable/assets/Field.CLdn5rJX.css","_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/24.BJcYBuZg.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=24.js-CTPvULWZ.js.map
