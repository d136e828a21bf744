import { fileTypeFromBuffer } from 'file-type';
import type { FileType } from './file-types';

/** How many first bytes decide a file's type: enough for the zip directory entries of DOCX and ODT. */
export const SNIFF_BYTES = 64 * 1024;

/** file-type's names for the kinds we accept (it knows hundreds; anything else is refused). */
const FROM_FILE_TYPE: Record<string, FileType> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpeg',
  webp: 'webp',
  gif: 'gif',
  mp4: 'mp4',
  m4v: 'mp4',
  webm: 'webm',
  mp3: 'mp3',
  docx: 'docx',
  odt: 'odt',
};

/** WebVTT (text, so magic-number tables do not know it): an optional BOM, then "WEBVTT" and a space, tab or line end. */
function isWebVtt(head: Buffer): boolean {
  const text = head
    .subarray(0, 16)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return /^WEBVTT([ \t\r\n]|$)/.test(text);
}

/** The type the first bytes prove, or undefined when they prove none we accept. */
export async function sniffFileType(head: Buffer): Promise<FileType | undefined> {
  if (isWebVtt(head)) return 'vtt';
  const found = await fileTypeFromBuffer(head);
  return found ? FROM_FILE_TYPE[found.ext] : undefined;
}
