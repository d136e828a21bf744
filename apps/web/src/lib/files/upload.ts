import type { ErrorCode, FileView } from '@trainaction/contracts';
import { fetchSessionToken } from '$lib/realtime/socket.svelte';

export type UploadResult = { ok: true; files: FileView[] } | { ok: false; code: ErrorCode | 'UNKNOWN' };

/** Where a stored file opens for the signed-in person (the web server streams it from the API). */
export function fileHref(id: string, download = false): string {
  return `/files/${id}${download ? '?download=1' : ''}`;
}

/**
 * Sends files as multipart/form-data straight to the API (`path` under /api), reporting progress from 0 to 1.
 * XMLHttpRequest because fetch cannot report upload progress.
 */
export async function uploadFiles(path: string, files: readonly File[], onProgress: (fraction: number) => void): Promise<UploadResult> {
  const token = await fetchSessionToken();
  if (!token) return { ok: false, code: 'UNAUTHENTICATED' };
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api${path}`);
    request.setRequestHeader('authorization', `Bearer ${token}`);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve({ ok: true, files: request.response as FileView[] });
      const code = (request.response as { error?: { code?: ErrorCode } } | null)?.error?.code;
      resolve({ ok: false, code: code ?? 'UNKNOWN' });
    };
    request.onerror = () => resolve({ ok: false, code: 'UNAVAILABLE' });
    request.send(form);
  });
}

/** Removes one of my files not sent yet. */
export async function removeDraftFile(path: string): Promise<boolean> {
  const token = await fetchSessionToken();
  if (!token) return false;
  const response = await fetch(`/api${path}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } }).catch(() => null);
  return response?.ok ?? false;
}
