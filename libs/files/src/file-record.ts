import type { Readable } from 'node:stream';
import type { FileType } from './file-types';

/** What a stored file belongs to: a kind registered with FileAccess (e.g. `submission-version`) and its id. */
export interface BelongsTo {
  kind: string;
  id: string;
}

/** A stored file's metadata (its content is in the blob store under `id`). */
export interface FileRecord {
  id: string;
  ownerId: string;
  belongsTo: BelongsTo;
  /** The uploader's name for it, made safe (safe-name.ts). */
  name: string;
  size: number;
  /** Decided by the content's first bytes. */
  type: FileType;
  /** Hex SHA-256 of the content. */
  sha256: string;
  createdAt: Date;
}

export interface StoreFileInput {
  ownerId: string;
  belongsTo: BelongsTo;
  name: string;
  stream: Readable;
  maxBytes: number;
  allowed: readonly FileType[];
}
