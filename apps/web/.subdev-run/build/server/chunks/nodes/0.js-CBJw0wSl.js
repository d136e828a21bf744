export { _ as server } from '../entries/pages/_layout.server.ts.js-0-jY2VfS.js';
import '../chunks/runtime.js-B8EFPPLT.js';

const index = 0;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/_layout.svelte.js-B8HizNj9.js')).default;
const server_id = "src/routes/+layout.server.ts";
const imports = ["_app/immutable/nodes/0.BaiiPV3r.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5E5tcPs.js","_app/immutable/chunks/Cv3qAQ0X.js","_app/immutable/chunks/Dpqz3vCa.js","_app/immutable/chunks/DPWmA-Ua.js","_app/immutable/chunks/biz10G7E.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/DkpCDNV1.js","_app/immutable/chunks/8pNgs--L.js","_app/immutable/chunks/DxTHRF8c.js"];
const stylesheets = ["_app/immutable/assets/0.CGmPJEHF.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=0.js-CBJw0wSl.js.map
