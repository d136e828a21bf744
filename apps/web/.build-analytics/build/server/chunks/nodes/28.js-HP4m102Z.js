export { _ as server } from '../entries/pages/logout/_page.server.ts.js-ExWAxAd6.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/session.js-DMh5S9yp.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import 'node:crypto';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';

const index = 28;
const server_id = "src/routes/logout/+page.server.ts";
const imports = [];
const stylesheets = [];
const fonts = [];

export { fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=28.js-HP4m102Z.js.map
