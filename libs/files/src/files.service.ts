import { Injectable, Logger } from '@nestjs/common';
import { AppError, newId } from '@trainaction/platform';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ContentInspector } from './content-inspector';
import { FileAccess } from './file-access';
import type { BelongsTo, FileRecord, StoreFileInput } from './file-record';
import { FILE_TYPES, typeOfName } from './file-types';
import { FilesRepository } from './files.repository';
import { safeFileName } from './safe-name';
import { BlobStore, type ByteRange } from './storage/blob-store';

export interface FileOrphans {
  /** Stored content that no metadata names. */
  contentWithoutMetadata: string[];
  /** Metadata whose content is gone. */
  metadataWithoutContent: string[];
}

/**
 * Stores, finds and deletes files: metadata in `stored_files`, content in the blob store (disk or S3) under
 * the same id. Content is streamed and checked on the way (ContentInspector); on any failure nothing is kept.
 * Who may read a file is not decided here but by FileAccess.
 */
@Injectable()
export class FilesService {
  private readonly logger = new Logger(FilesService.name);

  constructor(
    private readonly repo: FilesRepository,
    private readonly blobs: BlobStore,
    private readonly access: FileAccess = new FileAccess(),
  ) {}

  /** Where content is stored (`FILES_BACKEND`). */
  get backend(): 'disk' | 's3' {
    return this.blobs.kind;
  }

  async store(input: StoreFileInput): Promise<FileRecord> {
    const id = newId();
    let name = safeFileName(input.name);
    const inspector = new ContentInspector(name, input.maxBytes, input.allowed);
    const feeding = pipeline(input.stream, inspector).catch(() => undefined);
    try {
      await this.blobs.put(id, inspector);
      await feeding;
      if (inspector.failure) throw inspector.failure;
    } catch (error) {
      // The body may have failed before the store even started: make sure nothing is left under the id.
      await this.blobs.delete(id).catch(() => undefined);
      if (!input.stream.destroyed) input.stream.resume();
      throw inspector.failure ?? error;
    }
    const type = inspector.type!;
    if (typeOfName(name) === undefined) name = `${name}.${FILE_TYPES[type].extensions[0]}`;
    const record: FileRecord = {
      id,
      ownerId: input.ownerId,
      belongsTo: { kind: input.belongsTo.kind, id: input.belongsTo.id },
      name,
      size: inspector.byteCount,
      type,
      sha256: inspector.sha256,
      createdAt: new Date(),
    };
    try {
      await this.repo.insert(record);
    } catch (error) {
      await this.blobs.delete(id).catch(() => undefined);
      throw error;
    }
    return record;
  }

  find(id: string): Promise<FileRecord | null> {
    return this.repo.findById(id);
  }

  findMany(ids: string[]): Promise<FileRecord[]> {
    return this.repo.findByIds(ids);
  }

  belongingTo(kind: string, id: string): Promise<FileRecord[]> {
    return this.repo.belongingTo(kind, id);
  }

  /** Moves files to another owner-thing (e.g. draft attachments to the version they were sent with). */
  reassign(ids: string[], belongsTo: BelongsTo): Promise<void> {
    return this.repo.reassign(ids, belongsTo);
  }

  /** The content, whole or one inclusive byte range; throws NOT_FOUND when it is missing. */
  async open(file: FileRecord, range?: ByteRange): Promise<Readable> {
    return this.blobs.read(file.id, range);
  }

  /** Content first, then metadata: an interruption leaves metadata without content, which `orphans` lists. */
  async delete(id: string): Promise<void> {
    const file = await this.repo.findById(id);
    if (!file) throw AppError.notFound('File');
    await this.blobs.delete(id);
    await this.repo.delete(id);
  }

  async deleteBelongingTo(kind: string, id: string): Promise<number> {
    return this.deleteAll(await this.repo.belongingTo(kind, id));
  }

  /** Account erasure: every file the person uploaded, except kinds registered `keepOnErasure` (course media). */
  async deleteOwnedBy(userId: string): Promise<number> {
    return this.deleteAll((await this.repo.ownedBy(userId)).filter((f) => !this.access.keptOnErasure(f.belongsTo.kind)));
  }

  /**
   * Files of `kind` created before `cutoff` (unsent drafts past their age): content, then metadata, a batch at a
   * time. Safe on several nodes at once: deleting what another node deleted already is not an error, and each
   * file is counted by whoever found it. Returns how many were found.
   */
  async deleteCreatedBefore(kind: string, cutoff: Date, batch = 200): Promise<number> {
    const seen = new Set<string>();
    for (;;) {
      // A file met twice was not deleted (another writer put it back): stop rather than loop.
      const files = (await this.repo.createdBefore(kind, cutoff, batch)).filter((f) => !seen.has(f.id));
      if (files.length === 0) return seen.size;
      for (const file of files) seen.add(file.id);
      await this.deleteAll(files);
    }
  }

  /** Content without metadata and metadata without content (a check; nothing is changed). */
  async orphans(): Promise<FileOrphans> {
    const known = new Set<string>();
    for await (const id of this.repo.allIds()) known.add(id);
    const stored = new Set<string>();
    for await (const key of this.blobs.keys()) stored.add(key);
    return {
      contentWithoutMetadata: [...stored].filter((key) => !known.has(key)).sort(),
      metadataWithoutContent: [...known].filter((id) => !stored.has(id)).sort(),
    };
  }

  private async deleteAll(files: FileRecord[]): Promise<number> {
    for (const file of files) {
      await this.blobs.delete(file.id);
      await this.repo.delete(file.id);
    }
    if (files.length > 0) this.logger.log({ count: files.length }, 'files deleted');
    return files.length;
  }
}
