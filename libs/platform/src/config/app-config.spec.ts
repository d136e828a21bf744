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
});
