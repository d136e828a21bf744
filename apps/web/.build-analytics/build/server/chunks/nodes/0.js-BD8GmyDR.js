export { _ as server } from '../entries/pages/_layout.server.ts.js-0-jY2VfS.js';
import '../chunks/runtime.js-B8EFPPLT.js';

const index = 0;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/_layout.svelte.js-ClZ6rux3.js')).default;
const server_id = "src/routes/+layout.server.ts";
const imports = ["_app/immutable/nodes/0.DEkjb-Rc.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/DmjN3TVu.js","_app/immutable/chunks/CWg-DwwN.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/biz10G7E.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/DkpCDNV1.js","_app/immutable/chunks/8pNgs--L.js","_app/immutable/chunks/FOmZa8rO.js","_app/immutable/chunks/jW6zrKED.js"];
const stylesheets = ["_app/immutable/assets/0.CGmPJEHF.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=0.js-BD8GmyDR.js.map
