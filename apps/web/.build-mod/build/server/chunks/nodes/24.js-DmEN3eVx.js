export { _ as server } from '../entries/pages/(app)/review/_cohortId_/_submissionId_/_page.server.ts.js-D4N6gdiC.js';
import '../chunks/error_not_found.js-BS2Q6Djj.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/cohorts.js-DJODQWKG.js';
import '../chunks/error_unknown.js-C1rriivB.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';
import '../chunks/review.js-BiQJLJsQ.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/submission-markdown.js-GE-qQ2Fr.js';
import '../chunks/room-markdown.js-qiRgUrpl.js';
import '../chunks/markdown.js-uUIQxjnY.js';
import 'dompurify';
import 'marked';
import 'sanitize-html';

const index = 24;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/review/_cohortId_/_submissionId_/_page.svelte.js-3JxwSsNW.js')).default;
const server_id = "src/routes/(app)/review/[cohortId]/[submissionId]/+page.server.ts";
const imports = ["_app/immutable/nodes/24.BROsvU8S.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/DRQy1Ub3.js","_app/immutable/chunks/BjcqrqMq.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/Tuj0fr8k.js","_app/immutable/chunks/CnVGWpm2.js","_app/immutable/chunks/leAqcK4Y.js","_app/immutable/chunks/CbXSuzlO.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/BnD6usFa.js","_app/immutable/chunks/jW6zrKED.js","_app/immutable/chunks/DxrfQ_w6.js"];
const stylesheets = ["_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/submission.CUFtAhgi.css","_app/immutable/assets/VersionHistory.CwnoHYb1.css","_app/immutable/assets/24.EGseuLMG.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=24.js-DmEN3eVx.js.map
