export { _ as server } from '../entries/pages/(app)/_layout.server.ts.js-N_0bDimp.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';

const index = 2;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/fallbacks/layout.svelte.js-CFGls3c6.js')).default;
const server_id = "src/routes/(app)/+layout.server.ts";
const imports = ["_app/immutable/nodes/2.COsh28bI.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=2.js-CJiZg2ik.js.map
