import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { getConnectionToken } from '@nestjs/mongoose';
import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, describe, expect, it } from 'vitest';
import { runMigrations } from '../src/migrate';
import { startApi, type RunningApi } from './api-harness';

/** Issue 25: indexes are built by a deploy step in production, not by every API start. */
const root = resolve(__dirname, '../../..');
const started: RunningApi[] = [];
afterAll(async () => {
  for (const api of started) await api.close();
});

/** Every collection's index names, `_id_` left out, for the models the API registers. */
async function indexesOf(connection: Connection): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const name of connection.modelNames()) {
    const collection = connection.model(name).collection.collectionName;
    const indexes = await connection
      .db!.collection(collection)
      .indexes()
      .catch(() => []);
    result[collection] = indexes
      .map((index) => index.name!)
      .filter((n) => n !== '_id_')
      .sort();
  }
  return result;
}

const count = (indexes: Record<string, string[]>) => Object.values(indexes).reduce((n, names) => n + names.length, 0);

describe('indexes in production', () => {
  it('a production start builds none; the migration builds what a development start builds, and drops what no schema declares, and a run after changes nothing', async () => {
    const production = await startApi('idx_production', { NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex') });
    started.push(production);
    const connection = production.app.get<Connection>(getConnectionToken());
    // The API works without them (slower at volume): a sign-up writes several collections.
    await production.signUp();
    expect(count(await indexesOf(connection))).toBe(0);

    const first = await runMigrations(production.app);
    const migrated = await indexesOf(connection);
    expect(count(migrated)).toBeGreaterThan(40);
    expect(migrated.users).toContain('emailLower_1');
    expect(first.reduce((n, c) => n + c.created.length, 0)).toBe(count(migrated));

    // An index an older version declared is dropped; then nothing is left to change.
    await connection.db!.collection('users').createIndex({ country: 1, createdAt: 1 }, { name: 'left_by_an_older_version' });
    const changed = (changes: Awaited<ReturnType<typeof runMigrations>>) => changes.filter((c) => c.created.length + c.dropped.length > 0);
    expect(changed(await runMigrations(production.app))).toEqual([
      { collection: 'users', created: [], dropped: ['left_by_an_older_version'] },
    ]);
    expect(changed(await runMigrations(production.app))).toEqual([]);
    expect(await indexesOf(connection)).toEqual(migrated);

    const development = await startApi('idx_development', { NODE_ENV: 'development' });
    started.push(development);
    const devConnection = development.app.get<Connection>(getConnectionToken());
    await Promise.all(devConnection.modelNames().map((name) => devConnection.model(name).init()));
    expect(await indexesOf(devConnection)).toEqual(migrated);
  });

  it('`main.js --migrate` builds the indexes on an empty database and says what it built', async () => {
    const uri = testDatabaseUri('idx_command');
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ['dist/apps/api/main.js', '--migrate'], {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'production', MONGODB_URI: uri, JWT_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn' },
      });
      expect(stdout).toMatch(/users: .*\+emailLower_1/);
      const built = Number(/in place: (\d+) built, 0 dropped/.exec(stdout)?.[1]);
      const connection = await mongoose.createConnection(uri).asPromise();
      try {
        const users = await connection.db!.collection('users').indexes();
        expect(users.map((i) => i.name)).toContain('emailLower_1');
        expect(built).toBeGreaterThan(40);
      } finally {
        await connection.close();
      }
    } finally {
      await dropDatabase(uri).catch(() => undefined);
    }
  });
});
