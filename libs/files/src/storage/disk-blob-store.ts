import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobMissingError, BlobStore, type ByteRange } from './blob-store';

const KEY = /^[0-9a-f]{24}$/;

/**
 * Content under `DATA_DIR/files/<last two characters of the id>/<id>`. A file is written to `.partial/` and
 * renamed into place only when complete, so a failed or interrupted upload never shows as content.
 */
export class DiskBlobStore extends BlobStore {
  readonly kind = 'disk' as const;

  constructor(private readonly root: string) {
    super();
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`Bad file key ${key}`);
    return join(this.root, key.slice(-2), key);
  }

  async put(key: string, body: Readable): Promise<void> {
    const target = this.pathOf(key);
    const partialDir = join(this.root, '.partial');
    await mkdir(partialDir, { recursive: true });
    const partial = join(partialDir, `${key}.${randomBytes(6).toString('hex')}`);
    try {
      await pipeline(body, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      await mkdir(join(this.root, key.slice(-2)), { recursive: true });
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(key);
    // Opening first turns a missing file into BlobMissingError before any byte is answered.
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) throw new BlobMissingError(key);
    return createReadStream(path, range ? { start: range.start, end: range.end } : {});
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *keys(): AsyncIterable<string> {
    const shards = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    for (const shard of shards) {
      if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) continue;
      for (const name of await readdir(join(this.root, shard.name))) if (KEY.test(name)) yield name;
    }
  }
}
