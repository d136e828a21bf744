// The static checks `npm test` runs before any test (and `npm run check` runs alone): formatting, lint, the
// API/libs typecheck and svelte-check on the web app. The first failure stops the run and says what to run.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { npmCommand } from './setup.mjs';

/** In order, cheapest signal first; `hint` says how to reproduce or fix a failure. */
function checks(root) {
  const bin = (pkg, file, ...args) => ({ command: process.execPath, args: [join(root, 'node_modules', pkg, file), ...args], cwd: root });
  return [
    {
      name: 'formatting (prettier)',
      hint: 'Fix it with `npm run format`',
      ...bin('prettier', 'bin/prettier.cjs', '--check', '.', '--log-level', 'warn'),
    },
    { name: 'lint (eslint)', hint: 'Reproduce it with `npm run lint`', ...bin('eslint', 'bin/eslint.js', '.') },
    {
      name: 'typecheck (tsc: API and libs)',
      hint: 'Reproduce it with `npx tsc -p tsconfig.json --noEmit`',
      ...bin('typescript', 'bin/tsc', '-p', 'tsconfig.json', '--noEmit'),
    },
    {
      name: 'svelte-check (web app)',
      hint: 'Reproduce it with `npm run check -w @trainaction/web`',
      command: npmCommand,
      args: ['run', 'check', '--silent'],
      cwd: join(root, 'apps', 'web'),
    },
  ];
}

function runOne({ command, args, cwd }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit' });
    child.once('error', () => resolve(1));
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs every check in order; true when all pass, false at the first failure (after naming it). */
export async function runChecks(root) {
  for (const check of checks(root)) {
    const started = Date.now();
    console.log(`• Checking ${check.name}…`);
    if ((await runOne(check)) !== 0) {
      console.error(`\n✗ ${check.name} failed, so no test ran. ${check.hint}.`);
      return false;
    }
    console.log(`  ✓ ${check.name} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  return true;
}
