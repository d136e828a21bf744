// The outside fuzzer of the REST contract: schemathesis (PyPI) in a virtual environment under .cache/, installed
// on first use at a pinned version so `npm test` works from a clean clone (needs python3 with venv and PyPI).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './processes.mjs';

export const SCHEMATHESIS_VERSION = '4.32.5';

/** Returns the path of the `st` command, installing schemathesis into `.cache/schemathesis-venv` when missing. */
export async function ensureSchemathesis(root) {
  const venv = join(root, '.cache', 'schemathesis-venv');
  const bin = join(venv, process.platform === 'win32' ? 'Scripts' : 'bin');
  const st = join(bin, process.platform === 'win32' ? 'st.exe' : 'st');
  const marker = join(venv, '.installed-version');
  if (existsSync(st) && existsSync(marker) && readFileSync(marker, 'utf8').trim() === SCHEMATHESIS_VERSION) return st;
  console.log(`• Installing schemathesis ${SCHEMATHESIS_VERSION} into .cache/schemathesis-venv…`);
  const python = process.env.PYTHON ?? (process.platform === 'win32' ? 'python' : 'python3');
  await run(python, ['-m', 'venv', venv], { cwd: root });
  await run(
    join(bin, 'python'),
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`],
    {
      cwd: root,
    },
  );
  writeFileSync(marker, `${SCHEMATHESIS_VERSION}\n`);
  return st;
}
