/** A stored file as answered to clients. The API serves it at `/api/files/:id`, the web app at `/files/:id`. */
export interface FileView {
  id: string;
  /** The uploader's name for it, made safe. */
  name: string;
  size: number;
  /** Decided by the file's bytes: pdf, png, jpeg, webp, gif, mp4, webm, mp3, vtt, docx, odt. */
  type: string;
  createdAt: string;
}

/** `GET /api/admin/files/orphans`: what the file store and its metadata disagree on (admins; a check, nothing changes). */
export interface FileOrphansView {
  /** Where content is stored (`FILES_BACKEND`). */
  backend: 'disk' | 's3';
  /** Ids of stored content that no metadata names (an interrupted deletion or upload). */
  contentWithoutMetadata: string[];
  /** Ids of files whose metadata remains but whose content is gone (they answer 404). */
  metadataWithoutContent: string[];
}
