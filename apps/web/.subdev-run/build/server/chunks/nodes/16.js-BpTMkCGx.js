export { _ as server } from '../entries/pages/(app)/courses/new/_page.server.ts.js-Bdg-41Rx.js';
import '../chunks/course-save.js-S9IHLXq-.js';
import '../chunks/src.js-xbfQWz4_.js';
import 'zod';
import '../chunks/failure.js-t1Ny7fSp.js';
import '../chunks/api-client.js-BWXZnqOt.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/form-data.js-BOxvqRxB.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';

const index = 16;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/courses/new/_page.svelte.js-B1LrQnhU.js')).default;
const server_id = "src/routes/(app)/courses/new/+page.server.ts";
const imports = ["_app/immutable/nodes/16.CErXE-Nk.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5E5tcPs.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/DkGg5POj.js","_app/immutable/chunks/BuaphlO9.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/D31g7b4C.js","_app/immutable/chunks/CBELdozQ.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/BUJIfflQ.js","_app/immutable/chunks/BerKOGp_.js","_app/immutable/chunks/CP1XLBQI.js","_app/immutable/chunks/DoUgMqFm.js","_app/immutable/chunks/DGCLLwWH.js","_app/immutable/chunks/PSL3kuQ3.js","_app/immutable/chunks/DPWmA-Ua.js","_app/immutable/chunks/B3SliPlr.js","_app/immutable/chunks/CaSBVRgT.js","_app/immutable/chunks/Dpqz3vCa.js"];
const stylesheets = ["_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/CourseEditorForm.65l2c9SV.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=16.js-BpTMkCGx.js.map
