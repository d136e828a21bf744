export { _ as server } from '../entries/pages/(app)/cohorts/build/_page.server.ts.js-BjGCA2dT.js';
import '../chunks/src.js-xbfQWz4_.js';
import 'zod';
import '../chunks/schedule.js-DRV8XJJK.js';
import '../chunks/failure.js-t1Ny7fSp.js';
import '../chunks/api-client.js-BWXZnqOt.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/form-data.js-BOxvqRxB.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';

const index = 10;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/cohorts/build/_page.svelte.js-BXQalthA.js')).default;
const server_id = "src/routes/(app)/cohorts/build/+page.server.ts";
const imports = ["_app/immutable/nodes/10.GlCgKoOD.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5E5tcPs.js","_app/immutable/chunks/CaSBVRgT.js","_app/immutable/chunks/Dpqz3vCa.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/er7Rxfi3.js","_app/immutable/chunks/D7bk7QUB.js","_app/immutable/chunks/DrZcpRPv.js","_app/immutable/chunks/BernA0Us.js","_app/immutable/chunks/CBELdozQ.js","_app/immutable/chunks/B3SliPlr.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/lQGjU-qx.js","_app/immutable/chunks/nWHGOftz.js","_app/immutable/chunks/BfobIooS.js","_app/immutable/chunks/B1NcKrhH.js","_app/immutable/chunks/D3Xwux2g.js","_app/immutable/chunks/Tuj0fr8k.js","_app/immutable/chunks/Dq4pZj8G.js","_app/immutable/chunks/DPWmA-Ua.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/BQ8adBWm.js","_app/immutable/chunks/biz10G7E.js","_app/immutable/chunks/DkpCDNV1.js","_app/immutable/chunks/BnD6usFa.js"];
const stylesheets = ["_app/immutable/assets/Field.CLdn5rJX.css","_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/10.BBxbuwyj.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=10.js-De8GJQ6n.js.map
