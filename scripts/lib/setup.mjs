// What both `npm start` and `npm test` need before anything runs: dependencies and fresh builds.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mtimeOf, newestMtime, run } from './processes.mjs';

export const npmCommand = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export async function ensureDependencies(root) {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && mtimeOf(marker) >= mtimeOf(lock) && existsSync(join(root, 'node_modules', '@sveltejs', 'kit'))) return;
  console.log('• Installing dependencies…');
  await run(npmCommand, [existsSync(lock) ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: root });
}

/** Builds the API and the web app when their sources are newer than their output. */
export async function ensureBuilds(root, { force = false } = {}) {
  const apiOut = join(root, 'dist', 'apps', 'api', 'main.js');
  const apiSources = ['apps/api/src', 'libs', 'tsconfig.base.json', 'nest-cli.json', 'package-lock.json'].map((p) => join(root, p));
  if (force || newestMtime(apiSources) > mtimeOf(apiOut)) {
    console.log('• Building the API…');
    await run(npmCommand, ['run', 'build:api', '--silent'], { cwd: root });
  }
  const webOut = join(root, 'apps', 'web', 'build', 'handler.js');
  const webSources = [
    'apps/web/src',
    'apps/web/messages',
    'apps/web/static',
    'apps/web/svelte.config.js',
    'apps/web/vite.config.ts',
    'libs/contracts/src',
    'package-lock.json',
  ].map((p) => join(root, p));
  if (force || newestMtime(webSources) > mtimeOf(webOut)) {
    console.log('• Building the web app…');
    await run(npmCommand, ['run', 'build:web', '--silent'], { cwd: root });
  }
}
