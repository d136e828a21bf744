// `npm test`: installs what is missing, builds the embedded database, the API and the web app, then runs
// every vitest project (unit, integration on the embedded database, browser end-to-end) and closes with
// one summary line. Extra arguments go to vitest (`npm test -- libs/identity`).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureLauncher } from './lib/embedded-db.mjs';
import { ensureBuilds, ensureDependencies } from './lib/setup.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const resultsFile = join(root, '.cache', 'test-results.json');

await ensureDependencies(root);
if (!process.env.MONGODB_URI) await ensureLauncher(root);
await ensureBuilds(root);

mkdirSync(join(root, '.cache'), { recursive: true });
rmSync(resultsFile, { force: true });
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const args = [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } });
child.on('exit', (code, signal) => {
  if (existsSync(resultsFile)) {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    const skipped = results.numPendingTests + results.numTodoTests;
    console.log(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
  process.exit(code ?? (signal ? 1 : 0));
});
