export { _ as server } from '../entries/pages/register/_page.server.ts.js-BgArsXc7.js';
import '../chunks/src.js-xbfQWz4_.js';
import 'zod';
import '../chunks/failure.js-t1Ny7fSp.js';
import '../chunks/profile.js-BsLJ9YKm.js';
import '../chunks/api-client.js-BWXZnqOt.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/form-data.js-BOxvqRxB.js';
import '../chunks/session.js-xZgRfXnb.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import 'node:crypto';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';

const index = 26;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/register/_page.svelte.js-Bfi0lQLj.js')).default;
const server_id = "src/routes/register/+page.server.ts";
const imports = ["_app/immutable/nodes/26.BwTCof-j.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5E5tcPs.js","_app/immutable/chunks/CaSBVRgT.js","_app/immutable/chunks/Dpqz3vCa.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/OU6QtDGx.js","_app/immutable/chunks/mmmv4-WA.js","_app/immutable/chunks/BernA0Us.js","_app/immutable/chunks/CBELdozQ.js","_app/immutable/chunks/B3SliPlr.js","_app/immutable/chunks/C80NALNi.js","_app/immutable/chunks/er7Rxfi3.js","_app/immutable/chunks/D7bk7QUB.js","_app/immutable/chunks/D3Xwux2g.js","_app/immutable/chunks/CGEounls.js","_app/immutable/chunks/DrZcpRPv.js","_app/immutable/chunks/BQ8adBWm.js","_app/immutable/chunks/biz10G7E.js","_app/immutable/chunks/DkpCDNV1.js","_app/immutable/chunks/DPWmA-Ua.js","_app/immutable/chunks/Dq4pZj8G.js","_app/immutable/chunks/B63lTfmm.js","_app/immutable/chunks/Cny3wKGg.js","_app/immutable/chunks/UB0iqjHX.js","_app/immutable/chunks/CvstXghp.js"];
const stylesheets = ["_app/immutable/assets/Field.CLdn5rJX.css","_app/immutable/assets/FormAlert.BKTbBFF0.css","_app/immutable/assets/26.CeNWizmR.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=26.js-Cty4D5BZ.js.map
