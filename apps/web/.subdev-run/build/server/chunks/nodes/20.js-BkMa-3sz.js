export { _ as server } from '../entries/pages/(app)/review/_cohortId_/_page.server.ts.js-D4HXoDVk.js';
import '../chunks/src.js-xbfQWz4_.js';
import 'zod';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/api-client.js-BWXZnqOt.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/cohorts.js-BOCEj_P5.js';
import '../chunks/error_unknown.js-C1rriivB.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';
import '../chunks/courses.js-BywnrT3n.js';
import '../chunks/review.js-BiQJLJsQ.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/redirect.js-Djhd4SSY.js';

const index = 20;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/review/_cohortId_/_page.svelte.js-BC7mry-I.js')).default;
const server_id = "src/routes/(app)/review/[cohortId]/+page.server.ts";
const imports = ["_app/immutable/nodes/20.CeRyvoGS.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5E5tcPs.js","_app/immutable/chunks/DPWmA-Ua.js","_app/immutable/chunks/B3SliPlr.js","_app/immutable/chunks/Dhi6-3wO.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/Tuj0fr8k.js","_app/immutable/chunks/BhubOgzu.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/Dq4pZj8G.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/BnD6usFa.js","_app/immutable/chunks/DxTHRF8c.js","_app/immutable/chunks/CpIdKZWz.js"];
const stylesheets = ["_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/submission.CUFtAhgi.css","_app/immutable/assets/20.xjh8LlvO.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=20.js-BkMa-3sz.js.map
