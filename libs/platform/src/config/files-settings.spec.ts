import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

const dataDir = mkdtempSync(join(tmpdir(), 'ta-files-config-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const base = { MONGODB_URI: 'mongodb://127.0.0.1/x', DATA_DIR: dataDir, JWT_SECRET: 'x'.repeat(32) };

describe('file storage settings', () => {
  it('stores on the disk under DATA_DIR/files by default, 3 files of 10 MB per submission version, drafts kept a day', () => {
    expect(loadConfig(base).files).toEqual({
      backend: 'disk',
      diskRoot: join(dataDir, 'files'),
      s3: undefined,
      submission: { maxFiles: 3, maxBytes: 10 * 1024 * 1024 },
      drafts: { maxAgeMs: 24 * 3_600_000, sweepIntervalMs: 900_000 },
    });
  });

  it('removes unsent drafts after SUBMISSION_DRAFT_MAX_AGE_HOURS (fractions allowed), swept every DRAFT_SWEEP_INTERVAL_SECONDS', () => {
    const config = loadConfig({ ...base, SUBMISSION_DRAFT_MAX_AGE_HOURS: '0.5', DRAFT_SWEEP_INTERVAL_SECONDS: '0' });
    expect(config.files.drafts).toEqual({ maxAgeMs: 1_800_000, sweepIntervalMs: 0 });
    expect(() => loadConfig({ ...base, SUBMISSION_DRAFT_MAX_AGE_HOURS: '0' })).toThrow(/SUBMISSION_DRAFT_MAX_AGE_HOURS/);
    expect(() => loadConfig({ ...base, DRAFT_SWEEP_INTERVAL_SECONDS: '-1' })).toThrow(/DRAFT_SWEEP_INTERVAL_SECONDS/);
  });

  it('reads the S3 settings, with path-style addressing when an endpoint is named', () => {
    const config = loadConfig({
      ...base,
      FILES_BACKEND: 's3',
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'academia',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    });
    expect(config.files.s3).toEqual({
      endpoint: 'http://minio:9000',
      bucket: 'academia',
      region: 'us-east-1',
      accessKeyId: 'k',
      secretAccessKey: 's',
      forcePathStyle: true,
    });
    expect(loadConfig({ ...base, FILES_BACKEND: 's3', S3_BUCKET: 'academia' }).files.s3?.forcePathStyle).toBe(false);
  });

  it('names what is wrong: a missing bucket for s3, a bad bucket name, a bad endpoint', () => {
    expect(() => loadConfig({ ...base, FILES_BACKEND: 's3' })).toThrow(/S3_BUCKET: required when FILES_BACKEND=s3/);
    expect(() => loadConfig({ ...base, S3_BUCKET: 'Bad_Bucket' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
    expect(() => loadConfig({ ...base, FILES_BACKEND: 'ftp' })).toThrow(/FILES_BACKEND/);
  });
});
