// `npm run seed`: creates the demo academy (idempotent) with a progress bar, on the embedded database
// unless MONGODB_URI is set. `SEED_VOLUME=full npm run seed` gives it five months of activity at real volume.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedDb } from './lib/embedded-db.mjs';
import { ensureBuilds, ensureDependencies } from './lib/setup.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');

await ensureDependencies(root);
await ensureBuilds(root);
let db;
let mongodbUri = process.env.MONGODB_URI;
if (!mongodbUri) {
  db = await startEmbeddedDb({ root, dataDir: resolve(dataDir, 'db') });
  mongodbUri = `${db.uri}/trainaction`;
}
const startedAt = Date.now();
const child = spawn(process.execPath, ['dist/apps/api/main.js', '--seed'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, MONGODB_URI: mongodbUri, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
});
child.on('exit', async (code) => {
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  if (code === 0)
    console.log(`Seeding took ${Math.floor(seconds / 60)} min ${seconds % 60} s (SEED_VOLUME=${process.env.SEED_VOLUME ?? 'demo'}).`);
  await db?.stop();
  process.exit(code ?? 1);
});
