export { _ as server } from '../entries/pages/(app)/home/_page.server.ts.js-MaJCUfMm.js';
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

const index = 18;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/home/_page.svelte.js-B_8mKai8.js')).default;
const server_id = "src/routes/(app)/home/+page.server.ts";
const imports = ["_app/immutable/nodes/18.CYSoYbDS.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/DaH5SD3I.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/Tuj0fr8k.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/CAgUNUko.js","_app/immutable/chunks/DoUgMqFm.js","_app/immutable/chunks/CbXSuzlO.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/BnD6usFa.js","_app/immutable/chunks/BQ8adBWm.js","_app/immutable/chunks/biz10G7E.js","_app/immutable/chunks/DkpCDNV1.js"];
const stylesheets = ["_app/immutable/assets/ProgressBar.pNuw4Rrv.css","_app/immutable/assets/18.IvnqONnd.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=18.js-T4gYLbmS.js.map
