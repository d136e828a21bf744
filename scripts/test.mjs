// `npm test`: installs what is missing, builds the embedded database, the API and the web app, then runs
// every test: the root vitest projects (unit, integration on the embedded database, browser end-to-end)
// and the web app's own specs (run from apps/web, where SvelteKit finds its config), and closes with one
// summary line over both. Without arguments it first runs the static checks (formatting, lint, typecheck,
// svelte-check: scripts/lib/checks.mjs) and stops at the first that fails, before anything is built. Extra
// arguments go to the root run alone, without the checks (`npm test -- apps/api/test/identity`).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks } from './lib/checks.mjs';
import { ensureLauncher } from './lib/embedded-db.mjs';
import { ensureS3Server } from './lib/s3-server.mjs';
import { ensureSchemathesis } from './lib/schemathesis.mjs';
import { ensureBuilds, ensureDependencies } from './lib/setup.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const extraArgs = process.argv.slice(2);

await ensureDependencies(root);
if (extraArgs.length === 0 && !(await runChecks(root))) process.exit(1);
if (!process.env.MONGODB_URI) await ensureLauncher(root);
// The files library's S3 tests run against a real S3-compatible server (tools/s3-server).
await ensureS3Server(root);
// The REST contract's outside fuzzer (apps/api/test/schemathesis.e2e-spec.ts): a pinned schemathesis in .cache/.
await ensureSchemathesis(root);
await ensureBuilds(root);
mkdirSync(join(root, '.cache'), { recursive: true });

/** Runs vitest in a folder with the default and JSON reporters; resolves with its exit code and counts. */
function runVitest(name, cwd, args) {
  const resultsFile = join(root, '.cache', `test-results-${name}.json`);
  rmSync(resultsFile, { force: true });
  const child = spawn(
    process.execPath,
    [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...args],
    {
      cwd,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'test' },
    },
  );
  return new Promise((done) =>
    child.on('exit', (code, signal) => {
      const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : null;
      done({
        code: code ?? (signal ? 1 : 0),
        passed: results?.numPassedTests ?? 0,
        failed: results?.numFailedTests ?? (code === 0 ? 0 : 1),
        skipped: (results?.numPendingTests ?? 0) + (results?.numTodoTests ?? 0),
      });
    }),
  );
}

const runs = [await runVitest('root', root, extraArgs)];
if (extraArgs.length === 0) runs.push(await runVitest('web', join(root, 'apps', 'web'), ['--config', 'vite.config.ts']));

const sum = (key) => runs.reduce((n, r) => n + r[key], 0);
const skipped = sum('skipped');
console.log(`\n${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(runs.some((r) => r.code !== 0) ? 1 : 0);
