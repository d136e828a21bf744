// Generates the paraglide messages (src/lib/paraglide, gitignored) that svelte-check and the specs import, with
// the strategy vite.config.ts uses. Skipped when the output is newer than the messages and the project settings:
// compiling recreates the folder, and a fresh mtime under src/ would make `npm test` rebuild the web app.
import { compile } from '@inlang/paraglide-js';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('..', import.meta.url));
const output = join(web, 'src', 'lib', 'paraglide', 'runtime.js');
const inputs = [...readdirSync(join(web, 'messages')).map((f) => join(web, 'messages', f)), join(web, 'project.inlang', 'settings.json')];
const newestInput = Math.max(...inputs.map((f) => statSync(f).mtimeMs));

if (!existsSync(output) || statSync(output).mtimeMs < newestInput) {
  await compile({ project: join(web, 'project.inlang'), outdir: join(web, 'src', 'lib', 'paraglide'), strategy: ['cookie', 'baseLocale'] });
  console.log('• paraglide messages compiled into src/lib/paraglide');
}
