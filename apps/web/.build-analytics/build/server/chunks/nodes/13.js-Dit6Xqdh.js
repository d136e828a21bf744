export { _ as server } from '../entries/pages/(app)/courses/_page.server.ts.js-DyB1je2k.js';
import '../chunks/failure.js-t1Ny7fSp.js';
import '../chunks/outline.js-CnwMIEeI.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';

const index = 13;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/courses/_page.svelte.js-2PPUC7Hj.js')).default;
const server_id = "src/routes/(app)/courses/+page.server.ts";
const imports = ["_app/immutable/nodes/13.CK1REl55.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/DRQy1Ub3.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/DkGg5POj.js","_app/immutable/chunks/BuaphlO9.js","_app/immutable/chunks/Beyuzxhi.js","_app/immutable/chunks/BUJIfflQ.js","_app/immutable/chunks/BnD6usFa.js"];
const stylesheets = ["_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/13.DRNkgtjS.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=13.js-Dit6Xqdh.js.map
