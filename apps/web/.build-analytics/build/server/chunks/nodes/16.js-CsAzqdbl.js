export { _ as server } from '../entries/pages/(app)/courses/_slug_/lessons/_lessonId_/_page.server.ts.js-BZKnVCuF.js';
import '../chunks/outline.js-CnwMIEeI.js';
import '../chunks/failure.js-t1Ny7fSp.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/courses.js-BfBy2_t4.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/error_unknown.js-C1rriivB.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';
import '../chunks/form-data.js-BOxvqRxB.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/markdown2.js-D7tIkhF7.js';
import 'marked';
import 'sanitize-html';

const index = 16;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/courses/_slug_/lessons/_lessonId_/_page.svelte.js-CadO-AUR.js')).default;
const server_id = "src/routes/(app)/courses/[slug]/lessons/[lessonId]/+page.server.ts";
const imports = ["_app/immutable/nodes/16.Bqge0RXm.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/f8Zloh0S.js","_app/immutable/chunks/CWg-DwwN.js","_app/immutable/chunks/DEyevrrv.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/biz10G7E.js","_app/immutable/chunks/DRQy1Ub3.js","_app/immutable/chunks/DkGg5POj.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/DX1NzPGe.js","_app/immutable/chunks/CAgUNUko.js","_app/immutable/chunks/CP1XLBQI.js","_app/immutable/chunks/DaH5SD3I.js","_app/immutable/chunks/DGCLLwWH.js","_app/immutable/chunks/DoUgMqFm.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/BnD6usFa.js"];
const stylesheets = ["_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/ProgressBar.pNuw4Rrv.css","_app/immutable/assets/16.Crrua7AX.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=16.js-CsAzqdbl.js.map
