/**
 * File storage: metadata in `stored_files`, content on the disk (DATA_DIR/files) or in S3 (FILES_BACKEND).
 *
 * How another lib uses it:
 * 1. Import `FilesModule` in the lib's module; inject `FilesService`, `Uploads` and `FileAccess`.
 * 2. In `onModuleInit`, register who may read the files of each kind the lib owns, by the lib's own
 *    visibility rule: `access.registerPolicy('lesson', (caller, { id }) => this.mayRead(caller, id))`.
 *    `GET /api/files/:id` answers 404 when the policy says no (or there is none). Files of shared things
 *    (course media) pass `{ keepOnErasure: true }`; otherwise erasing the uploader's account deletes them.
 * 3. In a controller: `await uploads.receive(req, { ownerId, belongsTo: { kind: 'lesson', id }, maxFiles,
 *    maxBytes, allowed: ['mp4', 'webm'] })` → FileRecord[] (415 UNSUPPORTED_FILE_TYPE, 413 FILE_TOO_LARGE or
 *    TOO_MANY_FILES, and nothing kept, on any refusal). Or `files.store({ …, name, stream })` for one stream.
 * 4. When what the files belong to goes away: `files.deleteBelongingTo(kind, id)`; files of a kind that expire
 *    (unsent submission drafts): `files.deleteCreatedBefore(kind, cutoff)`, safe from several nodes at once.
 *    `toFileView(record)` is the shape to answer (its `url` is the API path; the web app serves it at `/files/:id`).
 * 5. `GET /api/admin/files/orphans` (admins) runs `files.orphans()` on the configured backend.
 */
export { FilesModule } from './files.module';
export { FilesService, type FileOrphans } from './files.service';
export { FileAccess, type FilePolicy, type FilePolicyOptions } from './file-access';
export { Uploads, type UploadOptions, type UploadResult } from './uploads';
export type { BelongsTo, FileRecord, StoreFileInput } from './file-record';
export { FILE_TYPES, FILE_TYPE_NAMES, DOCUMENT_TYPES, MEDIA_TYPES, isFileType, type FileType } from './file-types';
export { toFileView } from './file-view';
