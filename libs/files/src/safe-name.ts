/**
 * A stored name people can see and download: no folders, no control or bidirectional-override characters,
 * no characters that are trouble in file systems or headers, at most 200 characters with its extension kept.
 */
export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const withoutDots = cleaned.replace(/^\.+/, '');
  if (!withoutDots) return 'archivo';
  if (withoutDots.length <= 200) return withoutDots;
  const dot = withoutDots.lastIndexOf('.');
  const extension = dot > 0 && withoutDots.length - dot <= 10 ? withoutDots.slice(dot) : '';
  return withoutDots.slice(0, 200 - extension.length) + extension;
}

/** RFC 6266 Content-Disposition with an ASCII fallback and the exact UTF-8 name in filename*. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\%;]/g, '_') || 'archivo';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
