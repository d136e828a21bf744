import { Schema, Types } from 'mongoose';
import { FILE_TYPE_NAMES, type FileType } from './file-types';

/**
 * A stored file's metadata; its content lives in the blob store under the same id. What it belongs to is two
 * flat fields (dotted paths are not answered from indexes by the embedded engine: docs/database.md, rule 9).
 */
export interface StoredFileDoc {
  _id: Types.ObjectId;
  ownerId: string;
  belongsToKind: string;
  belongsToId: string;
  name: string;
  size: number;
  type: FileType;
  sha256: string;
  createdAt: Date;
}

export const STORED_FILE_MODEL = 'StoredFile';

export const StoredFileSchema = new Schema<StoredFileDoc>(
  {
    ownerId: { type: String, required: true, index: true },
    belongsToKind: { type: String, required: true },
    belongsToId: { type: String, required: true },
    name: { type: String, required: true },
    size: { type: Number, required: true },
    type: { type: String, required: true, enum: FILE_TYPE_NAMES },
    sha256: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'stored_files', versionKey: false },
);
StoredFileSchema.index({ belongsToKind: 1, belongsToId: 1, createdAt: 1 });
/** The sweep of files of one kind older than a moment (unsent submission drafts). */
StoredFileSchema.index({ belongsToKind: 1, createdAt: 1 });
