// `npm run restore -- <backup folder>`: copies a backup made by `npm run backup` into DATA_DIR (default .data),
// which must hold no database: stop TrainAction and move the old folder away, or restore into a new DATA_DIR.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { restoreDataDir } from './lib/backup.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');

if (!process.argv[2]) {
  console.error('✗ Usage: npm run restore -- <backup folder>   (into DATA_DIR, default .data)');
  process.exit(1);
}
try {
  const manifest = restoreDataDir({ backup: resolve(process.argv[2]), dataDir });
  console.log(`✓ Restored the backup of ${manifest.createdAt} into ${dataDir}; start it with DATA_DIR=${dataDir} npm start`);
} catch (error) {
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
