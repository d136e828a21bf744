export { _ as server } from '../entries/pages/(app)/rooms/_id_/_page.server.ts.js-DGhdtMFM.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unknown.js-C1rriivB.js';
import '../chunks/room-markdown.js-qiRgUrpl.js';
import '../chunks/markdown.js-uUIQxjnY.js';
import 'dompurify';
import 'marked';
import 'sanitize-html';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';

const index = 25;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/rooms/_id_/_page.svelte.js-5Lw7s4tf.js')).default;
const server_id = "src/routes/(app)/rooms/[id]/+page.server.ts";
const imports = ["_app/immutable/nodes/25.DqxQFm3E.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/jW6zrKED.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/Bt7TYvqZ.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/CbXSuzlO.js","_app/immutable/chunks/leAqcK4Y.js"];
const stylesheets = ["_app/immutable/assets/25.DRhb2EUV.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=25.js-DLdRNvQD.js.map
