import type { LessonMediaKind, LessonMediaView } from '@trainaction/contracts';
import { fetchSessionToken } from '$lib/realtime/socket.svelte';

export type MediaFailure = { status: number; code: string; path?: string };
export type MediaAnswer<T> = { ok: true; value: T } | { ok: false; failure: MediaFailure };

/** The file types each kind accepts, for the file picker (the API decides by the file's bytes). */
export const ACCEPT: Record<LessonMediaKind, string> = {
  video: 'video/mp4,video/webm,.mp4,.m4v,.webm',
  captions: 'text/vtt,.vtt',
  document: 'application/pdf,.pdf',
  resource: '.pdf,.docx,.odt,.png,.jpg,.jpeg,.webp,.mp3',
};

function failureOf(status: number, text: string): MediaFailure {
  try {
    const error = (JSON.parse(text) as { error?: { code?: string; details?: { path?: string }[] } }).error;
    return { status, code: error?.code ?? 'UNKNOWN', path: error?.details?.[0]?.path };
  } catch {
    return { status, code: status === 413 ? 'FILE_TOO_LARGE' : 'UNKNOWN' };
  }
}

/**
 * One upload at a time from the course editor, straight to the API through the web server's proxy (the body
 * streams, it is never held by the page server), with the percentage sent so far for large videos.
 */
export class MediaUpload {
  percent = $state<number | null>(null);

  async send(lessonId: string, query: Record<string, string>, file: File): Promise<MediaAnswer<LessonMediaView>> {
    const token = await fetchSessionToken().catch(() => null);
    if (!token) return { ok: false, failure: { status: 401, code: 'UNAUTHENTICATED' } };
    const body = new FormData();
    body.append('file', file, file.name);
    const url = `/api/lessons/${encodeURIComponent(lessonId)}/media?${new URLSearchParams(query)}`;
    this.percent = 0;
    try {
      return await new Promise((resolve) => {
        const request = new XMLHttpRequest();
        request.open('POST', url);
        request.setRequestHeader('authorization', `Bearer ${token}`);
        request.setRequestHeader('accept', 'application/json');
        request.upload.onprogress = (event) => {
          if (event.lengthComputable) this.percent = Math.floor((100 * event.loaded) / event.total);
        };
        request.onload = () =>
          resolve(
            request.status >= 200 && request.status < 300
              ? { ok: true, value: JSON.parse(request.responseText) as LessonMediaView }
              : { ok: false, failure: failureOf(request.status, request.responseText) },
          );
        request.onerror = () => resolve({ ok: false, failure: { status: 0, code: 'UNAVAILABLE' } });
        request.send(body);
      });
    } finally {
      this.percent = null;
    }
  }

  async remove(lessonId: string, mediaId: string): Promise<MediaAnswer<null>> {
    const token = await fetchSessionToken().catch(() => null);
    if (!token) return { ok: false, failure: { status: 401, code: 'UNAUTHENTICATED' } };
    const response = await fetch(`/api/lessons/${encodeURIComponent(lessonId)}/media/${encodeURIComponent(mediaId)}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    }).catch(() => null);
    if (!response) return { ok: false, failure: { status: 0, code: 'UNAVAILABLE' } };
    return response.ok ? { ok: true, value: null } : { ok: false, failure: failureOf(response.status, await response.text()) };
  }
}
