/**
 * The kinds of file the academy accepts, each decided by the file's first bytes (never by its name). `inline`
 * kinds open in the browser; everything else downloads. HTML and SVG are not here on purpose: a stored file
 * is never rendered as a page of this origin.
 */
export const FILE_TYPES = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'], inline: true },
  png: { mime: 'image/png', extensions: ['png'], inline: true },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], inline: true },
  webp: { mime: 'image/webp', extensions: ['webp'], inline: true },
  gif: { mime: 'image/gif', extensions: ['gif'], inline: true },
  mp4: { mime: 'video/mp4', extensions: ['mp4', 'm4v'], inline: true },
  webm: { mime: 'video/webm', extensions: ['webm'], inline: true },
  mp3: { mime: 'audio/mpeg', extensions: ['mp3'], inline: true },
  vtt: { mime: 'text/vtt; charset=utf-8', extensions: ['vtt'], inline: true },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], inline: false },
  odt: { mime: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], inline: false },
} as const satisfies Record<string, { mime: string; extensions: readonly string[]; inline: boolean }>;

export type FileType = keyof typeof FILE_TYPES;

export const FILE_TYPE_NAMES = Object.keys(FILE_TYPES) as FileType[];

/** Documents a learner may attach to a submission. */
export const DOCUMENT_TYPES: readonly FileType[] = ['pdf', 'odt', 'docx', 'png', 'jpeg', 'webp'];
/** Lesson media (videos, captions, readings and images). */
export const MEDIA_TYPES: readonly FileType[] = ['mp4', 'webm', 'vtt', 'pdf', 'png', 'jpeg', 'webp', 'mp3', 'docx', 'odt'];

export function isFileType(value: string): value is FileType {
  return Object.hasOwn(FILE_TYPES, value);
}

/** The type a name claims by its extension, if it is one of ours. */
export function typeOfName(name: string): FileType | undefined {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  const extension = name.slice(dot + 1).toLowerCase();
  return FILE_TYPE_NAMES.find((type) => (FILE_TYPES[type].extensions as readonly string[]).includes(extension));
}
