// The full-volume academy (SEED_VOLUME=full: five months of activity, about 570,000 documents) for the `day`
// scenario. Seeding takes minutes, so it is seeded once into .cache/bench-day/seeded and kept while the seed's
// sources (apps/api/src/demo and the schemas in libs) are unchanged: a stamp holds their hash. Each run works on a copy (the runs write sessions, read
// marks and forum reads), so every run starts from the same files. BENCH_DAY_RESEED=1 seeds again.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { startEmbeddedDb } from '../../scripts/lib/embedded-db.mjs';
import { BENCH_JWT_SECRET } from './processes.mjs';

/** The database name inside the engine: its SQLite file is `<dataDir>/day.sqlite`. */
export const DAY_DB = 'day';

/** The seed's settings (with the sources below, what decides the seeded files). */
const SEED_ENV = { SEED_VOLUME: 'full', ARGON2_MEMORY_KIB: '1024', ARGON2_TIME_COST: '1' };

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/** The generator, and the schemas: their indexes are made as the seed writes (their order matters to SQLite). */
function seedSources(root) {
  const schemas = readdirSync(join(root, 'libs'), { recursive: true })
    .filter((entry) => entry.endsWith('.schema.ts'))
    .map((entry) => join(root, 'libs', entry));
  return [...filesUnder(join(root, 'apps', 'api', 'src', 'demo')), ...schemas.sort((a, b) => basename(a).localeCompare(basename(b)))];
}

function seedHash(root) {
  const hash = createHash('sha256').update(JSON.stringify(SEED_ENV));
  // A schema is named by its file name only: a schema moved to another lib seeds the same documents.
  for (const file of seedSources(root))
    hash.update(file.endsWith('.schema.ts') ? basename(file) : relative(root, file)).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * The seeded academy's engine folder (.cache/bench-day/seeded), seeding it first when it is missing or its
 * stamp does not match the seed's sources.
 */
export async function ensureFullAcademy({ root, log }) {
  const base = join(root, '.cache', 'bench-day');
  const seeded = join(base, 'seeded');
  const stamp = join(base, 'seeded.stamp');
  const digest = seedHash(root);
  if (
    !process.env.BENCH_DAY_RESEED &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === digest &&
    existsSync(join(seeded, `${DAY_DB}.sqlite`))
  ) {
    log(`full-volume academy: reusing ${relative(root, seeded)} (seed sources unchanged)`);
    return seeded;
  }
  rmSync(stamp, { force: true });
  rmSync(seeded, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  log('full-volume academy: seeding with SEED_VOLUME=full (a few minutes; kept in .cache/bench-day for later runs)');
  const started = Date.now();
  const db = await startEmbeddedDb({ root, dataDir: seeded });
  try {
    await runSeed(root, `${db.uri}/${DAY_DB}`, join(base, 'seed-data'));
  } finally {
    await db.stop();
  }
  writeFileSync(stamp, digest);
  log(`full-volume academy seeded in ${Math.round((Date.now() - started) / 1000)} s`);
  return seeded;
}

/** A fresh copy of the seeded engine folder for this run (the engine must not be running on it). */
export function copyFullAcademy(seeded, to) {
  rmSync(to, { recursive: true, force: true });
  cpSync(seeded, to, { recursive: true });
  return to;
}

/** The product's own seeder (`npm run seed`) in a process of its own. */
function runSeed(root, mongodbUri, dataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js'), '--seed'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        ...SEED_ENV,
        NODE_ENV: 'production',
        DB_AUTO_INDEX: 'true', // production mode builds no indexes at start
        MONGODB_URI: mongodbUri,
        DATA_DIR: dataDir,
        JWT_SECRET: BENCH_JWT_SECRET,
        LOG_LEVEL: 'warn',
      },
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the full-volume seeder exited (${code})`))));
  });
}
