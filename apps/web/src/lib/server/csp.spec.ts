// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isFramedVideo, MediaSettingError, mediaSourcesFrom, parseOrigins, withMediaSources } from './csp';

const BUILT =
  "default-src 'self'; script-src 'self' 'sha256-abc'; connect-src 'self'; media-src 'self'; object-src 'none'; frame-ancestors 'none'";

describe(withMediaSources.name, () => {
  it('keeps media to this origin and frames to none of elsewhere when nothing is configured', () => {
    const sut = withMediaSources(BUILT, mediaSourcesFrom({}));
    expect(sut).toContain("media-src 'self'");
    expect(sut.match(/media-src/g)).toHaveLength(1);
    expect(sut).not.toContain('frame-src');
    expect(sut).toContain("script-src 'self' 'sha256-abc'");
  });

  it('adds exactly the configured media hosts and video providers', () => {
    const sources = mediaSourcesFrom({
      MEDIA_HOSTS: 'https://media.example.org, https://*.cdn.example.net/',
      VIDEO_FRAME_HOSTS: 'https://player.vimeo.com',
    });
    const sut = withMediaSources(BUILT, sources);
    expect(sut).toContain("media-src 'self' https://media.example.org https://*.cdn.example.net");
    expect(sut).toContain('frame-src https://player.vimeo.com');
    expect(sut).toContain("frame-ancestors 'none'");
  });

  it('adds media-src to a policy that had none', () => {
    expect(withMediaSources("default-src 'self'", { mediaHosts: [], frameHosts: [] })).toBe("default-src 'self'; media-src 'self'");
  });
});

describe(parseOrigins.name, () => {
  it('refuses a path, a scheme other than http(s) or a quote, naming the setting', () => {
    for (const bad of ['https://media.example.org/videos', 'ftp://media.example.org', "'unsafe-inline'", '*', 'media.example.org']) {
      expect(() => parseOrigins('MEDIA_HOSTS', bad)).toThrow(MediaSettingError);
    }
    expect(() => parseOrigins('VIDEO_FRAME_HOSTS', 'https://ok.example, javascript:alert(1)')).toThrow(
      /VIDEO_FRAME_HOSTS: "javascript:alert\(1\)"/,
    );
  });

  it('accepts origins with a port and drops repeats', () => {
    expect(parseOrigins('MEDIA_HOSTS', 'http://localhost:9000,http://localhost:9000')).toEqual(['http://localhost:9000']);
  });
});

describe(isFramedVideo.name, () => {
  const sources = mediaSourcesFrom({ VIDEO_FRAME_HOSTS: 'https://player.vimeo.com,https://*.youtube-nocookie.com' });

  it('embeds only videos whose origin is a configured provider', () => {
    expect(isFramedVideo('https://player.vimeo.com/video/1', sources)).toBe(true);
    expect(isFramedVideo('https://www.youtube-nocookie.com/embed/x', sources)).toBe(true);
    expect(isFramedVideo('https://media.example.org/v.mp4', sources)).toBe(false);
    expect(isFramedVideo('http://player.vimeo.com/video/1', sources)).toBe(false);
    expect(isFramedVideo('not a url', sources)).toBe(false);
  });
});
