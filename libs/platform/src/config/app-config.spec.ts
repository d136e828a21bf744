import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ta-config-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe(loadConfig.name, () => {
  it('lists every invalid variable in one clear error', () => {
    expect(() => loadConfig({ MONGODB_URI: 'postgres://x', PORT: 'eighty', JWT_SECRET: 'short' })).toThrow(ConfigError);
    try {
      loadConfig({ MONGODB_URI: 'postgres://x', PORT: 'eighty', JWT_SECRET: 'short' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('MONGODB_URI');
      expect(message).toContain('PORT');
      expect(message).toContain('JWT_SECRET');
    }
  });

  it('generates a JWT secret once and keeps it in DATA_DIR', () => {
    const dataDir = tempDir();
    const first = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1/x', DATA_DIR: dataDir });
    const second = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1/x', DATA_DIR: dataDir });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(first.jwtSecret);
  });

  it('turns the demo seed off and secure cookies on in production unless told otherwise', () => {
    const base = { MONGODB_URI: 'mongodb://db/x', JWT_SECRET: 'x'.repeat(40), DATA_DIR: tempDir() };
    expect(loadConfig({ ...base, NODE_ENV: 'production' })).toMatchObject({ seedDemo: false, cookieSecure: true });
    expect(loadConfig({ ...base })).toMatchObject({ seedDemo: true, cookieSecure: false });
    expect(loadConfig({ ...base, NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('builds indexes at start outside production only (production runs the migration), unless DB_AUTO_INDEX says otherwise', () => {
    const base = { MONGODB_URI: 'mongodb://db/x', JWT_SECRET: 'x'.repeat(40), DATA_DIR: tempDir() };
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).autoIndex).toBe(false);
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).autoIndex).toBe(true);
    expect(loadConfig({ ...base }).autoIndex).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'production', DB_AUTO_INDEX: 'true' }).autoIndex).toBe(true);
  });

  it('warms the database path for 10 rounds before listening unless WARM_UP_ROUNDS says otherwise', () => {
    const base = { MONGODB_URI: 'mongodb://db/x', JWT_SECRET: 'x'.repeat(40), DATA_DIR: tempDir() };
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).warmUpRounds).toBe(10);
    expect(loadConfig({ ...base, WARM_UP_ROUNDS: '0' }).warmUpRounds).toBe(0);
    expect(() => loadConfig({ ...base, WARM_UP_ROUNDS: 'many' })).toThrow(/WARM_UP_ROUNDS/);
  });

  it('serves the API documentation outside production only, unless API_DOCS says otherwise', () => {
    const base = { MONGODB_URI: 'mongodb://db/x', JWT_SECRET: 'x'.repeat(40), DATA_DIR: tempDir() };
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).apiDocs).toBe(false);
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).apiDocs).toBe(true);
    expect(loadConfig({ ...base }).apiDocs).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'production', API_DOCS: 'true' }).apiDocs).toBe(true);
    expect(loadConfig({ ...base, API_DOCS: 'no' }).apiDocs).toBe(false);
    expect(() => loadConfig({ ...base, API_DOCS: 'maybe' })).toThrow(/API_DOCS/);
  });

  it('takes METRICS_TOKEN of 16 characters or more, and an empty one as unset', () => {
    const base = { MONGODB_URI: 'mongodb://db/x', JWT_SECRET: 'x'.repeat(40), DATA_DIR: tempDir() };
    expect(loadConfig({ ...base, METRICS_TOKEN: 'a-scraper-token-0123' }).metricsToken).toBe('a-scraper-token-0123');
    expect(loadConfig({ ...base, METRICS_TOKEN: '' }).metricsToken).toBeUndefined();
    expect(() => loadConfig({ ...base, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('compiles TRUST_PROXY as Express does, and refuses what Express could not read', () => {
    const base = { MONGODB_URI: 'mongodb://db/x', JWT_SECRET: 'x'.repeat(40), DATA_DIR: tempDir() };
    const loopback = loadConfig({ ...base }).isTrustedProxy;
    expect([loopback('127.0.0.1', 0), loopback('::1', 0), loopback('::ffff:127.0.0.1', 0), loopback('10.0.0.2', 0)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    const list = loadConfig({ ...base, TRUST_PROXY: '10.0.0.0/8, 192.0.2.1' }).isTrustedProxy;
    expect([list('10.1.2.3', 0), list('192.0.2.1', 0), list('127.0.0.1', 0)]).toEqual([true, true, false]);
    expect(loadConfig({ ...base, TRUST_PROXY: 'false' }).isTrustedProxy('127.0.0.1', 0)).toBe(false);
    const oneHop = loadConfig({ ...base, TRUST_PROXY: '1' }).isTrustedProxy;
    expect([oneHop('203.0.113.1', 0), oneHop('203.0.113.1', 1)]).toEqual([true, false]);
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });

  it('validates the sign-in throttle and its progressive delay', () => {
    const base = { MONGODB_URI: 'mongodb://db/x', JWT_SECRET: 'x'.repeat(40), DATA_DIR: tempDir() };
    expect(loadConfig({ ...base }).loginThrottle).toEqual({
      perAccount: 5,
      perAddress: 30,
      windowMinutes: 15,
      delayBaseMs: 250,
      delayMaxMs: 4000,
    });
    expect(() => loadConfig({ ...base, LOGIN_DELAY_MAX_MS: '60000' })).toThrow(/LOGIN_DELAY_MAX_MS/);
    expect(() => loadConfig({ ...base, LOGIN_MAX_FAILURES_PER_ACCOUNT: '0' })).toThrow(/LOGIN_MAX_FAILURES_PER_ACCOUNT/);
  });

  it('writes mail to DATA_DIR/mail without SMTP_URL, and validates the mail settings', () => {
    const base = { MONGODB_URI: 'mongodb://db/x', JWT_SECRET: 'x'.repeat(40), DATA_DIR: tempDir() };
    const defaults = loadConfig({ ...base });
    expect(defaults.mail).toMatchObject({
      smtpUrl: undefined,
      sender: { name: 'TrainAction', address: 'no-reply@localhost' },
      filesDir: join(base.DATA_DIR, 'mail'),
      maxAttempts: 8,
      claimTimeoutMs: 300_000,
    });
    expect(defaults.publicOrigin).toBe('http://localhost:8080');
    expect(defaults.passwordReset).toEqual({ ttlMinutes: 60, perAccount: 3, perAddress: 20 });
    const set = loadConfig({
      ...base,
      SMTP_URL: 'smtps://user:pa%40ss@mail.example.org:465',
      MAIL_FROM: 'Academia Regional <avisos@academia.example.org>',
      PUBLIC_ORIGIN: 'https://academia.example.org/',
    });
    expect(set.mail.smtpUrl).toBe('smtps://user:pa%40ss@mail.example.org:465');
    expect(set.mail.sender).toEqual({ name: 'Academia Regional', address: 'avisos@academia.example.org' });
    expect(set.publicOrigin).toBe('https://academia.example.org');
    expect(() => loadConfig({ ...base, SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
    expect(loadConfig({ ...base, SMTP_URL: '', MAIL_FROM: '' }).mail).toMatchObject({
      smtpUrl: undefined,
      from: '"TrainAction" <no-reply@localhost>',
    });
    expect(() => loadConfig({ ...base, MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ ...base, PUBLIC_ORIGIN: 'https://academia.example.org/app' })).toThrow(/PUBLIC_ORIGIN/);
  });

  it('reads the durable jobs settings: lease and poll in seconds (fractions allowed), jobs per node', () => {
    const base = { MONGODB_URI: 'mongodb://db/x', JWT_SECRET: 'x'.repeat(40), DATA_DIR: tempDir() };
    expect(loadConfig({ ...base }).jobs).toEqual({ leaseMs: 60_000, pollMs: 5000, concurrency: 2 });
    expect(loadConfig({ ...base, JOBS_LEASE_SECONDS: '2', JOBS_POLL_SECONDS: '0.5', JOBS_CONCURRENCY: '4' }).jobs).toEqual({
      leaseMs: 2000,
      pollMs: 500,
      concurrency: 4,
    });
    expect(() => loadConfig({ ...base, JOBS_LEASE_SECONDS: '0' })).toThrow(/JOBS_LEASE_SECONDS/);
    expect(() => loadConfig({ ...base, JOBS_CONCURRENCY: '0' })).toThrow(/JOBS_CONCURRENCY/);
  });
});
