export { _ as server } from '../entries/pages/locale/_page.server.ts.js-D8CXuyoQ.js';
import '../chunks/src.js-BEir3teA.js';
import 'zod';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/api-client.js-CGTF_sRb.js';
import '../chunks/config.js-B-wXjp3l.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/form-data.js-BOxvqRxB.js';
import '../chunks/session.js-DMh5S9yp.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import 'node:crypto';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';

const index = 26;
const server_id = "src/routes/locale/+page.server.ts";
const imports = [];
const stylesheets = [];
const fonts = [];

export { fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=26.js-CrkLExLO.js.map
