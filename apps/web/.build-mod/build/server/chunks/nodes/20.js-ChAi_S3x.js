export { _ as server } from '../entries/pages/(app)/moderation/_cohortId_/_page.server.ts.js-Cmu0ckko.js';
import '../chunks/error_forbidden.js-CfrwO1E1.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import '../chunks/error_unavailable.js-uIGIVP0X.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/cohorts.js-DJODQWKG.js';
import '../chunks/error_unknown.js-C1rriivB.js';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';
import '../chunks/moderation.js-DEsSmpXb.js';
import '../chunks/guards.js-p-okixA8.js';
import '../chunks/redirect.js-Djhd4SSY.js';

const index = 20;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/moderation/_cohortId_/_page.svelte.js-8z9USAOL.js')).default;
const server_id = "src/routes/(app)/moderation/[cohortId]/+page.server.ts";
const imports = ["_app/immutable/nodes/20.DiMsD_bS.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/j5l-DjFE.js","_app/immutable/chunks/DJFnu9Pf.js","_app/immutable/chunks/CKGVaG3N.js","_app/immutable/chunks/Bt7TYvqZ.js","_app/immutable/chunks/CvstXghp.js","_app/immutable/chunks/BTP8tjIo.js","_app/immutable/chunks/B2k61rLs.js","_app/immutable/chunks/BQ8adBWm.js","_app/immutable/chunks/biz10G7E.js","_app/immutable/chunks/DkpCDNV1.js","_app/immutable/chunks/CbXSuzlO.js","_app/immutable/chunks/jW6zrKED.js"];
const stylesheets = ["_app/immutable/assets/20.BbD5O17n.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=20.js-ChAi_S3x.js.map
