export { _ as server } from '../entries/pages/(app)/cohorts/_id_/_page.server.ts.js-DTBW30iH.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/cohorts.js-DJODQWKG.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/error_unknown.js-C1rriivB.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/redirect.js-Djhd4SSY.js';

const index = 8;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/cohorts/_id_/_page.svelte.js-cu1KbaMO.js')).default;
const server_id = "src/routes/(app)/cohorts/[id]/+page.server.ts";
const imports = ["_app/immutable/nodes/8.DT2cyJr5.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/DRQy1Ub3.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/CIqP3q8Z.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/CFKybOjU.js","_app/immutable/chunks/PSL3kuQ3.js","_app/immutable/chunks/CworIznI.js","_app/immutable/chunks/nWHGOftz.js","_app/immutable/chunks/B_TzDOhE.js","_app/immutable/chunks/BfobIooS.js","_app/immutable/chunks/Tuj0fr8k.js","_app/immutable/chunks/DoUgMqFm.js","_app/immutable/chunks/CbXSuzlO.js","_app/immutable/chunks/BnD6usFa.js"];
const stylesheets = ["_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/8.DyKqq4Sb.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=8.js-Dy3zvHgv.js.map
