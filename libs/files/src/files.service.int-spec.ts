import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { dropDatabase, elfBytes, pdfBytes, testDatabaseUri } from '@trainaction/testing';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type S3TestServer } from '../../../scripts/lib/s3-server.mjs';
import { STORED_FILE_MODEL, StoredFileSchema, type StoredFileDoc } from './file.schema';
import { FilesRepository } from './files.repository';
import { FilesService } from './files.service';
import type { BlobStore } from './storage/blob-store';
import { DiskBlobStore } from './storage/disk-blob-store';
import { S3BlobStore } from './storage/s3-blob-store';

/**
 * One contract, both backends: the local disk and S3 (a real S3-compatible server, gofakes3, started here).
 * Metadata on the embedded database.
 */
const MB = 1024 * 1024;
const owner = 'a'.repeat(24);
const belongsTo = { kind: 'test-thing', id: 'thing-1' };

/** `total` bytes of a repeatable pattern, produced a chunk at a time as the consumer pulls. */
function generated(total: number, chunk = 256 * 1024, head = pdfBytes()): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) return this.push(null);
      const size = Math.min(chunk, total - sent);
      const bytes = Buffer.alloc(size, sent % 251);
      if (sent === 0) head.copy(bytes, 0, 0, Math.min(head.length, size));
      sent += size;
      this.push(bytes);
    },
  });
}

async function keysOf(blobs: BlobStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of blobs.keys()) keys.push(key);
  return keys;
}

let uri: string;
let connection: Connection;
let repo: FilesRepository;
let s3: S3TestServer;
let diskRoot: string;

beforeAll(async () => {
  uri = testDatabaseUri('files');
  connection = await mongoose.createConnection(uri, { autoIndex: true, bufferCommands: false }).asPromise();
  const model = connection.model<StoredFileDoc>(STORED_FILE_MODEL, StoredFileSchema);
  await model.init();
  repo = new FilesRepository(model);
  s3 = await startS3Server({ root: resolve(__dirname, '../../..') });
  diskRoot = mkdtempSync(join(tmpdir(), 'trainaction-files-'));
}, 300_000);

afterAll(async () => {
  await connection?.close();
  await dropDatabase(uri);
  await s3?.stop();
  rmSync(diskRoot, { recursive: true, force: true });
});

const backends: [string, () => BlobStore][] = [
  ['disk', () => new DiskBlobStore(join(diskRoot, 'files'))],
  [
    's3',
    () =>
      new S3BlobStore({
        endpoint: s3.endpoint,
        bucket: s3.bucket,
        region: 'us-east-1',
        accessKeyId: 'test',
        secretAccessKey: 'test',
        forcePathStyle: true,
      }),
  ],
];

describe.each(backends)(`${FilesService.name} on %s`, (_name, makeStore) => {
  let blobs: BlobStore;
  let sut: FilesService;

  beforeAll(async () => {
    await connection.collection('stored_files').deleteMany({});
    blobs = makeStore();
    sut = new FilesService(repo, blobs);
  });

  it('stores a PDF with its type, size and checksum, and reads it back whole and by range', async () => {
    const bytes = pdfBytes('Informe de la actividad');
    const file = await sut.store({
      ownerId: owner,
      belongsTo,
      name: 'Informe ñ.pdf',
      stream: Readable.from([bytes]),
      maxBytes: MB,
      allowed: ['pdf'],
    });
    expect(file).toMatchObject({ ownerId: owner, belongsTo, name: 'Informe ñ.pdf', size: bytes.length, type: 'pdf' });
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await buffer(await sut.open(file))).toEqual(bytes);
    expect(await buffer(await sut.open(file, { start: 5, end: 14 }))).toEqual(bytes.subarray(5, 15));
    expect((await sut.belongingTo(belongsTo.kind, belongsTo.id)).map((f) => f.id)).toContain(file.id);
  });

  it('refuses an executable named .pdf with 415 and keeps nothing', async () => {
    const before = await keysOf(blobs);
    const refusal = sut.store({
      ownerId: owner,
      belongsTo: { kind: 'refused', id: '1' },
      name: 'informe.pdf',
      stream: Readable.from([elfBytes()]),
      maxBytes: MB,
      allowed: ['pdf'],
    });
    await expect(refusal).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', status: 415 });
    expect(await keysOf(blobs)).toEqual(before);
    expect(await sut.belongingTo('refused', '1')).toEqual([]);
  });

  it('refuses a PDF named .docx (the name must agree with the bytes)', async () => {
    const refusal = sut.store({
      ownerId: owner,
      belongsTo,
      name: 'informe.docx',
      stream: Readable.from([pdfBytes()]),
      maxBytes: MB,
      allowed: ['pdf', 'docx'],
    });
    await expect(refusal).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
  });

  it('refuses content past maxBytes with 413 mid-stream, after parts were sent, and keeps nothing', async () => {
    const before = await keysOf(blobs);
    const refusal = sut.store({
      ownerId: owner,
      belongsTo: { kind: 'refused', id: '2' },
      name: 'grande.pdf',
      stream: generated(14 * MB),
      maxBytes: 12 * MB,
      allowed: ['pdf'],
    });
    await expect(refusal).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', status: 413 });
    expect(await keysOf(blobs)).toEqual(before);
    expect(await sut.belongingTo('refused', '2')).toEqual([]);
    expect(await sut.orphans()).toEqual({ contentWithoutMetadata: [], metadataWithoutContent: [] });
  });

  it('streams a file of many parts (30 MB in 256 KB chunks) with the right checksum and ranges', async () => {
    const hash = createHash('sha256');
    for await (const chunk of generated(30 * MB)) hash.update(chunk as Buffer);
    const heapBefore = process.memoryUsage().heapUsed;
    const file = await sut.store({
      ownerId: owner,
      belongsTo,
      name: 'video-largo.pdf',
      stream: generated(30 * MB),
      maxBytes: 40 * MB,
      allowed: ['pdf'],
    });
    expect(file.size).toBe(30 * MB);
    expect(file.sha256).toBe(hash.digest('hex'));
    // Never whole in memory: the heap grew by much less than the file.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(25 * MB);
    const tail = await buffer(await sut.open(file, { start: 30 * MB - 10, end: 30 * MB - 1 }));
    expect(tail).toEqual(Buffer.alloc(10, (30 * MB - 256 * 1024) % 251));
  });

  it('deletes content and metadata, by id, by what files belong to and by owner', async () => {
    const store = (ownerId: string, id: string) =>
      sut.store({
        ownerId,
        belongsTo: { kind: 'deleting', id },
        name: 'a.pdf',
        stream: Readable.from([pdfBytes()]),
        maxBytes: MB,
        allowed: ['pdf'],
      });
    const one = await store(owner, 'x');
    const two = await store(owner, 'y');
    const other = 'b'.repeat(24);
    await store(other, 'z');
    await store(other, 'z');
    await sut.delete(one.id);
    expect(await sut.find(one.id)).toBeNull();
    await expect(sut.open(one)).rejects.toThrow(/No stored content/);
    expect(await sut.deleteBelongingTo('deleting', 'z')).toBe(2);
    expect(await sut.deleteOwnedBy(owner)).toBeGreaterThanOrEqual(1);
    expect(await sut.find(two.id)).toBeNull();
    expect(await sut.orphans()).toEqual({ contentWithoutMetadata: [], metadataWithoutContent: [] });
  });

  it('deletes the files of a kind created before a moment, content and metadata, safely from two callers at once', async () => {
    const store = (kind: string) =>
      sut.store({
        ownerId: owner,
        belongsTo: { kind, id: 'd' },
        name: 'borrador.pdf',
        stream: Readable.from([pdfBytes()]),
        maxBytes: MB,
        allowed: ['pdf'],
      });
    const old = await Promise.all([store('draft'), store('draft'), store('draft')]);
    const otherKind = await store('kept');
    const cutoff = new Date();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const fresh = await store('draft');
    const counts = await Promise.all([sut.deleteCreatedBefore('draft', cutoff, 2), sut.deleteCreatedBefore('draft', cutoff, 2)]);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(1);
    for (const file of old) {
      expect(await sut.find(file.id)).toBeNull();
      await expect(sut.open(file)).rejects.toThrow(/No stored content/);
    }
    const keys = await keysOf(blobs);
    expect(keys).toEqual(expect.arrayContaining([fresh.id, otherKind.id]));
    expect(keys).not.toEqual(expect.arrayContaining([old[0].id]));
    expect(await sut.deleteCreatedBefore('draft', cutoff)).toBe(0);
    expect(await sut.orphans()).toEqual({ contentWithoutMetadata: [], metadataWithoutContent: [] });
    for (const file of [fresh, otherKind]) await sut.delete(file.id);
  });

  it('lists content without metadata and metadata without content', async () => {
    const file = await sut.store({
      ownerId: 'c'.repeat(24),
      belongsTo,
      name: 'b.pdf',
      stream: Readable.from([pdfBytes()]),
      maxBytes: MB,
      allowed: ['pdf'],
    });
    await blobs.delete(file.id);
    const stray = new mongoose.Types.ObjectId().toHexString();
    await blobs.put(stray, Readable.from([Buffer.from('left behind')]));
    expect(await sut.orphans()).toEqual({ contentWithoutMetadata: [stray], metadataWithoutContent: [file.id] });
    await blobs.delete(stray);
    await repo.delete(file.id);
  });
});
