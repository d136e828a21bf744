import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedDb } from '../../../../scripts/lib/embedded-db.mjs';

/**
 * The embedded engine's durability settings (tools/embedded-db/main.go and wal_sync.go, issue 19): commits
 * write SQLite's write-ahead log without waiting for the disk (synchronous=NORMAL), the launcher fsyncs the log
 * every 100 ms, and SQLite's automatic checkpoint still copies it into the database file. Each engine here has
 * a folder of its own.
 */
const root = resolve(__dirname, '../../../..');
const MiB = 1024 * 1024;

describe('the embedded engine’s write-ahead log', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'trainaction-wal-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is copied into the database file while writes go on, so it stays small', async () => {
    const dir = folder();
    const engine = await startEmbeddedDb({ root, dataDir: dir });
    const client = await MongoClient.connect(`${engine.uri}/wal`);
    try {
      const docs = client.db().collection('docs');
      const text = 'x'.repeat(8 * 1024);
      // 24 MiB in 300 commits: without the automatic checkpoint the log would hold all of it (32 MiB, measured)
      for (let i = 0; i < 300; i++) await docs.insertMany(Array.from({ length: 10 }, (_, j) => ({ n: i * 10 + j, text })));
      await new Promise((r) => setTimeout(r, 500));
      expect(statSync(join(dir, 'wal.sqlite')).size).toBeGreaterThan(20 * MiB);
      expect(statSync(join(dir, 'wal.sqlite-wal')).size).toBeLessThan(12 * MiB);
      expect(await docs.countDocuments()).toBe(3000);
    } finally {
      await client.close();
      await engine.stop();
    }
  });

  it('keeps every acknowledged write when the engine is killed', async () => {
    const dir = folder();
    const first = await startEmbeddedDb({ root, dataDir: dir });
    const writer = await MongoClient.connect(`${first.uri}/wal`);
    for (let i = 0; i < 200; i++) await writer.db().collection('docs').insertOne({ n: i });
    first.process.kill('SIGKILL');
    await new Promise((r) => first.process.once('exit', r));
    await writer.close(true);

    const second = await startEmbeddedDb({ root, dataDir: dir });
    const reader = await MongoClient.connect(`${second.uri}/wal`);
    try {
      const stored = await reader
        .db()
        .collection('docs')
        .find({}, { sort: { n: 1 }, projection: { _id: 0, n: 1 } })
        .toArray();
      expect(stored.map((d) => d.n)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    } finally {
      await reader.close();
      await second.stop();
    }
  });
});
