export { _ as server } from '../entries/pages/(app)/moderation/_page.server.ts.js-B1Zqxhje.js';
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

const index = 19;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/moderation/_page.svelte.js-tzj_8l_E.js')).default;
const server_id = "src/routes/(app)/moderation/+page.server.ts";
const imports = ["_app/immutable/nodes/19.BZwYm1X3.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/FOmZa8rO.js"];
const stylesheets = ["_app/immutable/assets/19.BBtNbrov.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=19.js-BR3vMdT6.js.map
