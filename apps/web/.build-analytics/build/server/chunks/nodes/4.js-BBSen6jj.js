export { _ as server } from '../entries/pages/(app)/activities/_id_/_page.server.ts.js-840YC5dN.js';
import '../chunks/format.js-ENEWJlJ4.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/schedule.js-DRV8XJJK.js';
import '../chunks/error_not_found.js-BS2Q6Djj.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';
import '../chunks/markdown2.js-D7tIkhF7.js';
import 'marked';
import 'sanitize-html';
import '../chunks/submission-markdown.js-GE-qQ2Fr.js';
import '../chunks/room-markdown.js-qiRgUrpl.js';
import '../chunks/markdown.js-uUIQxjnY.js';
import 'dompurify';

const index = 4;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/activities/_id_/_page.svelte.js-CYvTjsvj.js')).default;
const server_id = "src/routes/(app)/activities/[id]/+page.server.ts";
const imports = ["_app/immutable/nodes/4.CIclrRLc.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/DRQy1Ub3.js","_app/immutable/chunks/BjcqrqMq.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/Tuj0fr8k.js","_app/immutable/chunks/CnVGWpm2.js","_app/immutable/chunks/leAqcK4Y.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/BnD6usFa.js","_app/immutable/chunks/jW6zrKED.js"];
const stylesheets = ["_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/submission.CUFtAhgi.css","_app/immutable/assets/VersionHistory.CwnoHYb1.css","_app/immutable/assets/4.CCCNzLSA.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=4.js-BBSen6jj.js.map
