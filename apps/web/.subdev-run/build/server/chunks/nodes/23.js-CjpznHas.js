export { _ as server } from '../entries/pages/locale/_page.server.ts.js-Cog-nKDc.js';
import '../chunks/src.js-xbfQWz4_.js';
import 'zod';
import '../chunks/redirect.js-Djhd4SSY.js';
import '../chunks/api-client.js-BWXZnqOt.js';
import '../chunks/shared-server.js-BUUi2YBp.js';
import '../chunks/form-data.js-BOxvqRxB.js';
import '../chunks/session.js-xZgRfXnb.js';
import '../chunks/runtime.js-B8EFPPLT.js';
import 'node:crypto';
import '../chunks/utils.js-dm2kV1-z.js';
import '../chunks/shared.js-DUAwVbGM.js';

const index = 23;
const server_id = "src/routes/locale/+page.server.ts";
const imports = [];
const stylesheets = [];
const fonts = [];

export { fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=23.js-CjpznHas.js.map
