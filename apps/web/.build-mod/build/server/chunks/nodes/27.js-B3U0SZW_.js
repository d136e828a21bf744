export { _ as server } from '../entries/pages/login/_page.server.ts.js-Ch5FRZi_.js';
import '../chunks/src.js-BEir3teA.js';
import 'zod';
import '../chunks/failure.js-t1Ny7fSp.js';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/form-data.js-BOxvqRxB.js';
import '../chunks/session.js-DMh5S9yp.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import 'node:crypto';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';

const index = 27;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/login/_page.svelte.js-DCsmFiiM.js')).default;
const server_id = "src/routes/login/+page.server.ts";
const imports = ["_app/immutable/nodes/27.2LSq1bF0.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/f8Zloh0S.js","_app/immutable/chunks/CWg-DwwN.js","_app/immutable/chunks/DEyevrrv.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/OU6QtDGx.js","_app/immutable/chunks/mmmv4-WA.js","_app/immutable/chunks/D4DpV16W.js","_app/immutable/chunks/CBELdozQ.js","_app/immutable/chunks/DRQy1Ub3.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js"];
const stylesheets = ["_app/immutable/assets/Field.CLdn5rJX.css","_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/27.BJcYBuZg.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=27.js-B3U0SZW_.js.map
