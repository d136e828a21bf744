import type { IncomingMessage } from 'node:http';

/**
 * Same-origin check for browser requests that ride on cookies (refresh, logout) and for socket handshakes.
 * Requests without an Origin header come from non-browser clients and pass; a browser always sends one
 * on cross-site requests.
 */
export function isAllowedOrigin(req: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowedOrigins.includes(origin)) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwardedHost = firstValue(req.headers['x-forwarded-host']);
  const host = forwardedHost ?? req.headers.host;
  return host !== undefined && originHost === host;
}

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || undefined;
}
