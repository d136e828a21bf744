// `npm start`: installs what is missing, builds, starts the embedded database (unless MONGODB_URI is set),
// the API and the web server, and prints the one URL where pages, /api and /socket.io are served.
// Ctrl-C stops everything it started.
import { API_NODE_FLAGS } from './lib/node-flags.mjs';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedDb, stopProcess } from './lib/embedded-db.mjs';
import { freePort, waitForHttp } from './lib/processes.mjs';
import { ensureBuilds, ensureDependencies } from './lib/setup.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8080);
const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
const children = [];
let stopping = false;

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  console.log('\n• Stopping…');
  // Web first, then the API, the database last, so nothing writes to a database that is gone.
  for (const child of [...children].reverse()) await stopProcess(child.process);
  process.exit(code);
}

function startChild(name, command, args, env) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`✗ ${name} stopped unexpectedly (${signal ?? code}); stopping the rest.`);
      void stopAll(1);
    }
  });
  children.push({ name, process: child });
  return child;
}

async function main() {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  await ensureDependencies(root);
  await ensureBuilds(root);

  let mongodbUri = process.env.MONGODB_URI;
  if (!mongodbUri) {
    const db = await startEmbeddedDb({ root, dataDir: resolve(dataDir, 'db') });
    children.push({ name: 'database', process: db.process });
    db.process.once('exit', () => !stopping && (console.error('✗ the embedded database stopped; stopping the rest.'), void stopAll(1)));
    mongodbUri = `${db.uri}/trainaction`;
    console.log(`• Embedded database (FerretDB on SQLite) at ${db.uri}, data in ${resolve(dataDir, 'db')}`);
  }

  const apiPort = Number(process.env.API_PORT ?? (await freePort()));
  const api = startChild('API', process.execPath, [...API_NODE_FLAGS, '--enable-source-maps', 'dist/apps/api/main.js'], {
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    MONGODB_URI: mongodbUri,
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // Links in mails (password reset) lead to the URL printed below unless told otherwise.
    PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN ?? `http://localhost:${port}`,
  });
  console.log('• Starting the API (the first start also creates the demo academy; it takes a minute)…');
  await waitForHttp(`http://127.0.0.1:${apiPort}/api/ready`, {
    isAlive: () => api.exitCode === null,
    timeoutMs: process.env.SEED_VOLUME === 'full' ? 900_000 : 300_000,
  }); // a first start at full volume seeds for minutes

  const web = startChild('web server', process.execPath, ['apps/web/server.js'], {
    PORT: String(port),
    API_ORIGIN: `http://127.0.0.1:${apiPort}`,
    // Roster CSV files go through a form action: allow a few thousand lines.
    BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '2M',
  });
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, { isAlive: () => web.exitCode === null });

  console.log(`\n  TrainAction is running at  http://localhost:${port}\n`);
  console.log('  Demo accounts (password TrainAction-demo-2026): admin@, coordinacion@, moderacion@, aprendiz@trainaction.demo');
  console.log('  API documentation: http://localhost:' + port + '/api/docs    Stop with Ctrl-C.');
  console.log(`  ${mailDestination()}\n`);
}

/** Where the API's mail goes: an SMTP server, or (without SMTP_URL) .eml files that nobody receives. */
function mailDestination() {
  if (!process.env.SMTP_URL)
    return `Mail is not sent (SMTP_URL is unset): each mail is written as an .eml file to ${resolve(dataDir, 'mail')}`;
  try {
    const url = new URL(process.env.SMTP_URL);
    return `Mail is sent through ${url.protocol}//${url.host}`;
  } catch {
    return 'Mail is sent through SMTP_URL';
  }
}

main().catch((error) => {
  console.error(`✗ ${error.message}`);
  void stopAll(1);
});
