import type { Cookies } from '@sveltejs/kit';

type CookieOptions = Parameters<Cookies['set']>[2];

export interface ParsedSetCookie {
  name: string;
  value: string;
  options: CookieOptions;
}

/**
 * Parses one Set-Cookie header line as the API writes it (express `res.cookie`), so the web server can relay
 * the rotated refresh cookie to the browser through `event.cookies` (SvelteKit refuses raw Set-Cookie headers).
 */
export function parseSetCookie(line: string): ParsedSetCookie | null {
  const [pair, ...attributes] = line.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return null;
  const name = pair.slice(0, eq).trim();
  const value = decodeValue(pair.slice(eq + 1).trim());
  const options: CookieOptions = { path: '/', httpOnly: false, secure: false };
  for (const attribute of attributes) {
    const [rawKey, ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const attrValue = rest.join('=').trim();
    switch (key) {
      case 'path':
        options.path = attrValue || '/';
        break;
      case 'domain':
        options.domain = attrValue;
        break;
      case 'expires': {
        const date = new Date(attrValue);
        if (!Number.isNaN(date.getTime())) options.expires = date;
        break;
      }
      case 'max-age': {
        const seconds = Number(attrValue);
        if (Number.isFinite(seconds)) options.maxAge = seconds;
        break;
      }
      case 'httponly':
        options.httpOnly = true;
        break;
      case 'secure':
        options.secure = true;
        break;
      case 'samesite': {
        const mode = attrValue.toLowerCase();
        if (mode === 'strict' || mode === 'lax' || mode === 'none') options.sameSite = mode;
        break;
      }
    }
  }
  return { name, value, options };
}

function decodeValue(value: string): string {
  const unquoted = value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  try {
    return decodeURIComponent(unquoted);
  } catch {
    return unquoted;
  }
}

/** True when the parsed cookie asks the browser to forget it (an expiry in the past or Max-Age 0). */
export function isDeletion(cookie: ParsedSetCookie, now = Date.now()): boolean {
  if (cookie.options.maxAge !== undefined && cookie.options.maxAge <= 0) return true;
  return cookie.options.expires !== undefined && cookie.options.expires.getTime() <= now;
}
