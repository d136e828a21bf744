// `npm run check`: the static checks `npm test` runs first (scripts/lib/checks.mjs), without the tests.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks } from './lib/checks.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
process.exit((await runChecks(root)) ? 0 : 1);
