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
const server_id = "src/routes/(app)/moderation/[cohortId]/+page.server.ts";
const imports = [];
const stylesheets = [];
const fonts = [];

export { fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=20.js-BWoKEV8P.js.map
