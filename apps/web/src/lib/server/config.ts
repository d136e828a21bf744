import { env } from '$env/dynamic/private';
import { mediaSourcesFrom, type MediaSources } from './csp';

/** Where the SSR code reaches the API directly (not through the public origin). */
export function apiOrigin(): string {
  return (env.API_ORIGIN || 'http://127.0.0.1:3000').replace(/\/+$/, '');
}

let sources: MediaSources | undefined;

/** MEDIA_HOSTS and VIDEO_FRAME_HOSTS, parsed once (the hooks read it at start, so a bad value stops the server). */
export function mediaSources(): MediaSources {
  return (sources ??= mediaSourcesFrom(env));
}
