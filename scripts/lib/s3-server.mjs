// An S3-compatible server for the files library's tests: gofakes3 (in memory) behind a tiny Go launcher in
// tools/s3-server, built once into .cache/bin like the embedded database. Plain Node with no dependencies.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './processes.mjs';
import { stopProcess } from './embedded-db.mjs';

export function s3ServerPath(root) {
  return join(root, '.cache', 'bin', 's3-server');
}

/** Builds the launcher when it is missing or its sources changed (go.mod, go.sum, main.go). */
export async function ensureS3Server(root) {
  const toolDir = join(root, 'tools', 's3-server');
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum', 'main.go']) hash.update(file).update(readFileSync(join(toolDir, file)));
  const digest = hash.digest('hex');
  const binary = s3ServerPath(root);
  const stamp = `${binary}.stamp`;
  if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return binary;

  console.log('• Building the S3 test server (gofakes3)…');
  mkdirSync(join(root, '.cache', 'bin'), { recursive: true });
  await run('go', ['build', '-trimpath', '-o', binary, '.'], { cwd: toolDir, env: { ...process.env, CGO_ENABLED: '0' } });
  writeFileSync(stamp, digest);
  return binary;
}

/** Starts it on a free loopback port with one bucket; resolves once it listens. */
export async function startS3Server({ root, bucket = 'trainaction-test', timeoutMs = 30_000 }) {
  const binary = await ensureS3Server(root);
  const child = spawn(binary, ['-port', '0', '-bucket', bucket], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const address = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`the S3 test server did not start:\n${stderr}`))), timeoutMs);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening (\S+)\n/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`the S3 test server exited (${code}):\n${stderr}`))));
  });
  child.stdout.resume();
  return { endpoint: `http://${address}`, bucket, process: child, stop: () => stopProcess(child) };
}
