import type { IncomingMessage } from 'node:http';
import type { TrustProxy } from './trust-proxy.mjs';

/** What the origin check needs from the configuration (AppConfig has both). */
export interface OriginPolicy {
  /** Extra browser origins allowed besides the same origin. */
  allowedOrigins: readonly string[];
  /** TRUST_PROXY, compiled: only a trusted direct peer may name the public host in X-Forwarded-Host. */
  isTrustedProxy: TrustProxy;
}

/**
 * Same-origin check for browser requests that ride on cookies (refresh, logout) and for socket handshakes.
 * Requests without an Origin header come from non-browser clients and pass; a browser always sends one
 * on cross-site requests. The host compared is the Host header, or X-Forwarded-Host when the direct peer
 * is a trusted proxy (as Express decides `req.host`); from anyone else X-Forwarded-Host is ignored.
 * Given only a list of origins, no proxy is trusted.
 */
export function isAllowedOrigin(req: IncomingMessage, policy: OriginPolicy | readonly string[]): boolean {
  const { allowedOrigins, isTrustedProxy } = isPolicy(policy) ? policy : { allowedOrigins: policy, isTrustedProxy: undefined };
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowedOrigins.includes(origin)) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const peer = req.socket?.remoteAddress;
  const fromTrustedProxy = isTrustedProxy !== undefined && peer !== undefined && isTrustedProxy(peer, 0);
  const forwardedHost = fromTrustedProxy ? firstValue(req.headers['x-forwarded-host']) : undefined;
  const host = forwardedHost ?? req.headers.host;
  return host !== undefined && originHost === host;
}

function isPolicy(value: OriginPolicy | readonly string[]): value is OriginPolicy {
  return !Array.isArray(value);
}

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || undefined;
}
