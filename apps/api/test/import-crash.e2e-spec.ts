import { setTimeout as sleep } from 'node:timers/promises';
import type { AuthResult, CohortView, CourseView, ImportJobView } from '@trainaction/contracts';
import { aRegistration, ApiClient } from '@trainaction/testing';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessHarness } from './process-harness';

/**
 * A roster import survives its API process: the built API (dist/apps/api/main.js) is killed (SIGKILL) in the
 * middle of an import, and once an API runs again the import's durable job is taken over when its lease ends
 * and finishes, with every person created and enrolled exactly once.
 */
const ROWS = 400;
const CHUNK = 25;
const harness = new ProcessHarness('importcrash');
/** Short leases and polls, so the test waits seconds, not the default minute. */
const env = { JOBS_LEASE_SECONDS: '2', JOBS_POLL_SECONDS: '0.5' };
let db: Connection;
let node: string;
let coordinator: string;
let cohort: CohortView;

function roster(rows: number): string {
  const countries = ['CR', 'SV', 'GT', 'HN', 'DO'];
  const lines = ['email,name,country,gender,sector,organisation'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `caida${i}@academia.example,Persona ${i},${countries[i % 5]},${i % 2 ? 'man' : 'woman'},public_employee,Ministerio ${i % 7}`,
    );
  return lines.join('\n');
}

beforeAll(async () => {
  node = await harness.api(env);
  const first = new ApiClient(node);
  const input = aRegistration();
  await first.post('/api/auth/register', input);
  db = await mongoose.createConnection(harness.mongodbUri).asPromise();
  await db.collection('users').updateOne({ emailLower: input.email.toLowerCase() }, { $set: { role: 'coordinator' } });
  coordinator = (await first.post<AuthResult>('/api/auth/login', { email: input.email, password: input.password })).body.accessToken;
  const course = (
    await first.post<CourseView>(
      '/api/courses',
      { slug: 'caida', title: { es: 'Curso' }, summary: { es: 'R' }, status: 'published' },
      { token: coordinator },
    )
  ).body;
  cohort = (
    await first.post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name: 'Cohorte importada',
        countries: ['CR', 'SV', 'GT', 'HN', 'DO'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2026-12-01T00:00:00Z',
        timezone: 'America/Guatemala',
      },
      { token: coordinator },
    )
  ).body;
}, 120_000);

afterAll(async () => {
  await db?.close();
  await harness.stop();
});

describe('a roster import interrupted by a crash', () => {
  it('completes after the API restarts, importing every person exactly once', { timeout: 180_000 }, async () => {
    const started = await new ApiClient(node).post<ImportJobView>(
      `/api/cohorts/${cohort.id}/imports`,
      { csv: roster(ROWS) },
      { token: coordinator },
    );
    expect(started.status).toBe(202);
    const importId = started.body.id;
    const imports = db.collection<{ processed: number; status: string }>('import_jobs');
    const importDoc = () => imports.findOne({ _id: new mongoose.Types.ObjectId(importId) });

    // Killed in the middle of a chunk, after the first is recorded: some of its people enrolled, none reported.
    const enrolledNow = () => db.collection('memberships').countDocuments({ cohortId: cohort.id });
    for (let waited = 0; ; waited += 10) {
      const processed = (await importDoc())?.processed ?? 0;
      if (processed >= CHUNK && (await enrolledNow()) > processed) break;
      if (waited > 60_000) throw new Error('the import did not start');
      await sleep(10);
    }
    harness.crash(node);
    await sleep(200);
    const atCrash = (await importDoc())!;
    expect(atCrash.status).toBe('running');
    expect(atCrash.processed).toBeLessThan(ROWS);
    expect(await enrolledNow()).toBeGreaterThan(atCrash.processed);

    const restarted = new ApiClient(await harness.api(env));
    let view!: ImportJobView;
    for (let waited = 0; ; waited += 200) {
      view = (await restarted.get<ImportJobView>(`/api/imports/${importId}`, { token: coordinator })).body;
      if (view.status !== 'running' || waited > 120_000) break;
      await sleep(200);
    }
    expect(view).toMatchObject({ status: 'done', total: ROWS, processed: ROWS });
    expect(view.counts).toEqual({ created_and_enrolled: ROWS, enrolled: 0, already_enrolled: 0, invalid: 0 });
    expect(view.rows.map((r) => r.row)).toEqual(Array.from({ length: ROWS }, (_, i) => i + 2));
    expect(await importDoc()).not.toHaveProperty('reported');

    const emails = Array.from({ length: ROWS }, (_, i) => `caida${i}@academia.example`);
    const users = await db
      .collection('users')
      .find({ emailLower: { $in: emails } }, { projection: { _id: 1 } })
      .toArray();
    expect(users).toHaveLength(ROWS);
    const members = await db
      .collection('memberships')
      .find({ cohortId: cohort.id }, { projection: { userId: 1, importId: 1 } })
      .toArray();
    expect(members).toHaveLength(ROWS);
    expect(new Set(members.map((m) => String(m.userId)))).toEqual(new Set(users.map((u) => String(u._id))));
    expect(members.every((m) => m.importId === importId)).toBe(true);

    // The job was taken over once: the attempt that was killed and the one that finished.
    expect(await db.collection('jobs').findOne({ _id: `roster-import:${importId}` as never })).toMatchObject({
      state: 'done',
      attempts: 2,
    });
    // Everyone got an invitation; only people of the chunk under way at the crash may have got a second one.
    const invitations = await db
      .collection('mail_outbox')
      .find({ template: 'invitation' }, { projection: { to: 1 } })
      .toArray();
    const perPerson = new Map<string, number>();
    for (const mail of invitations) perPerson.set(String(mail.to), (perPerson.get(String(mail.to)) ?? 0) + 1);
    expect(emails.every((e) => (perPerson.get(e) ?? 0) >= 1)).toBe(true);
    expect([...perPerson.values()].filter((n) => n > 1).length).toBeLessThanOrEqual(CHUNK);
  });
});
