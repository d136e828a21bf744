// The processes a bench run starts: the built API (as `npm start` runs it, in production mode) and the
// baseline servers, each on a free loopback port, with --inspect so the live heap can be read.
import { API_NODE_FLAGS } from '../../scripts/lib/node-flags.mjs';
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopProcess } from '../../scripts/lib/embedded-db.mjs';
import { freePort, waitForHttp } from '../../scripts/lib/processes.mjs';

/** Forwards a child's stderr without the inspector's notices. */
function quietInspector(child) {
  child.stderr.on('data', (chunk) => {
    const text = String(chunk)
      .split('\n')
      .filter((l) => l && !/^(Debugger listening|Debugger attached|Debugger ending|For help, see)/.test(l))
      .join('\n');
    if (text) process.stderr.write(text + '\n');
  });
}

/** With BENCH_TRACE_GC=1 every server runs with --trace-gc (summarise with bench/lib/gc-summary.mjs). */
const traceGc = Boolean(process.env.BENCH_TRACE_GC);

/** Writes a traced server's stdout (its garbage collections) to bench/results/profiles/gc-<name>-<pid>.log. */
function keepGcTrace(child, name) {
  if (!traceGc) return;
  const dir = fileURLToPath(new URL('../results/profiles', import.meta.url));
  mkdirSync(dir, { recursive: true });
  child.stdout.pipe(createWriteStream(join(dir, `gc-${name}-${child.pid}.log`)));
}

export const BENCH_JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';

/**
 * The built API. `env` adds settings (e.g. MESSAGE_STORAGE=off for the gateway-only variant). Its port is found
 * free, then bound seconds later, after the API's warm-up; meanwhile the bench's own connections may take it
 * (the same ephemeral range): a start that fails with EADDRINUSE is tried again on other ports, twice.
 */
export async function startApi(options, attempts = 3) {
  try {
    return await startApiOnce(options);
  } catch (error) {
    if (attempts <= 1 || !/EADDRINUSE/.test(String(error.stderr))) throw error;
    return startApi(options, attempts - 1);
  }
}

async function startApiOnce({ root, mongodbUri, dataDir, env = {} }) {
  const port = await freePort();
  const inspectPort = await freePort();
  const child = spawn(
    process.execPath,
    [...API_NODE_FLAGS, `--inspect=127.0.0.1:${inspectPort}`, ...(traceGc ? ['--trace-gc'] : []), join(root, 'dist/apps/api/main.js')],
    {
      cwd: root,
      stdio: ['ignore', traceGc ? 'pipe' : 'ignore', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        // Production mode builds no indexes at start (a deploy runs --migrate); the bench's fresh databases need them.
        DB_AUTO_INDEX: 'true',
        COOKIE_SECURE: 'false',
        HOST: '127.0.0.1',
        PORT: String(port),
        MONGODB_URI: mongodbUri,
        DATA_DIR: dataDir,
        JWT_SECRET: BENCH_JWT_SECRET,
        ACCESS_TOKEN_TTL_SECONDS: '86400',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        ARGON2_MEMORY_KIB: '1024',
        ARGON2_TIME_COST: '1',
        RATE_LIMIT_PER_MINUTE: '100000000',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '100000',
        MESSAGE_RATE_PER_SECOND: '1000000',
        ...env,
      },
    },
  );
  quietInspector(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  keepGcTrace(child, env.MESSAGE_STORAGE === 'off' ? 'api-nostore' : 'api');
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/ready`, { isAlive: () => child.exitCode === null, timeoutMs: 120_000 }).catch(async (error) => {
    // exited: all it wrote, to tell a port taken meanwhile from a real failure
    if (child.exitCode !== null && !child.stderr.closed) await new Promise((resolve) => child.stderr.once('close', resolve));
    throw Object.assign(error, { stderr });
  });
  return { url, pid: child.pid, inspectPort, process: child, stop: () => stopProcess(child) };
}

/** A baseline server script from bench/baselines: it prints `LISTENING <port>` once ready. */
export async function startBaseline({ root, script, env = {} }) {
  const inspectPort = await freePort();
  const child = spawn(
    process.execPath,
    [...API_NODE_FLAGS, `--inspect=127.0.0.1:${inspectPort}`, ...(traceGc ? ['--trace-gc'] : []), join(root, 'bench', 'baselines', script)],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production', ...env },
    },
  );
  quietInspector(child);
  keepGcTrace(child, `${script.replace(/\.mjs$/, '')}${env.MONGODB_URI ? '-driver' : ''}`);
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /LISTENING (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, inspectPort, process: child, stop: () => stopProcess(child) };
}
