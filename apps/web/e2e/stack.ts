import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import { reservePort, waitForHttp } from '../../../scripts/lib/processes.mjs';
import { stopProcess } from '../../../scripts/lib/embedded-db.mjs';

const root = resolve(__dirname, '../../..');

/** Opens a page and waits until it is hydrated (the root layout marks `<html data-hydrated>`). */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
}

export const DEMO_PASSWORD = 'TrainAction-demo-2026';

export interface RunningStack {
  url: string;
  /** The stack's database, for the few checks that need to change state by hand (an expired link). */
  databaseUri: string;
  browser: Browser;
  /** A JSON call to the API through the stack's origin; throws with the answer on a non-2xx status. */
  api<T>(path: string, token?: string, init?: RequestInit): Promise<T>;
  /** Signs a demo account in through the API (for set-up, not the browser). */
  login(email: string, password?: string): Promise<{ accessToken: string; user: { id: string } }>;
  stop(): Promise<void>;
}

/**
 * The product as `npm start` runs it: the built API and the web server as separate processes, one origin,
 * a fresh database, and headless Chromium from Debian.
 */
export async function startStack(label: string, env: Record<string, string> = {}): Promise<RunningStack> {
  const mongodbUri = testDatabaseUri(label);
  const dataDir = mkdtempSync(join(tmpdir(), 'trainaction-e2e-'));
  // Both ports are held until their process starts: the web server starts only after the API has seeded the demo.
  const [apiSlot, webSlot] = [await reservePort(), await reservePort()];
  const [apiPort, webPort] = [apiSlot.port, webSlot.port];
  const children: ChildProcess[] = [];
  const launch = (script: string, vars: Record<string, string>) => {
    const child = spawn(process.execPath, [script], {
      cwd: root,
      env: { ...process.env, ...vars },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    return child;
  };
  await apiSlot.release();
  const api = launch('dist/apps/api/main.js', {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    MONGODB_URI: mongodbUri,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_TIME_COST: '1',
    // Links in mails lead to this stack's web server.
    PUBLIC_ORIGIN: `http://127.0.0.1:${webPort}`,
    // Every browser in these tests comes from 127.0.0.1: address-based limits would throttle the tests.
    RATE_LIMIT_PER_MINUTE: '100000',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
    ...env,
  });
  // The API seeds the demo academy before it answers.
  await waitForHttp(`http://127.0.0.1:${apiPort}/api/ready`, { isAlive: () => api.exitCode === null, timeoutMs: 180_000 });
  await webSlot.release();
  const web = launch('apps/web/server.js', {
    HOST: '127.0.0.1',
    PORT: String(webPort),
    API_ORIGIN: `http://127.0.0.1:${apiPort}`,
    BODY_SIZE_LIMIT: '2M',
  });
  const url = `http://127.0.0.1:${webPort}`;
  await waitForHttp(`${url}/api/health`, { isAlive: () => web.exitCode === null });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const callApi = async <T>(path: string, token = '', init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${url}/api${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    url,
    databaseUri: mongodbUri,
    browser,
    api: callApi,
    login: (email, password = DEMO_PASSWORD) => callApi('/auth/login', '', { method: 'POST', body: JSON.stringify({ email, password }) }),
    stop: async () => {
      await browser.close();
      for (const child of children.reverse()) await stopProcess(child);
      await dropDatabase(mongodbUri).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
