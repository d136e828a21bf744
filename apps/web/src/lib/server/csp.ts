/**
 * The runtime part of the pages' Content-Security-Policy. svelte.config.js fixes the policy at build time
 * (`media-src 'self'`, no frames from elsewhere); the hosts an academy keeps its videos on are settings, so they
 * are added here to the header SvelteKit wrote: `MEDIA_HOSTS` to `media-src`, `VIDEO_FRAME_HOSTS` as `frame-src`.
 */
export interface MediaSources {
  /** Origins `<video>`, `<audio>` and `<track>` may load from besides this one. */
  mediaHosts: string[];
  /** Origins of a video provider's player that lessons may embed in an `<iframe>`; none by default. */
  frameHosts: string[];
}

const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;

export class MediaSettingError extends Error {}

/** A comma-separated list of origins (`https://media.example.org`, `https://*.example.org`); anything else is refused. */
export function parseOrigins(name: string, value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim().replace(/\/+$/, '').toLowerCase())
    .filter(Boolean);
  const bad = entries.filter((entry) => !ORIGIN.test(entry));
  if (bad.length)
    throw new MediaSettingError(
      `${name}: ${bad.map((b) => `"${b}"`).join(', ')} is not an origin such as https://media.example.org (no path)`,
    );
  return [...new Set(entries)];
}

export function mediaSourcesFrom(env: Record<string, string | undefined>): MediaSources {
  return { mediaHosts: parseOrigins('MEDIA_HOSTS', env.MEDIA_HOSTS), frameHosts: parseOrigins('VIDEO_FRAME_HOSTS', env.VIDEO_FRAME_HOSTS) };
}

/** The policy with `media-src 'self' <hosts>` and, when providers are configured, `frame-src <hosts>`. */
export function withMediaSources(policy: string, sources: MediaSources): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !/^(media-src|frame-src)(\s|$)/.test(d));
  directives.push(["media-src 'self'", ...sources.mediaHosts].join(' '));
  if (sources.frameHosts.length) directives.push(['frame-src', ...sources.frameHosts].join(' '));
  return directives.join('; ');
}

/** Whether a lesson's video URL is a provider's player to embed (its origin is one of VIDEO_FRAME_HOSTS). */
export function isFramedVideo(url: string, sources: MediaSources): boolean {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  return sources.frameHosts.some((host) => (host.includes('*.') ? matchesWildcard(origin, host) : host === origin));
}

function matchesWildcard(origin: string, pattern: string): boolean {
  const [scheme, rest] = pattern.split('://*.');
  const url = new URL(origin);
  return url.protocol === `${scheme}:` && url.host.endsWith(`.${rest}`);
}
