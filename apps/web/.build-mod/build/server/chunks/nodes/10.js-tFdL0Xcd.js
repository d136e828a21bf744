export { _ as server } from '../entries/pages/(app)/cohorts/_id_/rooms/_page.server.ts.js-1SAc6IQ_.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/cohorts.js-DJODQWKG.js';
import '../chunks/error_unknown.js-C1rriivB.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/redirect.js-Djhd4SSY.js';

const index = 10;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/cohorts/_id_/rooms/_page.svelte.js-ChaysJDL.js')).default;
const server_id = "src/routes/(app)/cohorts/[id]/rooms/+page.server.ts";
const imports = ["_app/immutable/nodes/10.EviCHaFu.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/B2k61rLs.js"];
const stylesheets = ["_app/immutable/assets/10.CJVV4a6A.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=10.js-tFdL0Xcd.js.map
