// `npm run backup -- [folder]`: a copy of the embedded setup's DATA_DIR (default .data) taken while it runs:
// every database (SQLite's VACUUM INTO, checked), uploaded files, the generated JWT secret, mail files.
// The folder defaults to backups/trainaction-<UTC time>. MongoDB is backed up with mongodump (README).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupDataDir } from './lib/backup.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
const out = resolve(process.argv[2] ?? resolve(root, 'backups', `trainaction-${stamp}`));

if (process.env.MONGODB_URI) {
  console.error(
    '✗ MONGODB_URI is set: this copies the embedded database only. Back up MongoDB with mongodump (README, "Back up and restore").',
  );
  process.exit(1);
}
try {
  const manifest = await backupDataDir({ root, dataDir, out });
  console.log(`✓ Backed up ${dataDir} to ${out}`);
  console.log(
    `  databases: ${manifest.databases.join(', ') || 'none'}; files: ${manifest.files}; JWT secret: ${manifest.jwtSecret ? 'yes' : 'no (JWT_SECRET is set elsewhere)'}`,
  );
} catch (error) {
  console.error(`✗ ${error.stderr?.trim() || error.message}`);
  process.exit(1);
}
