// The embedded MongoDB-compatible database (FerretDB on SQLite) used whenever MONGODB_URI is unset.
// Plain Node with no dependencies: it runs before `npm install`.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort, run } from './processes.mjs';

/** The launcher's sources: its Go files (with the patched FerretDB files in _patches) and module files. */
function sources(toolDir) {
  const patches = join(toolDir, '_patches');
  return [
    ...['go.mod', 'go.sum'].map((f) => join(toolDir, f)),
    ...readdirSync(toolDir)
      .filter((f) => f.endsWith('.go'))
      .map((f) => join(toolDir, f)),
    ...readdirSync(patches).map((f) => join(patches, f)),
  ];
}

/**
 * FerretDB 1.24 with TrainAction's patches: the module is copied from Go's module cache into .cache, the
 * files in tools/embedded-db/_patches replace theirs (see the comment in each), and the launcher is built
 * against the copy through a generated go.mod with a `replace` (the committed go.mod stays stock).
 */
const FERRETDB = 'github.com/FerretDB/FerretDB';
const PATCHES = {
  'metadata.go': 'internal/backends/sqlite/metadata/metadata.go',
  // index pushdown (issue 19): pushdown.go is new; the others carry the find's request to it and record writes
  'pushdown.go': 'internal/backends/sqlite/pushdown.go',
  'sqlite_collection.go': 'internal/backends/sqlite/collection.go',
  'sqlite_backend.go': 'internal/backends/sqlite/backend.go',
  'backends_collection.go': 'internal/backends/collection.go',
  'msg_find.go': 'internal/handler/msg_find.go',
  'msg_count.go': 'internal/handler/msg_count.go',
  'msg_aggregate.go': 'internal/handler/msg_aggregate.go',
  'msg_explain.go': 'internal/handler/msg_explain.go', // explain shows the plan the find runs
  // per-document CPU (issue 19): decoding stored documents, and the leak tracker on every iterator
  'sjson.go': 'internal/handler/sjson/sjson.go',
  'resource.go': 'internal/util/resource/resource.go',
  // per-query CPU (issue 19): a find's lookup of its own collection, and debug lines formatted when debug is off
  'sqlite_database.go': 'internal/backends/sqlite/database.go',
  'fsql_db.go': 'internal/util/fsql/db.go', // also: write transactions take turns in a queue
  'fsql_tx.go': 'internal/util/fsql/tx.go',
  'extract_params.go': 'internal/handler/handlerparams/extract_params.go',
  'handler_wire.go': 'internal/handler/wire.go', // replies not decoded again to look for NaNs; requests checked once
  // atomic updates: each update statement and findAndModify holds its collection's lock from read to write
  'update_lock.go': 'internal/handler/update_lock.go',
  'msg_update.go': 'internal/handler/msg_update.go',
  'msg_findandmodify.go': 'internal/handler/msg_findandmodify.go',
  // writes (issue 19): an updateMany's documents in transactions of up to 100, not one each
  'common_update.go': 'internal/handler/common/update.go',
};

function patchedModfile(root, toolDir, env) {
  const { Dir: stock, Version } = JSON.parse(
    execFileSync('go', ['mod', 'download', '-json', FERRETDB], { cwd: toolDir, env, encoding: 'utf8' }),
  );
  const patched = join(root, '.cache', `ferretdb-${Version}-patched`);
  rmSync(patched, { recursive: true, force: true });
  cpSync(stock, patched, { recursive: true });
  // The module cache is read-only; the copy is ours to patch and, next time, to remove.
  for (const entry of readdirSync(patched, { recursive: true }))
    chmodSync(join(patched, entry), statSync(join(patched, entry)).isDirectory() ? 0o755 : 0o644);
  for (const [patch, target] of Object.entries(PATCHES)) copyFileSync(join(toolDir, '_patches', patch), join(patched, target));
  const modfile = join(root, '.cache', 'embedded-db.go.mod');
  writeFileSync(modfile, `${readFileSync(join(toolDir, 'go.mod'), 'utf8')}\nreplace ${FERRETDB} => ${patched}\n`);
  copyFileSync(join(toolDir, 'go.sum'), modfile.replace(/\.mod$/, '.sum'));
  return modfile;
}

export function launcherPath(root) {
  return join(root, '.cache', 'bin', 'embedded-db');
}

/** Builds the launcher when it is missing or its sources changed; Go's build cache makes rebuilds quick. */
export async function ensureLauncher(root) {
  const toolDir = join(root, 'tools', 'embedded-db');
  const hash = createHash('sha256');
  for (const file of sources(toolDir)) hash.update(file.slice(toolDir.length)).update(readFileSync(file));
  const digest = hash.digest('hex');
  const binary = launcherPath(root);
  const stamp = `${binary}.stamp`;
  if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return binary;

  console.log('• Building the embedded database (FerretDB); the first build takes a few minutes…');
  mkdirSync(join(root, '.cache', 'bin'), { recursive: true });
  const env = { ...process.env, CGO_ENABLED: '0' };
  await run('go', ['build', '-trimpath', '-modfile', patchedModfile(root, toolDir, env), '-o', binary, '.'], { cwd: toolDir, env });
  writeFileSync(stamp, digest);
  return binary;
}

/**
 * Starts the database on a free loopback port; resolves once it accepts connections.
 * `indexPushdown: false` runs it as stock FerretDB answers queries (scans; the differential test's reference).
 */
export async function startEmbeddedDb({ root, dataDir, port, quiet = true, indexPushdown = true }) {
  const binary = await ensureLauncher(root);
  mkdirSync(dataDir, { recursive: true });
  const chosenPort = port ?? (await freePort());
  const env = indexPushdown ? process.env : { ...process.env, FERRETDB_INDEX_PUSHDOWN: 'off' };
  const child = spawn(binary, ['-port', String(chosenPort), '-data', dataDir], {
    env,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
    if (!quiet) process.stderr.write(chunk);
  });
  await waitForPort(chosenPort, child, () => stderr);
  return {
    port: chosenPort,
    uri: `mongodb://127.0.0.1:${chosenPort}`,
    process: child,
    stop: () => stopProcess(child),
  };
}

async function waitForPort(port, child, stderr, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the embedded database exited (${child.exitCode}):\n${stderr()}`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the embedded database did not open port ${port} within ${timeoutMs / 1000} s:\n${stderr()}`);
}

export function stopProcess(child, graceMs = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill('SIGTERM');
  });
}
