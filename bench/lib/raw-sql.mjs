// The raw SQL baseline of the `day` scenario: bench/raw-sql (a small Go program on modernc.org/sqlite, the
// SQLite the embedded database is built with) times SQL statements on the SQLite file itself, opened
// read-only while no engine runs on it. Built into .cache/bin when missing or changed, like the launcher.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../scripts/lib/processes.mjs';

async function ensureRawSql(root) {
  const dir = join(root, 'bench', 'raw-sql');
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum', 'main.go']) hash.update(file).update(readFileSync(join(dir, file)));
  const digest = hash.digest('hex');
  const binary = join(root, '.cache', 'bin', 'bench-raw-sql');
  const stamp = `${binary}.stamp`;
  if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return binary;
  mkdirSync(join(root, '.cache', 'bin'), { recursive: true });
  await run('go', ['build', '-trimpath', '-o', binary, '.'], { cwd: dir, env: { ...process.env, CGO_ENABLED: '0' } });
  writeFileSync(stamp, digest);
  return binary;
}

/**
 * Times each op's statements `runs` times on `file`: [{ name, ms: [per run], rows: [per statement], plans }].
 * An op is { name, statements: [{ sql, args }] }; a run executes its statements one after the other.
 */
export async function timeRawSql({ root, file, runs, ops }) {
  const binary = await ensureRawSql(root);
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`bench-raw-sql exited (${code})`))));
    child.stdin.end(JSON.stringify({ file, runs, ops }));
  });
}

// SQL on the expressions FerretDB indexes a top-level field by (tools/embedded-db/_patches/pushdown.go).
/** The indexed expression of a top-level field. */
export const col = (field) => `_ferretdb_sjson->'${field}'`;
/** A string's or an ObjectId's stored JSON text (what the index holds). */
export const text = (value) => JSON.stringify(value);

/** FerretDB's table of each collection, from its metadata table. */
export async function tableNames({ root, file }) {
  const statements = [{ sql: 'SELECT name, table_name FROM _ferretdb_collections', values: true }];
  const [result] = await timeRawSql({ root, file, runs: 1, ops: [{ name: 'tables', statements }] });
  return Object.fromEntries(result.values[0]);
}
