// The embedded MongoDB-compatible database (FerretDB on SQLite) used whenever MONGODB_URI is unset.
// Plain Node with no dependencies: it runs before `npm install`.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort, run } from './processes.mjs';

const SOURCES = ['main.go', 'idindex.go', 'go.mod', 'go.sum'];

export function launcherPath(root) {
  return join(root, '.cache', 'bin', 'embedded-db');
}

/** Builds the launcher when it is missing or its sources changed; Go's build cache makes rebuilds quick. */
export async function ensureLauncher(root) {
  const toolDir = join(root, 'tools', 'embedded-db');
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(readFileSync(join(toolDir, file)));
  const digest = hash.digest('hex');
  const binary = launcherPath(root);
  const stamp = `${binary}.stamp`;
  if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return binary;

  console.log('• Building the embedded database (FerretDB); the first build takes a few minutes…');
  mkdirSync(join(root, '.cache', 'bin'), { recursive: true });
  await run('go', ['build', '-trimpath', '-o', binary, '.'], { cwd: toolDir, env: { ...process.env, CGO_ENABLED: '0' } });
  writeFileSync(stamp, digest);
  return binary;
}

/** Starts the database on a free loopback port; resolves once it accepts connections. */
export async function startEmbeddedDb({ root, dataDir, port, quiet = true }) {
  const binary = await ensureLauncher(root);
  mkdirSync(dataDir, { recursive: true });
  const chosenPort = port ?? (await freePort());
  const child = spawn(binary, ['-port', String(chosenPort), '-data', dataDir], { stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'pipe'] });
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
