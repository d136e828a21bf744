import type { Readable } from 'node:stream';

/** Thrown by `read` when the content is not there (deleted, or metadata without content). */
export class BlobMissingError extends Error {
  constructor(key: string) {
    super(`No stored content under ${key}`);
    this.name = 'BlobMissingError';
  }
}

/** An inclusive byte range, as HTTP Range counts. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where file content lives: the local disk or S3-compatible object storage. Content is streamed both ways;
 * `put` leaves nothing under the key when it fails (partial content is removed).
 */
export abstract class BlobStore {
  abstract readonly kind: 'disk' | 's3';
  abstract put(key: string, body: Readable): Promise<void>;
  abstract read(key: string, range?: ByteRange): Promise<Readable>;
  /** Removes the content; removing what is not there is not an error. */
  abstract delete(key: string): Promise<void>;
  /** Every stored key (for the orphan check). */
  abstract keys(): AsyncIterable<string>;
}
