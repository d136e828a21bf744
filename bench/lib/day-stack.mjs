// The engine and the API of the `day` scenario on the full-volume academy's copy: started, stopped and
// restarted one at a time (a cold API: its caches empty; a cold engine: its field kinds not read yet).
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startEmbeddedDb } from '../../scripts/lib/embedded-db.mjs';
import { DAY_DB } from './full-academy.mjs';
import { startApi } from './processes.mjs';

const { MongoClient } = createRequire(import.meta.url)('mongodb');

export function dayStack(ctx, dbDir) {
  let engine;
  let api;
  let pushdown = true;
  let migrated;
  const stack = {
    get url() {
      return api.url;
    },
    get mongodbUri() {
      return `${engine.uri}/${DAY_DB}`;
    },
    get engine() {
      return engine;
    },
    get api() {
      return api;
    },
    /** Starts the engine (with the index pushdown, or stock with `{ pushdown: false }`) and the API. */
    async start(options = {}) {
      pushdown = options.pushdown ?? pushdown;
      engine ??= await startEmbeddedDb({ root: ctx.root, dataDir: dbDir, indexPushdown: pushdown });
      migrated ??= await migrate(ctx.root, stack.mongodbUri);
      // as in production: the deploy's migration built the indexes; the API builds none when it starts
      api ??= await startApi({
        root: ctx.root,
        mongodbUri: stack.mongodbUri,
        dataDir: join(ctx.dataDir, 'api'),
        env: { DB_AUTO_INDEX: 'false' },
      });
    },
    async stopApi() {
      await api?.stop();
      api = undefined;
    },
    async stop() {
      await stack.stopApi();
      await engine?.stop();
      engine = undefined;
    },
    /** A new API process on the running engine: its caches are empty. */
    async restartApi() {
      await stack.stopApi();
      await stack.start();
    },
    /** New engine and API processes: the engine reads its field kinds again (in the background, from its start). */
    async restartAll() {
      await stack.stop();
      await stack.start();
    },
  };
  ctx.onExit(() => stack.stop());
  return stack;
}

/** The deploy step (`main.js --migrate`, README "Upgrade"): the schemas' indexes, once per copy; returns its summary. */
async function migrate(root, mongodbUri) {
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'dist/apps/api/main.js'), '--migrate'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', MONGODB_URI: mongodbUri, JWT_SECRET: 'x'.repeat(64), LOG_LEVEL: 'warn' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout.trim().split('\n').at(-1) ?? '';
}

/**
 * Waits until no collection gains an index for three seconds: the API creates the schemas' indexes in the
 * background after it starts (mongoose autoIndex), on 105,000 messages in some seconds each.
 */
export async function indexesSettled(mongodbUri) {
  const client = await MongoClient.connect(mongodbUri);
  try {
    const db = client.db();
    let last = '';
    for (let stable = 0; stable < 3;) {
      const names = [];
      for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray())
        names.push(`${name}:${(await db.collection(name).indexes()).map((i) => i.name).join(',')}`);
      const now = names.sort().join(';');
      stable = now === last ? stable + 1 : 0;
      last = now;
      await new Promise((r) => setTimeout(r, 1000));
    }
    return last.split(';').reduce((n, entry) => n + entry.split(',').length, 0);
  } finally {
    await client.close();
  }
}

/** Documents per collection (the academy's size, for the results). */
export async function collectionSizes(mongodbUri, names) {
  const client = await MongoClient.connect(mongodbUri);
  try {
    const sizes = {};
    for (const name of names) sizes[name] = await client.db().collection(name).estimatedDocumentCount();
    return sizes;
  } finally {
    await client.close();
  }
}
