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
