export { _ as server } from '../entries/pages/_layout.server.ts.js-0-jY2VfS.js';
import '../chunks/runtime.js-B8EFPPLT.js';

const index = 0;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/_layout.svelte.js-hFYf6ZbL.js')).default;
const server_id = "src/routes/+layout.server.ts";
const imports = ["_app/immutable/nodes/0.Bx6n5hxK.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BNQBbxgl.js","_app/immutable/chunks/C5rPqg-2.js","_app/immutable/chunks/CypSE16H.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/biz10G7E.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/DkpCDNV1.js","_app/immutable/chunks/8pNgs--L.js","_app/immutable/chunks/BCBDnuMS.js"];
const stylesheets = ["_app/immutable/assets/0.CGmPJEHF.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=0.js-DXfqafLo.js.map
