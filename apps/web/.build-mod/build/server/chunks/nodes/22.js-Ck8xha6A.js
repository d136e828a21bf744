export { _ as server } from '../entries/pages/(app)/review/_page.server.ts.js-DOnfZJT3.js';
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
import '../chunks/review.js-BiQJLJsQ.js';

const index = 22;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/review/_page.svelte.js-ByxA1s96.js')).default;
const server_id = "src/routes/(app)/review/+page.server.ts";
const imports = ["_app/immutable/nodes/22.fdtxI4Ne.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/BnD6usFa.js","_app/immutable/chunks/BhubOgzu.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/UB0iqjHX.js"];
const stylesheets = ["_app/immutable/assets/22.Ct9p4y6T.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=22.js-Ck8xha6A.js.map
