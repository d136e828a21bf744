// Backup and restore of the embedded setup's DATA_DIR (README, "Back up and restore"): the databases copied by
// SQLite's VACUUM INTO while the engine runs (tools/embedded-db/backup.go), then uploaded files, the generated
// JWT secret and the mail written to files. Plain Node with no dependencies.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { ensureLauncher } from './embedded-db.mjs';

export const MANIFEST = 'trainaction-backup.json';

/**
 * Copies `dataDir` into `out` (new or empty). The databases come first: a file uploaded while this runs may
 * then be in the copy without its record (an orphan, GET /api/admin/files/orphans), never the other way round,
 * unless it was deleted in between.
 */
export async function backupDataDir({ root, dataDir, out }) {
  if (!existsSync(dataDir)) throw new Error(`${dataDir} does not exist: nothing to back up (set DATA_DIR)`);
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`${out} is not empty: choose a new folder`);
  const databases = [];
  if (existsSync(join(dataDir, 'db'))) {
    const launcher = await ensureLauncher(root);
    await promisify(execFile)(launcher, ['backup', '-data', join(dataDir, 'db'), '-out', join(out, 'db')]);
    databases.push(...readdirSync(join(out, 'db')).filter((f) => f.endsWith('.sqlite')));
  }
  // Everything else as it is: files/ (without uploads in progress), jwt-secret, mail/.
  const skipped = [join(dataDir, 'db'), join(dataDir, 'files', '.partial')];
  cpSync(dataDir, out, {
    recursive: true,
    filter: (source) => !skipped.some((skip) => source === skip || source.startsWith(skip + sep)),
  });
  const files = existsSync(join(out, 'files')) ? readdirSync(join(out, 'files')).length : 0;
  const manifest = { createdAt: new Date().toISOString(), from: dataDir, databases, files, jwtSecret: existsSync(join(out, 'jwt-secret')) };
  writeFileSync(join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Copies a backup into `dataDir`, which must hold no database (a restore never overwrites one). */
export function restoreDataDir({ backup, dataDir }) {
  const manifestFile = join(backup, MANIFEST);
  if (!existsSync(manifestFile)) throw new Error(`${backup} is not a TrainAction backup (no ${MANIFEST})`);
  const existing = existsSync(join(dataDir, 'db')) ? readdirSync(join(dataDir, 'db')).filter((f) => f.endsWith('.sqlite')) : [];
  if (existing.length > 0)
    throw new Error(
      `${join(dataDir, 'db')} holds a database already (${existing.join(', ')}): stop it and move it away, or restore into a new DATA_DIR`,
    );
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  cpSync(backup, dataDir, { recursive: true, filter: (source) => relative(backup, source) !== MANIFEST });
  return manifest;
}
