import type { FilesSettings } from '@trainaction/platform';
import type { BlobStore } from './blob-store';
import { DiskBlobStore } from './disk-blob-store';
import { S3BlobStore } from './s3-blob-store';

/** The store FILES_BACKEND names: the disk under DATA_DIR/files (default) or an S3-compatible bucket. */
export function createBlobStore(settings: FilesSettings): BlobStore {
  if (settings.backend === 's3') {
    if (!settings.s3) throw new Error('FILES_BACKEND=s3 needs S3_BUCKET');
    return new S3BlobStore(settings.s3);
  }
  return new DiskBlobStore(settings.diskRoot);
}
