import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import { stopProcess } from '../../../scripts/lib/embedded-db.mjs';
import { freePort, waitForHttp } from '../../../scripts/lib/processes.mjs';

const root = resolve(__dirname, '../../..');

/**
 * Built processes as production runs them (dist/apps/api/main.js, apps/web/server.js, Debian's redis-server)
 * for specs about what only shows between processes: several API nodes, the web server's proxy. One
 * database and one data folder per harness; `stop()` ends everything it started.
 */
export class ProcessHarness {
  readonly mongodbUri: string;
  readonly jwtSecret = randomBytes(32).toString('base64url');
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'trainaction-procs-'));
  private readonly children: ChildProcess[] = [];
  private redisServer?: ChildProcess;
  private readonly apis = new Map<string, ChildProcess>();
  /** What each API node and web server wrote on stdout (its JSON log lines), by its URL. */
  private readonly output = new Map<string, string[]>();

  constructor(label: string) {
    this.mongodbUri = testDatabaseUri(label);
  }

  /** A redis-server on a free port; resolves with its URL once it answers. */
  async redis(): Promise<string> {
    const port = await freePort();
    this.redisServer = this.launch('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
    const { Redis } = await import('ioredis');
    // A first connect before redis-server listens fails at once (it does not wait for retries): try again.
    for (let attempt = 1; ; attempt++) {
      const client = new Redis(port, '127.0.0.1', { lazyConnect: true, retryStrategy: () => null });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.quit();
        return `redis://127.0.0.1:${port}`;
      } catch (error) {
        client.disconnect();
        if (attempt >= 50) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  /** An API node on a free port, sharing this harness's database, data folder and JWT secret. */
  async api(env: Record<string, string> = {}): Promise<string> {
    const port = await freePort();
    const child = this.launch(process.execPath, ['dist/apps/api/main.js'], {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      MONGODB_URI: this.mongodbUri,
      JWT_SECRET: this.jwtSecret,
      DATA_DIR: this.dataDir,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      ANALYTICS_MIN_CELL: '1',
      ARGON2_MEMORY_KIB: '1024',
      ARGON2_TIME_COST: '1',
      ...env,
    });
    const url = `http://127.0.0.1:${port}`;
    this.apis.set(url, child);
    this.collect(url, child);
    await waitForHttp(`${url}/api/ready`, { isAlive: () => child.exitCode === null });
    return url;
  }

  /** The web server (apps/web/server.js over apps/web/build) in front of `apiOrigin`, on a free port. */
  async web(apiOrigin: string, env: Record<string, string> = {}): Promise<string> {
    const port = await freePort();
    const child = this.launch(process.execPath, ['apps/web/server.js'], {
      HOST: '127.0.0.1',
      PORT: String(port),
      API_ORIGIN: apiOrigin,
      ...env,
    });
    const url = `http://127.0.0.1:${port}`;
    this.collect(url, child);
    await waitForHttp(`${url}/api/health`, { isAlive: () => child.exitCode === null });
    return url;
  }

  /** The JSON log lines the process at `url` wrote so far (LOG_LEVEL=info to see every request). */
  logs(url: string): Record<string, unknown>[] {
    return (this.output.get(url) ?? []).flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  /** Kills the API node at `url` at once, as a crash would. */
  crash(url: string): void {
    this.apis.get(url)?.kill('SIGKILL');
  }

  /** Stops the redis-server started by `redis()` (an outage). */
  async stopRedis(): Promise<void> {
    if (this.redisServer) await stopProcess(this.redisServer);
  }

  async stop(): Promise<void> {
    for (const child of this.children.reverse()) await stopProcess(child);
    await dropDatabase(this.mongodbUri).catch(() => undefined);
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private launch(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    child.stdout?.resume(); // read even when nobody collects it, so a chatty process never blocks on a full pipe
    this.children.push(child);
    return child;
  }

  private collect(url: string, child: ChildProcess): void {
    const lines: string[] = [];
    this.output.set(url, lines);
    let rest = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      lines.push(...parts);
    });
  }
}
