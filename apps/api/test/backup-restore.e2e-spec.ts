import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { AuthResult, CourseInput, CourseView, LessonMediaView, UserView } from '@trainaction/contracts';
import { getConnectionToken } from '@nestjs/mongoose';
import { pdfBytes } from '@trainaction/testing';
import type { Connection } from 'mongoose';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedDb } from '../../../scripts/lib/embedded-db.mjs';
import { startApi, type RunningApi } from './api-harness';

/**
 * Issue 25: `npm run backup` copies a running embedded setup (database, files, JWT secret) and `npm run restore`
 * brings it back in a new DATA_DIR, where an API started on it serves what was there, old tokens included.
 */
const root = resolve(__dirname, '../../..');
const run = promisify(execFile);
const READING = pdfBytes('Lectura respaldada');
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined);
});

function folder(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `trainaction-${label}-`));
  cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** An embedded engine on `dataDir/db` and an API on it with `dataDir` (its JWT secret generated there). */
async function stackOn(dataDir: string, label: string): Promise<RunningApi> {
  const engine = await startEmbeddedDb({ root, dataDir: join(dataDir, 'db') });
  cleanup.push(() => engine.stop());
  const api = await startApi(label, { MONGODB_URI: `${engine.uri}/trainaction`, DATA_DIR: dataDir });
  cleanup.push(() => api.close());
  return api;
}

const course = (slug: string): CourseInput => ({
  slug,
  title: { es: `Curso ${slug}` },
  summary: { es: 'Resumen' },
  topics: [],
  status: 'published',
  modules: [{ title: { es: 'M1' }, lessons: [{ kind: 'text', title: { es: 'Lectura' }, body: 'Hola' }], activities: [] }],
});

describe('npm run backup / npm run restore (embedded database)', () => {
  it('backs up while the API writes, and an API on the restored DATA_DIR serves the data, files and old tokens', async () => {
    const original = await stackOn(folder('original'), 'backup');
    const coordinator = await original.signUp('coordinator');
    const saved = (await original.client().post<CourseView>('/api/courses', course('respaldo'), { token: coordinator.token })).body;
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(READING)]), 'lectura.pdf');
    const attached = await fetch(`${original.url}/api/lessons/${saved.modules[0].lessons[0].id}/media?kind=document`, {
      method: 'POST',
      headers: { authorization: `Bearer ${coordinator.token}` },
      body: form,
    });
    expect(attached.status).toBe(201);
    const { fileId } = (await attached.json()) as LessonMediaView;

    // Courses keep being created while the copy is taken.
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing)
        expect((await original.client().post('/api/courses', course(`carga-${n++}`), { token: coordinator.token })).status).toBe(201);
      return n;
    })();
    const backup = join(folder('backup'), 'copy');
    const env = { ...process.env, DATA_DIR: original.config.dataDir, MONGODB_URI: '' };
    const made = await run(process.execPath, ['scripts/backup.mjs', backup], { cwd: root, env });
    writing = false;
    const createdDuring = await writer;
    expect(createdDuring).toBeGreaterThan(0);
    expect(made.stdout).toMatch(/databases: trainaction\.sqlite; files: 1; JWT secret: yes/);
    expect(JSON.parse(readFileSync(join(backup, 'trainaction-backup.json'), 'utf8'))).toMatchObject({ databases: ['trainaction.sqlite'] });

    const target = folder('restored');
    const restoredOut = await run(process.execPath, ['scripts/restore.mjs', backup], { cwd: root, env: { ...env, DATA_DIR: target } });
    expect(restoredOut.stdout).toContain(`into ${target}`);
    const restored = await stackOn(target, 'restored');

    // The access token signed before the backup is valid: the generated JWT secret came back with the sessions.
    const me = await restored.client().get<UserView>('/api/me', { token: coordinator.token });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(coordinator.input.email);
    const login = await restored
      .client()
      .post<AuthResult>('/api/auth/login', { email: coordinator.input.email, password: coordinator.input.password });
    expect(login.status).toBe(200);
    expect((await restored.client().get<CourseView>('/api/courses/respaldo', { token: login.body.accessToken })).body.id).toBe(saved.id);
    const file = await fetch(`${restored.url}/api/files/${fileId}`, { headers: { authorization: `Bearer ${login.body.accessToken}` } });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(READING)).toBe(true);
    // The copy is one moment of the database: the courses made during it are there up to some point, each whole.
    const courses = restored.app.get<Connection>(getConnectionToken()).db!.collection('courses');
    const slugs = (await courses.find({ slug: /^carga-/ }).toArray()).map((c) => String(c.slug));
    expect(slugs.length).toBeLessThanOrEqual(createdDuring);
    expect(slugs.sort()).toEqual(Array.from({ length: slugs.length }, (_, i) => `carga-${i}`).sort());
    for (const slug of slugs.slice(-3))
      expect((await restored.client().get<CourseView>(`/api/courses/${slug}`, { token: login.body.accessToken })).status).toBe(200);

    // A restore never overwrites a database.
    const again = await run(process.execPath, ['scripts/restore.mjs', backup], { cwd: root, env: { ...env, DATA_DIR: target } }).catch(
      (e) => e,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/holds a database already \(trainaction\.sqlite\)/);
  });
});
