import { z } from 'zod';

/** A stored file as answered to clients. The API serves it at `/api/files/:id`, the web app at `/files/:id`. */
export const fileViewSchema = z.object({
  id: z.string(),
  /** The uploader's name for it, made safe. */
  name: z.string(),
  size: z.number().int(),
  /** Decided by the file's bytes: pdf, png, jpeg, webp, gif, mp4, webm, mp3, vtt, docx, odt. */
  type: z.string(),
  createdAt: z.string(),
});
export type FileView = z.infer<typeof fileViewSchema>;

/** `GET /api/admin/files/orphans`: what the file store and its metadata disagree on (admins; a check, nothing changes). */
export const fileOrphansViewSchema = z.object({
  /** Where content is stored (`FILES_BACKEND`). */
  backend: z.enum(['disk', 's3']),
  /** Ids of stored content that no metadata names (an interrupted deletion or upload). */
  contentWithoutMetadata: z.array(z.string()),
  /** Ids of files whose metadata remains but whose content is gone (they answer 404). */
  metadataWithoutContent: z.array(z.string()),
});
export type FileOrphansView = z.infer<typeof fileOrphansViewSchema>;
