export { _ as server } from '../entries/pages/login/_page.server.ts.js-IaSQE8KV.js';
import '../chunks/src.js-G_A7yq4Q.js';
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

const index = 23;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/login/_page.svelte.js-BhjEkfEm.js')).default;
const server_id = "src/routes/login/+page.server.ts";
const imports = ["_app/immutable/nodes/23.Cx5GjL1I.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5E5tcPs.js","_app/immutable/chunks/BfPOD9WS.js","_app/immutable/chunks/BjnjABMr.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/OU6QtDGx.js","_app/immutable/chunks/mmmv4-WA.js","_app/immutable/chunks/BernA0Us.js","_app/immutable/chunks/CBELdozQ.js","_app/immutable/chunks/B3SliPlr.js","_app/immutable/chunks/DrxWSdfu.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/CvstXghp.js"];
const stylesheets = ["_app/immutable/assets/Field.CLdn5rJX.css","_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/23.BJcYBuZg.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=23.js-BPYY9inR.js.map
