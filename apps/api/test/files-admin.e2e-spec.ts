import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { CohortView, CourseView, FileOrphansView, FileView, SubmissionView } from '@trainaction/contracts';
import { FilesService } from '@trainaction/files';
import { SubmissionAttachments } from '@trainaction/submissions';
import { call, connectSocket, pdfBytes } from '@trainaction/testing';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type S3TestServer } from '../../../scripts/lib/s3-server.mjs';
import { createBlobStore } from '../../../libs/files/src/storage/create-blob-store';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

/**
 * Unsent submission files swept after SUBMISSION_DRAFT_MAX_AGE_HOURS, and the admins' orphan check, through the
 * whole API on each backend: the disk and a real S3-compatible server (gofakes3) started here.
 */
const DRAFT_AGE_MS = 4000;
let s3: S3TestServer;

beforeAll(async () => {
  s3 = await startS3Server({ root: resolve(__dirname, '../../..') });
}, 300_000);
afterAll(() => s3?.stop());

const backends: [string, () => Record<string, string>][] = [
  ['disk', () => ({})],
  [
    's3',
    () => ({
      FILES_BACKEND: 's3',
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: s3.bucket,
      S3_ACCESS_KEY_ID: 'test',
      S3_SECRET_ACCESS_KEY: 'test',
    }),
  ],
];

describe.each(backends)('unsent drafts and orphans on %s', (backend, settings) => {
  let api: RunningApi;
  let [learner, coordinator, admin]: SignedIn[] = [];
  let cohort: CohortView;
  let activityId: string;
  const attachments = () => `${api.url}/api/cohorts/${cohort.id}/activities/${activityId}/attachments`;
  const upload = async (name: string) => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(pdfBytes(name))], { type: 'application/pdf' }), name);
    const answer = await fetch(attachments(), { method: 'POST', headers: { authorization: `Bearer ${learner.token}` }, body: form });
    expect(answer.status).toBe(201);
    return ((await answer.json()) as FileView[])[0];
  };
  const submit = async (attachmentIds: string[]) => {
    const socket = await connectSocket(api.url, learner.token);
    const reply = await call<{ submission: SubmissionView }>(socket, 'submission:submit', {
      activityId,
      cohortId: cohort.id,
      clientSubmissionId: randomUUID(),
      body: 'Informe',
      attachmentIds,
    });
    socket.disconnect();
    return reply;
  };
  const orphans = (who?: SignedIn) =>
    fetch(`${api.url}/api/admin/files/orphans`, { headers: who ? { authorization: `Bearer ${who.token}` } : {} });

  beforeAll(async () => {
    api = await startApi(`files_admin_${backend}`, { ...settings(), SUBMISSION_DRAFT_MAX_AGE_HOURS: String(DRAFT_AGE_MS / 3_600_000) });
    [learner, coordinator, admin] = await Promise.all([api.signUp(), api.signUp('coordinator'), api.signUp('admin')]);
    const activity = { kind: 'submission', title: { es: 'Informe' }, prompt: 'Dos páginas', completion: { kind: 'accepted_submission' } };
    const course = (
      await api.client().post<CourseView>(
        '/api/courses',
        {
          slug: `curso-${backend}`,
          title: { es: 'Curso' },
          summary: { es: 'R' },
          status: 'published',
          modules: [{ title: { es: 'M' }, lessons: [], activities: [activity] }],
        },
        { token: coordinator.token },
      )
    ).body;
    activityId = course.modules[0].activities[0].id;
    cohort = (
      await api.client().post<CohortView>(
        '/api/cohorts',
        {
          courseId: course.id,
          name: 'Cohorte',
          countries: ['HN'],
          startsAt: '2026-07-06T14:00:00Z',
          endsAt: '2027-01-30T00:00:00Z',
          timezone: 'America/Tegucigalpa',
        },
        { token: coordinator.token },
      )
    ).body;
    await api
      .client()
      .post(`/api/cohorts/${cohort.id}/enrollments`, { userId: learner.user.id, role: 'learner' }, { token: coordinator.token });
  }, 120_000);
  afterAll(() => api?.close());

  it('shows admins an empty orphan check, and nobody else', async () => {
    const answer = await orphans(admin);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ backend, contentWithoutMetadata: [], metadataWithoutContent: [] });
    expect((await orphans(coordinator)).status).toBe(403);
    expect((await orphans(learner)).status).toBe(403);
    expect((await orphans()).status).toBe(401);
  });

  it('removes unsent files past their age (content and metadata, two sweeps at once) and keeps sent ones', async () => {
    const files = api.app.get(FilesService);
    const sweeper = api.app.get(SubmissionAttachments);
    const drafts = [await upload('borrador-1.pdf'), await upload('borrador-2.pdf')];
    expect(await sweeper.sweepDrafts(new Date())).toBe(0);

    await new Promise((done) => setTimeout(done, DRAFT_AGE_MS + 200));
    // Past its age a draft cannot be sent any more (the sweep may remove it at any moment).
    expect(await submit([drafts[0].id])).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const sent = await upload('enviado.pdf');
    expect(await submit([sent.id])).toMatchObject({ ok: true });
    const fresh = await upload('reciente.pdf');
    const swept = await Promise.all([sweeper.sweepDrafts(new Date()), sweeper.sweepDrafts(new Date())]);
    expect(Math.max(...swept)).toBe(2);
    for (const draft of drafts) expect(await files.find(draft.id)).toBeNull();
    const left = (await (await fetch(attachments(), { headers: { authorization: `Bearer ${learner.token}` } })).json()) as {
      files: FileView[];
    };
    expect(left.files.map((f) => f.id)).toEqual([fresh.id]);
    expect((await fetch(`${api.url}/api/files/${sent.id}`, { headers: { authorization: `Bearer ${learner.token}` } })).status).toBe(200);
    // Nothing of the swept files is left in the store either.
    expect(await (await orphans(admin)).json()).toEqual({ backend, contentWithoutMetadata: [], metadataWithoutContent: [] });
    const stored: string[] = [];
    for await (const key of createBlobStore(api.config.files).keys()) stored.push(key);
    expect(stored.sort()).toEqual([sent.id, fresh.id].sort());
  });

  it('lists content without metadata and metadata without content', async () => {
    const store = createBlobStore(api.config.files);
    const [kept] = (await api.app.get(FilesService).belongingTo('submission-draft', `${learner.user.id}:${cohort.id}:${activityId}`)).map(
      (f) => f.id,
    );
    const stray = new Types.ObjectId().toHexString();
    await store.put(stray, Readable.from([Buffer.from('left behind')]));
    await store.delete(kept);
    const answer = (await (await orphans(admin)).json()) as FileOrphansView;
    expect(answer).toEqual({ backend, contentWithoutMetadata: [stray], metadataWithoutContent: [kept] });
    await store.delete(stray);
  });
});
