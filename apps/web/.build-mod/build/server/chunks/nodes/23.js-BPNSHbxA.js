export { _ as server } from '../entries/pages/(app)/review/_cohortId_/_page.server.ts.js-CyHdaMF8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/src.js-BEir3teA.js';
import 'zod';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/cohorts.js-DJODQWKG.js';
import '../chunks/error_unknown.js-C1rriivB.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';
import '../chunks/courses.js-BfBy2_t4.js';
import '../chunks/review.js-BiQJLJsQ.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/redirect.js-Djhd4SSY.js';

const index = 23;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/review/_cohortId_/_page.svelte.js-D-vZQzvv.js')).default;
const server_id = "src/routes/(app)/review/[cohortId]/+page.server.ts";
const imports = ["_app/immutable/nodes/23.BMPCdMrz.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/DRQy1Ub3.js","_app/immutable/chunks/BjcqrqMq.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/Tuj0fr8k.js","_app/immutable/chunks/BhubOgzu.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/CbXSuzlO.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/BnD6usFa.js","_app/immutable/chunks/jW6zrKED.js","_app/immutable/chunks/DxrfQ_w6.js"];
const stylesheets = ["_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/submission.CUFtAhgi.css","_app/immutable/assets/23.xjh8LlvO.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=23.js-BPNSHbxA.js.map
