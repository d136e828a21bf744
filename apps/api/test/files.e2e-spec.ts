import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CohortView, CourseView, FileView, SubmissionView } from '@trainaction/contracts';
import { FilesService } from '@trainaction/files';
import { call, connectSocket, elfBytes, pdfBytes } from '@trainaction/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

/** Uploads, downloads and access to stored files over real HTTP, on the disk backend (DATA_DIR/files). */
let api: RunningApi;
let coordinator: SignedIn;
let [learner, peer, outsider, moderator, admin]: SignedIn[] = [];
let cohort: CohortView;
let activityId: string;

function attachmentsPath(cohortId = cohort.id) {
  return `${api.url}/api/cohorts/${cohortId}/activities/${activityId}/attachments`;
}

async function upload(who: SignedIn, files: { name: string; bytes: Buffer; type?: string }[], cohortId = cohort.id) {
  const form = new FormData();
  for (const file of files)
    form.append('files', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/pdf' }), file.name);
  const response = await fetch(attachmentsPath(cohortId), {
    method: 'POST',
    headers: { authorization: `Bearer ${who.token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as FileView[] & { error?: { code: string } } };
}

function get(who: SignedIn, path: string, headers: Record<string, string> = {}) {
  return fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${who.token}`, ...headers } });
}

/** Every content file under DATA_DIR/files (finished or partial). */
function storedContent(): string[] {
  const root = api.config.files.diskRoot;
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  try {
    return walk(root);
  } catch {
    return [];
  }
}

beforeAll(async () => {
  api = await startApi('files', { SUBMISSION_MAX_FILE_BYTES: String(10 * 1024 * 1024) });
  [coordinator, learner, peer, outsider, moderator, admin] = await Promise.all([
    api.signUp('coordinator'),
    api.signUp('learner'),
    api.signUp('learner'),
    api.signUp('learner'),
    api.signUp('moderator'),
    api.signUp('admin'),
  ]);
  const course = (
    await api.client().post<CourseView>(
      '/api/courses',
      {
        slug: 'curso-archivos',
        title: { es: 'Curso' },
        summary: { es: 'R' },
        status: 'published',
        modules: [
          {
            title: { es: 'M1' },
            lessons: [],
            activities: [
              { kind: 'submission', title: { es: 'Informe' }, prompt: 'Máximo dos páginas', completion: { kind: 'accepted_submission' } },
            ],
          },
        ],
      },
      { token: coordinator.token },
    )
  ).body;
  activityId = course.modules[0].activities[0].id;
  const create = (name: string) =>
    api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name,
        countries: ['HN'],
        startsAt: '2026-07-06T14:00:00Z',
        endsAt: '2027-01-30T00:00:00Z',
        timezone: 'America/Tegucigalpa',
      },
      { token: coordinator.token },
    );
  cohort = (await create('Cohorte archivos')).body;
  const other = (await create('Otra cohorte')).body;
  const enrol = (cohortId: string, who: SignedIn, role = 'learner') =>
    api.client().post(`/api/cohorts/${cohortId}/enrollments`, { userId: who.user.id, role }, { token: coordinator.token });
  await Promise.all([
    enrol(cohort.id, learner),
    enrol(cohort.id, peer),
    enrol(cohort.id, moderator, 'moderator'),
    enrol(other.id, outsider),
  ]);
}, 120_000);
afterAll(() => api?.close());

describe('submission attachments over HTTP', () => {
  let submission: SubmissionView;
  const first = pdfBytes('Informe: primera parte');
  const second = pdfBytes('Informe: anexos');

  it('sends a version with two PDFs; the moderator opens both and the learner sees them', async () => {
    const uploaded = await upload(learner, [
      { name: 'Informe parte 1.pdf', bytes: first },
      { name: 'Anexos ñ.pdf', bytes: second },
    ]);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.map((f) => [f.name, f.type, f.size])).toEqual([
      ['Informe parte 1.pdf', 'pdf', first.length],
      ['Anexos ñ.pdf', 'pdf', second.length],
    ]);
    const socket = await connectSocket(api.url, learner.token);
    const reply = await call<{ submission: SubmissionView }>(socket, 'submission:submit', {
      activityId,
      cohortId: cohort.id,
      clientSubmissionId: randomUUID(),
      body: 'Adjunto el informe',
      attachmentIds: uploaded.body.map((f) => f.id),
    });
    socket.disconnect();
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    submission = reply.data.submission;
    expect(submission.versions[0].attachments.map((f) => f.name)).toEqual(['Informe parte 1.pdf', 'Anexos ñ.pdf']);

    const review = (await api.client().get<SubmissionView>(`/api/submissions/${submission.id}`, { token: moderator.token })).body;
    for (const [i, file] of review.versions[0].attachments.entries()) {
      const opened = await get(moderator, `/api/files/${file.id}`);
      expect(opened.status).toBe(200);
      expect(Buffer.from(await opened.arrayBuffer())).toEqual(i === 0 ? first : second);
      expect(opened.headers.get('content-type')).toBe('application/pdf');
      expect(opened.headers.get('content-disposition')).toMatch(/^inline; filename="[^"]+"; filename\*=UTF-8''/);
      expect(opened.headers.get('x-content-type-options')).toBe('nosniff');
      expect(opened.headers.get('cache-control')).toMatch(/^private/);
    }
    const download = await get(moderator, `/api/files/${review.versions[0].attachments[1].id}?download=1`);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="Anexos n.pdf"; filename*=UTF-8''Anexos%20%C3%B1.pdf`);
    await download.arrayBuffer();
    const mine = (await api.client().get<SubmissionView>(`/api/submissions/${submission.id}`, { token: learner.token })).body;
    expect(mine.versions[0].attachments).toHaveLength(2);
    expect((await get(learner, `/api/files/${mine.versions[0].attachments[0].id}`)).status).toBe(200);
  });

  it('answers a Range request with 206 and exactly those bytes, and 416 past the end', async () => {
    const file = submission.versions[0].attachments[0];
    const partial = await get(moderator, `/api/files/${file.id}`, { range: 'bytes=10-29' });
    expect(partial.status).toBe(206);
    expect(partial.headers.get('content-range')).toBe(`bytes 10-29/${first.length}`);
    expect(Buffer.from(await partial.arrayBuffer())).toEqual(first.subarray(10, 30));
    const suffix = await get(moderator, `/api/files/${file.id}`, { range: 'bytes=-5' });
    expect(Buffer.from(await suffix.arrayBuffer())).toEqual(first.subarray(first.length - 5));
    const past = await get(moderator, `/api/files/${file.id}`, { range: `bytes=${first.length + 10}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${first.length}`);
  });

  it('answers the Range edge cases: open end, long suffix, -0, several ranges, a bad header', async () => {
    const file = submission.versions[0].attachments[0];
    const size = first.length;
    const ranged = async (range: string) => {
      const answer = await get(moderator, `/api/files/${file.id}`, { range });
      return { status: answer.status, range: answer.headers.get('content-range'), body: Buffer.from(await answer.arrayBuffer()) };
    };
    expect(await ranged('bytes=100-')).toEqual({ status: 206, range: `bytes 100-${size - 1}/${size}`, body: first.subarray(100) });
    expect(await ranged(`bytes=-${size + 500}`)).toEqual({ status: 206, range: `bytes 0-${size - 1}/${size}`, body: first });
    expect(await ranged('bytes=-0')).toEqual({ status: 416, range: `bytes */${size}`, body: Buffer.alloc(0) });
    expect(await ranged('bytes=0-9,5-19')).toEqual({ status: 206, range: `bytes 0-19/${size}`, body: first.subarray(0, 20) });
    expect(await ranged('bytes=0-1,10-11')).toEqual({ status: 200, range: null, body: first });
    expect(await ranged('bytes=9-2')).toEqual({ status: 200, range: null, body: first });
  });

  it('answers HEAD with the headers of GET and no content, to the same people', async () => {
    const file = submission.versions[0].attachments[0];
    const head = (who: SignedIn, range?: string) =>
      fetch(`${api.url}/api/files/${file.id}`, {
        method: 'HEAD',
        headers: { authorization: `Bearer ${who.token}`, ...(range ? { range } : {}) },
      });
    const whole = await head(moderator);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-length')).toBe(String(first.length));
    expect(whole.headers.get('content-type')).toBe('application/pdf');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await whole.arrayBuffer()).byteLength).toBe(0);
    const part = await head(moderator, 'bytes=10-29');
    expect([part.status, part.headers.get('content-range'), part.headers.get('content-length')]).toEqual([
      206,
      `bytes 10-29/${first.length}`,
      '20',
    ]);
    expect((await head(outsider)).status).toBe(404);
    expect((await head(peer)).status).toBe(404);
  });

  it('answers 404 to a learner of another cohort, to a peer, and for an unknown id', async () => {
    const file = submission.versions[0].attachments[0];
    expect((await get(outsider, `/api/files/${file.id}`)).status).toBe(404);
    expect((await get(peer, `/api/files/${file.id}`)).status).toBe(404);
    expect((await get(learner, `/api/files/${'0'.repeat(24)}`)).status).toBe(404);
    expect((await get(learner, `/api/files/not-an-id`)).status).toBe(404);
    expect((await api.client().get(`/api/files/${file.id}`)).status).toBe(401);
  });

  it('refuses an executable renamed .pdf with 415 and keeps nothing', async () => {
    const before = storedContent();
    const refused = await upload(peer, [{ name: 'informe.pdf', bytes: elfBytes() }]);
    expect(refused.status).toBe(415);
    expect(refused.body.error?.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(storedContent()).toEqual(before);
  });

  it('refuses a 50 MB file over the 10 MB limit with 413, keeping nothing on disk or in the database', async () => {
    const files = api.app.get(FilesService);
    const before = storedContent();
    const big = Buffer.alloc(50 * 1024 * 1024, 7);
    pdfBytes().copy(big);
    const refused = await upload(peer, [{ name: 'enorme.pdf', bytes: big }]);
    expect(refused.status).toBe(413);
    expect(refused.body.error?.code).toBe('FILE_TOO_LARGE');
    expect(storedContent()).toEqual(before);
    expect(await files.orphans()).toEqual({ contentWithoutMetadata: [], metadataWithoutContent: [] });
    const drafts = await fetch(attachmentsPath(), { headers: { authorization: `Bearer ${peer.token}` } });
    expect(await drafts.json()).toEqual({ files: [], maxFiles: 3, maxBytes: 10 * 1024 * 1024 });
  });

  it('refuses a fourth file (3 per version) and files of one request all or nothing', async () => {
    const four = Array.from({ length: 4 }, (_, i) => ({ name: `parte-${i}.pdf`, bytes: pdfBytes(`Parte ${i}`) }));
    const refused = await upload(peer, four);
    expect(refused.status).toBe(413);
    expect(refused.body.error?.code).toBe('TOO_MANY_FILES');
    const mixed = await upload(peer, [
      { name: 'bien.pdf', bytes: pdfBytes() },
      { name: 'mal.pdf', bytes: elfBytes() },
    ]);
    expect(mixed.status).toBe(415);
    const drafts = await fetch(attachmentsPath(), { headers: { authorization: `Bearer ${peer.token}` } });
    expect(await drafts.json()).toEqual({ files: [], maxFiles: 3, maxBytes: 10 * 1024 * 1024 });
  });

  it('refuses attachment ids that are not the learner’s own unsent files', async () => {
    const socket = await connectSocket(api.url, peer.token);
    const stolen = submission.versions[0].attachments[0].id;
    const reply = await call(socket, 'submission:submit', {
      activityId,
      cohortId: cohort.id,
      clientSubmissionId: randomUUID(),
      body: 'Copia',
      attachmentIds: [stolen],
    });
    socket.disconnect();
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect((await upload(outsider, [{ name: 'a.pdf', bytes: pdfBytes() }])).status).toBe(404);
  });

  it('removes the person’s files when their account is erased', async () => {
    const files = api.app.get(FilesService);
    const ids = submission.versions[0].attachments.map((f) => f.id);
    const erased = await fetch(`${api.url}/api/users/${learner.user.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(erased.status).toBeLessThan(300);
    for (const id of ids) expect(await files.find(id)).toBeNull();
    expect(await files.orphans()).toEqual({ contentWithoutMetadata: [], metadataWithoutContent: [] });
    const review = (await api.client().get<SubmissionView>(`/api/submissions/${submission.id}`, { token: moderator.token })).body;
    expect(review.versions[0].attachments).toEqual([]);
  });
});
